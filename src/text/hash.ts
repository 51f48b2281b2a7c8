/**
 * A short, stable hash for cache file names (FNV-1a, 32 bits, twice with
 * different seeds). node:crypto would do, but loading it costs more than a
 * whole lookup should, and nothing here needs to resist an attacker: a
 * collision only means a cache is checked and found not to match.
 */
export function shortHash(text: string): string {
  // Both seeds in one pass: this hashes the file list of a whole guide (130 KB for 2,000 files) on each search.
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
