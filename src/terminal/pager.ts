import { spawn } from 'node:child_process';
import { CareersError } from '../errors.js';

/** less: quit if one screen (-F), keep colours (-R), leave the text on screen (-X). */
const DEFAULT_PAGER = 'less -FRX';

/**
 * Pipes text through the user's pager, as git and glow do. If the pager
 * cannot start, the text is printed directly instead of being lost; if it
 * fails (exits with another code than 0), that is one line and exit 1.
 */
export function page(text: string, pager = DEFAULT_PAGER): Promise<void> {
  const command = pager.trim() || DEFAULT_PAGER;
  return new Promise((resolve, reject) => {
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...process.env } });
    let failed = false;
    child.on('error', () => {
      failed = true;
      process.stdout.write(text);
      resolve();
    });
    child.stdin.on('error', () => {}); // the user quit the pager before reading everything
    child.on('close', (code, signal) => {
      if (failed || code === 0) return resolve();
      // 127: the shell could not find the pager program.
      if (code === 127) {
        process.stdout.write(text);
        return resolve();
      }
      // Any other failure may have shown nothing: say so, and exit 1, rather than report success.
      reject(new CareersError(`the pager (${command}) failed: ${signal ? `stopped by ${signal}` : `exit ${code}`}; --no-pager prints directly`));
    });
    child.stdin.end(text);
  });
}
