/**
 * Control characters (C0 except tab and newline, DEL, C1) let text inject
 * escape sequences (colours, OSC 8 links, OSC 52 clipboard writes) into the
 * user's terminal. Guide files and answers are data from anyone, so these are
 * removed before text reaches any renderer; only our own styling emits escapes.
 * ESC sequences are removed whole so their parameters do not linger as noise.
 *
 * Bidirectional controls (embeddings and overrides U+202A–U+202E, isolates
 * U+2066–U+2069, the marks U+200E, U+200F and U+061C) reorder what a
 * terminal shows, so a line can read differently from what it holds
 * ("Trojan Source"); the line and paragraph separators U+2028 and U+2029
 * break lines where no newline is. They go too.
 */
const ESCAPE_SEQUENCE = /\u001B(?:\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\[[0-?]*[ -/]*[@-~]?|[@-_]?)/g;
const CONTROLS = '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029';
const CONTROL = new RegExp(`[${CONTROLS}]`, 'g');
const ANY_CONTROL = new RegExp(`[${CONTROLS}]`);

/** Whether text holds a control character other than tab and newline, a bidirectional control or a Unicode line separator. */
export const hasControls = (text: string) => ANY_CONTROL.test(text);

export function stripControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}
