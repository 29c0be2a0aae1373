// Acts of courts and the law that read like speech but tell no one's words: warrants issued, rulings appealed,
// pardons granted, charges brought, a crime "alleged" before its noun, a lawyer "arguing for" a client.
// Pure: the layout and a cue's token in, whether the verb there is such an act out.
import type { TextLayout } from "./tokens.ts";

/** The verb at k is a legal act, not speech. */
export function legalActAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  return issuedAWarrantAt(layout, k) || appealedARulingAt(layout, k) || allegedThingAt(layout, k) || representingAt(layout, k)
    || /^(?:pardon|pardons|pardoned|pardoning|commuted|sentenced|acquitted|convicted)$/.test(t[k]!.lower)
    // "1,500 people charged over the riot", "charged with fraud": a charge brought, not "charged that ..." nor "Kelly charged in her assault".
    || (/^(?:charged|charges|charging)$/.test(t[k]!.lower) && /^(?:over|with)$/.test(t[k + 1]?.lower ?? ""));
}

/** "issued warrants for him", "issued a fine": a legal paper handed out, an act (not "issued a statement"). */
function issuedAWarrantAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^(?:issue|issues|issued|issuing)$/.test(t[k]!.lower)) return false;
  const next = t.slice(k + 1, k + 5).map((w) => w.lower).join(" ");
  return /^(?:(?:a|an|the|its|two|three|new|further|international) )?(?:(?:arrest|international|search|new) )?(?:warrants?|summons(?:es)?|subpoenas?|fines?|penalt(?:y|ies)|licen[cs]es?|permits?|visas?|passports?|bonds?|shares|tickets?|indictments?|sanctions)\b/.test(next);
}

/** "Ankara has appealed the ruling", "appealed against his conviction": a court's decision taken higher, a filing (not "appealed for calm"). */
function appealedARulingAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  if (!/^(?:appeal|appeals|appealed|appealing)$/.test(t[k]!.lower)) return false;
  const next = t.slice(k + 1, k + 5).map((w) => w.lower).join(" ");
  return /^(?:against )?(?:the|his|her|its|their|a|this|that) (?:[\w-]+ )?(?:ruling|verdict|decision|sentence|conviction|judgment|judgement|fine|ban|order)s?\b/.test(next);
}

/** "over alleged war crimes", "the alleged plot": "alleged" before its noun is no act of alleging. */
function allegedThingAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  return t[k]!.lower === "alleged" && /^(?:over|the|an|a|for|of|his|her|its|their|about|in|with|against|on|and|,|to|after|into|by)$/.test(t[k - 1]?.lower ?? "")
    && t[k + 1]?.word === true && !t[k + 1]!.cap && !/^(?:that|to|in|on|the|a|an|he|she|they|it)$/.test(t[k + 1]!.lower);
}

/** "Michael Dreeben, arguing for special counsel Jack Smith, told": for whom a lawyer appears, an aside, no claim. */
function representingAt(layout: TextLayout, k: number): boolean {
  const t = layout.tokens;
  return /^(?:arguing|appearing|acting)$/.test(t[k]!.lower) && t[k - 1]?.text === ","
    && (t[k + 1]?.lower === "for" || (t[k + 1]?.lower === "on" && t[k + 2]?.lower === "behalf"));
}
