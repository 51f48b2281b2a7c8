import { execFileSync } from 'node:child_process';
import { threadId } from 'node:worker_threads';
import { afterEach } from 'vitest';
import { BIN, cleanEnv } from './spawn-cli.js';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
let counter = 0;
/** A tmux server name of its own: worker threads share a process id, so the thread's id is part of it. */
const socketName = () => `careers-test-${process.pid}-${threadId}-${counter++}`;

/** The number of the question a prompt is asking ("? [3/12] ..."), or undefined when none is on screen. */
const asking = (screen: string) => Number(/^\? \[(\d+)\/\d+\]/m.exec(screen)?.[1]) || undefined;

/** The last lines of the screen, where a prompt draws its hints and errors. */
export const bottom = (screen: string) => screen.trimEnd().split('\n').slice(-3).join('\n');

/**
 * Drives the built CLI in a real terminal: a private tmux server (its own
 * socket, so no user config or environment leaks in), keys sent one by one,
 * and the screen read back as the user would see it.
 */
export class TerminalSession {
  private constructor(private readonly socket: string) {}

  static start(args: string[], options: { env?: Record<string, string>; columns?: number; rows?: number } = {}): TerminalSession {
    const socket = socketName();
    const env = Object.entries({ XDG_CACHE_HOME: cleanEnv().XDG_CACHE_HOME ?? '', TERM: 'xterm-256color', NO_COLOR: '1', ...options.env })
      .map(([k, v]) => `${k}=${quote(v)}`)
      .join(' ');
    const command = `env ${env} ${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}; echo "[exit $?]"; sleep 60`;
    execFileSync(
      'tmux',
      ['-L', socket, '-f', '/dev/null', 'new-session', '-d', '-x', String(options.columns ?? 100), '-y', String(options.rows ?? 40), command],
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm-256color' },
      },
    );
    return new TerminalSession(socket);
  }

  /** A shell command line (not the CLI) in a terminal of its own, with exactly this environment. */
  static shell(command: string, env: Record<string, string>, options: { columns?: number; rows?: number } = {}): TerminalSession {
    const socket = socketName();
    const vars = Object.entries(env)
      .map(([k, v]) => `${k}=${quote(v)}`)
      .join(' ');
    execFileSync(
      'tmux',
      [
        '-L',
        socket,
        '-f',
        '/dev/null',
        'new-session',
        '-d',
        '-x',
        String(options.columns ?? 100),
        '-y',
        String(options.rows ?? 40),
        `env -i ${vars} ${command}`,
      ],
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, TERM: 'xterm-256color' },
      },
    );
    return new TerminalSession(socket);
  }

  /**
   * An interactive shell (`command`) in a terminal of its own, at home in `home`, with a plain `$ ` prompt and no history
   * file (so it writes nothing into the folder as it is killed); `bin` comes first on PATH, then the system's folders.
   */
  static interactiveShell(command: string, home: string, bin: string, env: Record<string, string> = {}): TerminalSession {
    return TerminalSession.shell(command, { PATH: `${bin}:/usr/bin:/bin`, HOME: home, HISTFILE: '', TERM: 'xterm-256color', PS1: '$ ', ...env });
  }

  /** Keys in tmux's names: 'Enter', 'Down', 'C-c', 'Space', or literal text. */
  send(...keys: string[]): void {
    for (const key of keys)
      execFileSync('tmux', ['-L', this.socket, 'send-keys', ...(/^(Enter|Down|Up|Space|Tab|BSpace|Escape|C-.)$/.test(key) ? [] : ['-l']), key]);
  }

  screen(): string {
    return execFileSync('tmux', ['-L', this.socket, 'capture-pane', '-p', '-J', '-S', '-200'], { encoding: 'utf8' });
  }

  /** Only what the terminal shows now, without its scrollback (tmux scrolls a screen cleared whole into it). */
  visibleScreen(): string {
    return execFileSync('tmux', ['-L', this.socket, 'capture-pane', '-p', '-J'], { encoding: 'utf8' });
  }

  /**
   * Polls the screen until it shows `pattern` (or passes the test), and
   * returns it; fails after `timeoutMs` with the screen as it was. This, not
   * a pause, is how a test knows the program has drawn what comes next.
   */
  async waitFor(pattern: RegExp | ((screen: string) => boolean), timeoutMs = 10_000): Promise<string> {
    const shows = typeof pattern === 'function' ? pattern : (screen: string) => pattern.test(screen);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (shows(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)}; screen:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * Answers each question of a questionnaire with its default (Enter) until
   * the screen shows `done`. A list that needs a pick first ("Pick at least
   * one") gets Space, then Enter. Each key goes only to a question on screen,
   * and the next waits for that question to be answered.
   */
  async acceptDefaults(done: RegExp, limit = 25): Promise<string> {
    for (let i = 0; i < limit; i++) {
      const screen = await this.waitFor((s) => done.test(s) || asking(s) !== undefined);
      if (done.test(screen)) return screen;
      const question = asking(screen);
      const needsPick = /Pick at least one/.test(bottom(screen));
      this.send(...(needsPick ? ['Space', 'Enter'] : ['Enter']));
      await this.waitFor((s) => done.test(s) || asking(s) !== question || (!needsPick && /Pick at least one/.test(bottom(s))));
    }
    throw new Error(`still no ${String(done)} after ${limit} questions; screen:\n${this.screen()}`);
  }

  /** Waits for the program to end and returns its exit code. */
  async exitCode(timeoutMs = 10_000): Promise<number> {
    const screen = await this.waitFor(/\[exit \d+\]/, timeoutMs);
    return Number(/\[exit (\d+)\]/.exec(screen)?.[1]);
  }

  /** Whether the terminal shows its cursor (prompts hide it while they draw). */
  cursorVisible(): boolean {
    return execFileSync('tmux', ['-L', this.socket, 'display-message', '-p', '#{cursor_flag}'], { encoding: 'utf8' }).trim() === '1';
  }

  /** The process id of the built CLI running in the terminal (a descendant of the terminal's shell), to signal it from outside. */
  programPid(): number {
    const pane = Number(execFileSync('tmux', ['-L', this.socket, 'display-message', '-p', '#{pane_pid}'], { encoding: 'utf8' }).trim());
    const processes = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .flatMap((m) => (m ? [{ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] ?? '' }] : []));
    const family = new Set([pane]);
    for (let grew = true; grew;) {
      grew = false;
      for (const p of processes) if (family.has(p.ppid) && !family.has(p.pid)) grew = family.add(p.pid).size > 0;
    }
    const program = processes.find((p) => family.has(p.pid) && p.args.includes(BIN) && !/^(sh|env|bash)\b/.test(p.args));
    if (!program) throw new Error(`no careers process in the terminal; screen:\n${this.screen()}`);
    return program.pid;
  }

  close(): void {
    try {
      execFileSync('tmux', ['-L', this.socket, 'kill-server'], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }
}

/**
 * For a file of terminal tests: `opened(session)` hands a test's session back and closes it after the test, whether the
 * test passed or not, so no tmux server outlives its test.
 */
export function useTerminalSessions() {
  const open: TerminalSession[] = [];
  afterEach(() => open.splice(0).forEach((session) => session.close()));
  return (session: TerminalSession) => {
    open.push(session);
    return session;
  };
}
