/**
 * Control characters (C0 except tab and newline, DEL, C1) let text inject
 * escape sequences (colours, OSC 8 links, OSC 52 clipboard writes) into the
 * user's terminal. Guide files and answers are data from anyone, so these are
 * removed before text reaches any renderer; only our own styling emits escapes.
 * ESC sequences are removed whole so their parameters do not linger as noise.
 */
const ESCAPE_SEQUENCE = /\u001B(?:\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\[[0-?]*[ -/]*[@-~]?|[@-_]?)/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Whether text holds a control character other than tab and newline. */
export const hasControls = (text: string) => /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(text);

export function stripControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}
