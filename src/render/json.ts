/** Machine-readable output: stable keys, two-space indent, one trailing newline. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
