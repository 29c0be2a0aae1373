// 32-bit feature hashing: FNV-1a over UTF-16 code units, finished with murmur3's fmix32 so nearby
// strings land far apart. A feature is a template seed combined with per-token string keys, so
// no feature string is ever built.

const FNV_PRIME = 0x01000193;
const FNV_OFFSET = 0x811c9dc5;

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The starting state of a feature template. */
export function templateSeed(template: number): number {
  return fmix32(FNV_OFFSET ^ Math.imul(template + 1, 0x9e3779b1));
}

/** Feeds s[from, to) into an FNV state. */
export function fnvRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Hash of (template, s). */
export function hashString(template: number, s: string): number {
  return fmix32(fnvRange(templateSeed(template), s, 0, s.length));
}

/** Hash of a base hash combined with a small integer (a tag id, a flag set). */
export function hashInt(base: number, value: number): number {
  return fmix32(base ^ Math.imul(value + 1, 0x9e3779b1));
}

/** Hash of a string, to be combined with templates by `combine`. */
export function stringKey(s: string): number {
  return fnvRange(FNV_OFFSET, s, 0, s.length) >>> 0;
}

/** Hash of (seed, key): how a template seed and per-token string keys make a feature hash. */
export function combine(seed: number, key: number): number {
  return fmix32(seed ^ Math.imul(key, 0x9e3779b1));
}
