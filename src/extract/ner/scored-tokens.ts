// Which tokens the tagger scores. Names are capitalised, so a token is tagged only where a name can be:
// a capitalised word (or a name particle such as "van", "al"), and next to one, the words that
// join or end names ("Bank of England", "AT&T", "McDonald's", "Euro 2004", "Mladost (BJ)"). Every other token is O
// without being scored: about four in five news tokens. On the 2,223 BBC articles and CoNLL dev the
// full tagger gives those tokens O all but a few dozen times (mostly "&" of HTML entities such as "&#233;").

/** A token's part in a possible name, computed once per word form (word-cache.ts). */
export const NAME_WORD = 1;
export const NAME_JOINER = 2;

/** Lowercase words inside names ("van der Walt", "bin Laden"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "van", "von", "der", "den", "de", "del", "della", "des", "di", "da", "dal", "du", "dos", "la", "le", "al", "el", "bin", "ibn", "ben", "wa", "ter", "ten",
]);
/** Lowercase words and marks that join or end a name next to a capitalised word. */
const NAME_JOINERS: ReadonlySet<string> = new Set(["of", "for", "and", "in", "the", "on", "at", "&", "'s", "'", "/", "!", "-", "(", ")", "y", "e", "pour"]);

/** NAME_WORD, NAME_JOINER or 0 for a word form, its lowercase form, whether it has a capital letter, and whether a digit. */
export function nameRole(lower: string, hasUpper: boolean, hasDigit: boolean): number {
  if (hasUpper || NAME_PARTICLES.has(lower)) return NAME_WORD;
  return hasDigit || NAME_JOINERS.has(lower) ? NAME_JOINER : 0;
}

/** out[i] = 1 where token i is scored: a name word, or a joiner next to one. */
export function markScored(roles: Uint8Array, out: Uint8Array): void {
  const n = roles.length;
  for (let i = 0; i < n; i++) {
    const role = roles[i]!;
    out[i] = role === NAME_WORD || (role === NAME_JOINER && ((i > 0 && roles[i - 1] === NAME_WORD) || (i + 1 < n && roles[i + 1] === NAME_WORD))) ? 1 : 0;
  }
}
