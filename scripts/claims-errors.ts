// Error analysis of claim extraction on a PolNeAR split, for development: the gold attributions we miss
// and the attributions we make up, sorted into categories (missing cue, wrong source, content too
// short or long, pronoun source, nested attribution, tagger/rules disagreement). Run it on a held-out
// slice of train (never tune on dev): train the tagger with --holdout N, then
//   npx tsx scripts/claims-errors.ts --polnear ../shared/data/polnear/train --holdout 10 --model /tmp/attribution-h10.json
// --tagger off|only|with (default with) chooses rules alone, the tagger alone or both, as extraction runs them.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { firstAnnotationPerArticle } from "../src/cli/commands/eval-claims.ts";
import { parseDocument } from "../src/documents/index.ts";
import { formatPolnearTable } from "../src/eval/claims-report.ts";
import { parseBratAttributions, scoreDocument, sumScores, type GoldAttribution, type GoldSpan, type PredictedAttribution } from "../src/eval/polnear.ts";
import { loadAttributionModelFile } from "../src/extract/attribution/load-model.ts";
import { extractClaims } from "../src/extract/claims.ts";
import { rereadSpeakers, roleHolders } from "../src/extract/index.ts";
import { extractRelations } from "../src/extract/relations.ts";
import { recognizeMentions } from "../src/extract/mentions.ts";
import { mergeNerMentions } from "../src/extract/ner-mentions.ts";
import { recognizeEntities } from "../src/extract/ner/index.ts";
import { loadNerModelFile } from "../src/extract/ner/load-file.ts";
import { layoutText } from "../src/extract/tokens.ts";
import type { RawClaim, RawMention } from "../src/extract/types.ts";
import type { TextLayout } from "../src/extract/tokens.ts";
import { claimsOfAttributions, tagAttributions } from "../src/extract/attribution/index.ts";
import { mentionIndex, quotedTokens } from "../src/extract/attribution/context.ts";
import { PronounMemory } from "../src/extract/content.ts";
import type { ClaimContext } from "../src/extract/speaker.ts";
import type { Span } from "../src/types/index.ts";

const { values } = parseArgs({
  options: {
    polnear: { type: "string", default: "../shared/data/polnear/train" },
    holdout: { type: "string", default: "10" },
    model: { type: "string" },
    tagger: { type: "string", default: "with" },
    examples: { type: "string", default: "4" },
    only: { type: "string" },
  },
});
const dir = values.polnear!;
const holdout = Number(values.holdout);
const examples = Number(values.examples);
const model = values.tagger === "off" ? null : loadAttributionModelFile(values.model);
const ner = loadNerModelFile();

const annotations = firstAnnotationPerArticle(readdirSync(join(dir, "attributions")).filter((f) => f.endsWith(".ann")));
// The same slice as `train-attribution.ts --holdout N` leaves out: every Nth article by name.
const names = [...annotations.keys()].filter((_, i) => holdout <= 0 || i % holdout === holdout - 1);

const PRONOUN = /^(?:he|she|they|it|we|i|you|who|his|her|their|him|them|us|me|our|my|your)$/i;
const counts = new Map<string, number>();
const samples = new Map<string, string[]>();
const note = (category: string, example: string): void => {
  counts.set(category, (counts.get(category) ?? 0) + 1);
  const list = samples.get(category) ?? [];
  if (list.length < 200) list.push(example);
  samples.set(category, list);
};
const cueWords = new Map<string, number>();
const falseCueWords = new Map<string, number>();

function overlap(g: GoldSpan | undefined, s: Span | undefined): number {
  if (!g || !s) return 0;
  let n = 0;
  for (const f of g.fragments) n += Math.max(0, Math.min(f.end, s.end) - Math.max(f.start, s.start));
  return n;
}
const gStart = (g: GoldSpan): number => g.fragments[0]!.start;
const gEnd = (g: GoldSpan): number => g.fragments[g.fragments.length - 1]!.end;

function predicted(claims: readonly RawClaim[], tagged: ReadonlySet<RawClaim>): Array<PredictedAttribution & { tagger: boolean }> {
  const seen = new Map<string, PredictedAttribution & { tagger: boolean }>();
  const out: Array<PredictedAttribution & { tagger: boolean }> = [];
  for (const c of claims) {
    const source = c.sourceSpan ?? ("mention" in c.speaker ? undefined : { start: c.speaker.start, end: c.speaker.end });
    const p = { content: { ...c.evidence }, cue: c.cueSpan, source: source ?? speakerSpan(c), tagger: tagged.has(c) };
    // One attribution per cue and source, as predictedFromClaims (src/eval/polnear.ts) makes them.
    const key = `${p.source?.start}-${p.source?.end}|${p.cue.start}-${p.cue.end}`;
    const same = seen.get(key);
    if (same) {
      same.content = { start: Math.min(same.content.start, p.content.start), end: Math.max(same.content.end, p.content.end) };
    } else {
      seen.set(key, p);
      out.push(p);
    }
  }
  return out;
}
let mentionSpans: ReadonlyArray<{ start: number; end: number }> = [];
function speakerSpan(c: RawClaim): Span | undefined {
  return "mention" in c.speaker ? mentionSpans[c.speaker.mention] : undefined;
}

let rawTagged: Array<{ cue: Span; source: boolean; content: boolean; sourceText: string }> = [];
/** The tagger's claims alone, as extractClaims makes them but without the rules. */
function taggerAlone(layout: TextLayout, mentions: readonly RawMention[], docDate: string | null): RawClaim[] {
  const ctx: ClaimContext = { layout, mentions, mentionAt: mentionIndex(layout.tokens.length, mentions), quoted: quotedTokens(layout) };
  const memory = new PronounMemory(mentions);
  const out: RawClaim[] = [];
  for (const line of layout.lines) {
    const tagged = tagAttributions(model!, ctx, line);
    for (const a of tagged) rawTagged.push({ cue: { start: layout.tokens[a.cue.first]!.start, end: layout.tokens[a.cue.last - 1]!.end }, source: !!a.source, content: !!a.content, sourceText: a.source ? layout.text.slice(layout.tokens[a.source.first]!.start, layout.tokens[a.source.last - 1]!.end) : "" });
    for (let s = line.first; s < line.last; s++) {
      const here = tagged.filter((a) => layout.tokens[a.cue.first]!.sentence === s);
      out.push(...claimsOfAttributions(ctx, memory, here, docDate));
      memory.endSentence(layout.sentences[s]!, ctx);
    }
  }
  return out;
}

const scores = [];
for (const name of names) {
  const { document } = parseDocument(name, readFileSync(join(dir, "text", `${name}.txt`)));
  if (values.only && name !== values.only) continue;
  const text = document.text;
  const gold = parseBratAttributions(readFileSync(join(dir, "attributions", annotations.get(name)!), "utf8"));
  const layout = layoutText(text, document.bodyStart);
  const mentions = mergeNerMentions(layout, recognizeMentions(layout).mentions, recognizeEntities(ner, text, document.bodyStart));
  mentionSpans = mentions;
  // As extraction runs: the claims of the rules and the tagger, then their speakers read again.
  const holders = roleHolders(layout, mentions, extractRelations(layout, mentions));
  const claimsOf = (tagger: typeof model) => rereadSpeakers(layout, mentions, holders, extractClaims(layout, mentions, document.date, tagger, holders).claims);
  const both = { claims: claimsOf(model) };
  const rulesOnly = model ? claimsOf(null) : both.claims;
  const ruleKeys = new Set(rulesOnly.map((c) => `${c.cueSpan.start}-${c.evidence.start}`));
  const taggedSet = new Set(both.claims.filter((c) => !ruleKeys.has(`${c.cueSpan.start}-${c.evidence.start}`)));
  rawTagged = [];
  let alone: RawClaim[] = [];
  if (model && values.tagger === "with") {
    // Where the rules and the tagger found the same cue: which of the two claims matches the gold attribution of that cue?
    alone = taggerAlone(layout, mentions, document.date);
    const right = (c: RawClaim): boolean => {
      const src = c.sourceSpan ?? ("mention" in c.speaker ? mentions[c.speaker.mention]! : c.speaker);
      return gold.some((g) => overlap(g.cue, c.cueSpan) > 0 && overlap(g.source, src) > 0 && overlap(g.content, c.evidence) > 0);
    };
    for (const r of rulesOnly) {
      const tc = alone.find((c) => c.cueSpan.start < r.cueSpan.end && r.cueSpan.start < c.cueSpan.end);
      if (!tc) continue;
      const kind = r.quote !== null && text[r.evidence.start] !== undefined && /[“"'«]/.test(text[r.evidence.start]!) ? "quote" : "paraphrase";
      const key = `shared cue (${kind}): rules ${right(r) ? "right" : "wrong"}, tagger ${right(tc) ? "right" : "wrong"}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let claims = both.claims;
  if (values.tagger === "only") {
    claims = taggerAlone(layout, mentions, document.date);
    claims.forEach((c) => taggedSet.add(c));
  }
  const preds = predicted(claims, taggedSet);
  scores.push(scoreDocument(name, text, gold, preds));
  const clip = (s: Span | undefined): string => (s ? text.slice(s.start, s.end).replace(/\s+/g, " ") : "∅");
  const short = (s: string): string => (s.length > 90 ? `${s.slice(0, 87)}...` : s);

  // Each gold attribution: which part we got wrong, taking the best predicted attribution by cue.
  const goldCues = gold.map((g) => g.cue);
  const usedPred = new Set<number>();
  gold.forEach((g) => {
    const desc = `${name}: [${g.source?.text ?? "∅"} | ${g.cue?.text ?? "∅"}] ${short(g.content?.text.replace(/\s+/g, " ") ?? "")}`;
    const full = preds.findIndex((p, j) => !usedPred.has(j) && overlap(g.content, p.content) > 0 && overlap(g.source, p.source) > 0);
    if (full >= 0) {
      usedPred.add(full);
      const p = preds[full]!;
      if (g.content && (gStart(g.content) !== p.content.start || gEnd(g.content) !== p.content.end)) {
        const s = p.content.start - gStart(g.content);
        const e = p.content.end - gEnd(g.content);
        note(`content inexact: start ${s < 0 ? "early" : s > 0 ? "late" : "ok"}, end ${e < 0 ? "short" : e > 0 ? "long" : "ok"}`, `${desc}\n      ours: ${short(clip(p.content))}`);
      }
      return;
    }
    if (!g.source) return note("missed: gold has no source", desc);
    if (!g.content) return note("missed: gold has no content", desc);
    const cueWord = g.cue?.text.toLowerCase().replace(/\s+/g, " ") ?? "∅";
    const byCue = preds.findIndex((p) => overlap(g.cue, p.cue) > 0);
    const nested = goldCues.some((c) => c && c !== g.cue && overlap(g.content, { start: gStart(c), end: gEnd(c) }) > 0);
    if (byCue < 0) {
      cueWords.set(cueWord, (cueWords.get(cueWord) ?? 0) + 1);
      const pronoun = PRONOUN.test(g.source.text.trim());
      const raw = rawTagged.find((r) => overlap(g.cue, r.cue) > 0);
      // A claim the tagger made but lost in the join with the rules' claims (nested in one, or its cue shared).
      const joined = alone.some((c) => overlap(g.cue, c.cueSpan) > 0) ? ", lost in the join" : "";
      // What took it: our claim whose content holds the cue.
      const holder = joined ? preds.find((p) => overlap(g.cue, p.content) > 0) : undefined;
      const took = holder ? `\n      taken by: [${clip(holder.source)} | ${clip(holder.cue)}] ${short(clip(holder.content))}` : "";
      if (raw) return note(`missed: tagger cue dropped${joined} (${raw.source ? "source " + (PRONOUN.test(raw.sourceText) ? "pronoun" : "other") : "no source"}${raw.content ? "" : ", no content"})`, desc + `  tagged source: ${raw.sourceText}${took}`);
      // (Inside one of our contents: an attribution nested in another, which we give as one claim.)
      const inside = preds.some((p) => overlap(g.cue, p.content) > 0);
      return note(`missed: no cue${inside ? " (inside our content)" : ""}${nested ? " (nested content)" : ""}${pronoun ? " (pronoun source)" : ""}`, desc);
    }
    const p = preds[byCue]!;
    const srcOk = overlap(g.source, p.source) > 0;
    const contentOk = overlap(g.content, p.content) > 0;
    const who = p.tagger ? "tagger" : "rules";
    if (!srcOk && !contentOk) return note(`missed: cue found (${who}), source and content wrong`, `${desc}\n      ours: [${clip(p.source)}] ${short(clip(p.content))}`);
    if (!srcOk) {
      const kind = !p.source ? "none" : PRONOUN.test(g.source.text.trim()) ? "gold pronoun" : "other";
      return note(`missed: cue found (${who}), wrong source (${kind})`, `${desc}\n      ours: [${clip(p.source)}]`);
    }
    note(`missed: cue found (${who}), wrong content`, `${desc}\n      ours: ${short(clip(p.content))}`);
  });
  preds.forEach((p, j) => {
    if (usedPred.has(j)) return;
    const byCue = gold.find((g) => overlap(g.cue, p.cue) > 0);
    const who = p.tagger ? "tagger" : "rules";
    const desc = `${name}: [${clip(p.source)} | ${clip(p.cue)}] ${short(clip(p.content))}`;
    if (!byCue) {
      const w = clip(p.cue).toLowerCase();
      falseCueWords.set(w, (falseCueWords.get(w) ?? 0) + 1);
      const inContent = gold.some((g) => overlap(g.content, p.cue) > 0);
      return note(`false: cue not in gold (${who})${inContent ? " inside a gold content" : ""}`, desc);
    }
    const gs = `\n      gold: [${byCue.source?.text ?? "∅"}] ${short(byCue.content?.text ?? "∅")}`;
    if (overlap(byCue.source, p.source) === 0 && overlap(byCue.content, p.content) === 0) return note(`false: cue in gold (${who}), source and content wrong`, desc + gs);
    if (overlap(byCue.source, p.source) === 0) return note(`false: cue in gold (${who}), wrong source`, desc + gs);
    if (overlap(byCue.content, p.content) === 0) return note(`false: cue in gold (${who}), wrong content`, desc + gs);
    note(`false: duplicate of a matched gold (${who})`, desc + gs);
  });
}

const result = sumScores(scores);
console.log(`${result.documents} articles of ${dir}${holdout > 0 ? ` (every ${holdout}th)` : ""}, tagger ${values.tagger}\n${formatPolnearTable(result)}\n`);
for (const [category, n] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(n).padStart(5)}  ${category}`);
  const list = samples.get(category) ?? [];
  const step = Math.max(1, list.length / examples);
  for (let i = 0; i < Math.min(examples, list.length); i++) console.log(`         ${list[Math.floor(i * step)]}`);
}
const top = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([w, n]) => `${w} ${n}`).join(", ");
console.log(`\nmissed cues: ${top(cueWords)}\nfalse cues: ${top(falseCueWords)}`);
