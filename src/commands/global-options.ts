/** Options every command accepts (declared once on the program in cli.ts). */
export interface GlobalOptions {
  guide?: string[];
  color?: string;
}
