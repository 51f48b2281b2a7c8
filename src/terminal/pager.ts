import { spawn } from 'node:child_process';
/** less: quit if one screen (-F), keep colours (-R), leave the text on screen (-X). */
const DEFAULT_PAGER = 'less -FRX';

/**
 * Pipes text through the user's pager, as git and glow do. If the pager
 * cannot start, the text is printed directly instead of being lost.
 */
export async function page(text: string, pager = DEFAULT_PAGER): Promise<void> {
  const command = pager.trim() || DEFAULT_PAGER;
  // Loaded here, not at start-up: only long output in a terminal needs it.
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...process.env } });
    let failed = false;
    child.on('error', () => {
      failed = true;
      process.stdout.write(text);
      resolve();
    });
    child.stdin.on('error', () => {}); // the user quit the pager before reading everything
    child.on('close', (code) => {
      // 127: the shell could not find the pager program.
      if (!failed && code === 127) process.stdout.write(text);
      resolve();
    });
    child.stdin.end(text);
  });
}
