/** A command line as Commander hands it to a command's action: what runCommand needs to run it. */
export interface ParsedCommand {
  name: string;
  /** One entry per declared argument, as Commander's processedArgs (a variadic argument is a list). */
  args: unknown[];
  /** The command's options merged over the program's. */
  options: Record<string, unknown>;
}
