/**
 * A short, stable hash for cache file names (FNV-1a, 32 bits, twice with
 * different seeds). node:crypto would do, but loading it costs more than a
 * whole lookup should, and nothing here needs to resist an attacker: a
 * collision only means a cache is checked and found not to match.
 */
export function shortHash(text: string): string {
  const hash = (seed: number) => {
    let h = seed;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return hash(0x811c9dc5) + hash(0x01000193);
}
