import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateNer, formatNerTable, parseConll, scoreTags } from "../../src/eval/conll.ts";
import { loadNerModel, recognizeEntities, splitSentences, tokenize, type NerSpan } from "../../src/extract/ner/index.ts";
import { loadNerModelFile } from "../../src/extract/ner/load-file.ts";
import { bioSpans, iob1ToBio, TAG_COUNT } from "../../src/extract/ner/tags.ts";
import { buildWordClusters, NO_CLUSTERS } from "../../src/extract/ner/clusters.ts";
import { clusterValues, documentFeatures } from "../../src/extract/ner/features.ts";
import { decodeDocument, resolveSentence, staticScores } from "../../src/extract/ner/decode.ts";
import { scoreDocument } from "../../src/extract/ner/static-scores.ts";
import { markScored, nameRole } from "../../src/extract/ner/scored-tokens.ts";
import { BadInputError } from "../../src/types/index.ts";

const seed0 = readFileSync("data/seeds/000_cef581ca98d7b430.txt", "utf8");
const seed1 = readFileSync("data/seeds/001_c5fc3b97b6c30a0d.txt", "utf8");
const lineOf = (text: string, needle: string) => text.split("\n").find((l) => l.includes(needle))!;

describe("tokenize", () => {
  it("splits curly quotes and possessives off, keeping offsets into the text", () => {
    const text = "Kurdish leaders renewed their offer to “resolve peacefully” the crisis with Baghdad, Masoud Barzani’s aide said.";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.norm)).toEqual([
      "Kurdish", "leaders", "renewed", "their", "offer", "to", '"', "resolve", "peacefully", '"', "the", "crisis",
      "with", "Baghdad", ",", "Masoud", "Barzani", "'s", "aide", "said", ".",
    ]);
    const possessive = tokens.find((t) => t.norm === "'s")!;
    expect(possessive.text).toBe("’s");
  });

  it("keeps titles, initialisms and hyphenated names whole and splits n't", () => {
    const text = "“Gen. Qassem Soleimani met U.S.-backed al-Abadi’s men,” he said; they didn't ask Kurds' leaders.";
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.norm)).toEqual([
      '"', "Gen.", "Qassem", "Soleimani", "met", "U.S.-backed", "al-Abadi", "'s", "men", ",", '"', "he", "said", ";",
      "they", "did", "n't", "ask", "Kurds", "'", "leaders", ".",
    ]);
    const gen = tokens[1]!;
    expect([gen.start, gen.end]).toEqual([1, 5]);
  });

  it("tokenizes only the given range, with offsets into the whole text", () => {
    const text = "Headline\n\nIraq’s forces entered Kirkuk.";
    const start = text.indexOf("Iraq");
    const tokens = tokenize(text, start, text.length);
    expect(tokens[0]).toEqual({ start, end: start + 4, text: "Iraq", norm: "Iraq" });
    expect(tokens.at(-1)!.end).toBe(text.length);
  });

  it("splits sentences at end punctuation and line breaks, not after titles", () => {
    const text = "Gen. Qassem Soleimani arrived in Sulaimaniyah. He met Kurdish leaders, the “official” said.\nArmed standoff\nThe U.S. military said “no.” Talks ended.";
    const sentences = splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.norm).join(" "));
    expect(sentences).toEqual([
      "Gen. Qassem Soleimani arrived in Sulaimaniyah .",
      'He met Kurdish leaders , the " official " said .',
      "Armed standoff",
      'The U.S. military said " no . "',
      "Talks ended .",
    ]);
  });
});

describe("CoNLL reading and scoring", () => {
  it("converts IOB1 to BIO and reads spans", () => {
    expect(iob1ToBio(["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"])).toEqual(["B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG"]);
    expect(bioSpans(["B-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"])).toEqual([
      { start: 0, end: 2, label: "PER" },
      { start: 2, end: 3, label: "PER" },
      { start: 4, end: 5, label: "LOC" },
      { start: 5, end: 6, label: "ORG" },
    ]);
  });

  it("parses documents, sentences and tags", () => {
    const text = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBRUSSELS NNP I-NP I-LOC\n";
    const sentences = parseConll(text);
    expect(sentences).toEqual([
      { tokens: ["EU", "rejects", "German"], tags: ["B-ORG", "O", "B-MISC"], doc: 0 },
      { tokens: ["Peter", "Blackburn"], tags: ["B-PER", "I-PER"], doc: 0 },
      { tokens: ["BRUSSELS"], tags: ["B-LOC"], doc: 1 },
    ]);
  });

  it("computes exact-match precision, recall and F1 per type and over PER/ORG/LOC", () => {
    // Gold: PER "Masoud Barzani", LOC "Baghdad", ORG "Reuters", MISC "Kurdish".
    const gold = [["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "B-MISC"]];
    // Predicted: PER right; LOC right; ORG missed; MISC right; plus a wrong boundary PER.
    const pred = [["B-PER", "I-PER", "O", "B-LOC", "B-PER", "O", "B-MISC"]];
    const ev = scoreTags(gold, pred);
    expect(ev.byType.PER).toMatchObject({ gold: 1, predicted: 2, correct: 1, precision: 0.5, recall: 1 });
    expect(ev.byType.PER.f1).toBeCloseTo(2 / 3, 10);
    expect(ev.byType.ORG).toMatchObject({ gold: 1, predicted: 0, correct: 0, precision: 0, recall: 0, f1: 0 });
    expect(ev.byType.LOC).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    // Overall over PER/ORG/LOC: 3 gold, 3 predicted, 2 correct; MISC is kept out of it.
    expect(ev.overall).toMatchObject({ gold: 3, predicted: 3, correct: 2 });
    expect(ev.overall.f1).toBeCloseTo(2 / 3, 10);
    expect(ev.all).toMatchObject({ gold: 4, predicted: 4, correct: 3 });
  });

  it("counts a boundary error as one false positive and one false negative", () => {
    const ev = scoreTags([["B-ORG", "I-ORG", "I-ORG"]], [["B-ORG", "I-ORG", "O"]]);
    expect(ev.byType.ORG).toMatchObject({ gold: 1, predicted: 1, correct: 0, f1: 0 });
  });

  it("evaluates a predictor document by document and formats a table", () => {
    const sentences = parseConll("-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n");
    const ev = evaluateNer(sentences, (doc) => doc.map((tokens) => tokens.map((t) => (t === "EU" ? "B-ORG" : "O"))));
    expect(ev.overall).toMatchObject({ gold: 2, predicted: 1, correct: 1, precision: 1, recall: 0.5 });
    const table = formatNerTable([{ name: "ours", evaluation: ev }]);
    expect(table).toContain("overall (PER/ORG/LOC)");
    expect(table).toMatch(/ORG\s+\|\s+100\.00\s+100\.00\s+100\.00\s+1/);
  });
});

describe("prediction's summed static scores", () => {
  it("equal the training path's feature-by-feature sums for every scored token, across documents sharing the word cache", () => {
    const model = loadNerModelFile();
    const headline = "KURDS VOTE ON INDEPENDENCE IN KIRKUK\n";
    const texts = [seed0, seed1, headline + seed0.slice(0, 600), "\"Iraq's Prime Minister Haider al-Abadi\" said on Monday.", "x"];
    let tokens = 0;
    for (const text of texts) {
      const words = splitSentences(text, tokenize(text)).map((s) => s.map((t) => t.norm));
      const scored = scoreDocument(model.weights, model.resources, words);
      const plain = documentFeatures(words, model.resources).map((f) => resolveSentence(model.weights.index, f));
      expect(scored.length).toBe(plain.length);
      const a = new Float64Array(TAG_COUNT);
      const b = new Float64Array(TAG_COUNT);
      plain.forEach((p, k) => {
        for (let i = 0; i < p.features.length; i++) {
          // Every capitalised token is scored; the unscored ones are left O and their scores at 0.
          if (/\p{Lu}/u.test(words[k]![i]!)) expect(scored[k]!.scored[i]).toBe(1);
          if (!scored[k]!.scored[i]) continue;
          staticScores(model.weights, scored[k]!, i, a);
          staticScores(model.weights, p, i, b);
          expect(Array.from(a)).toEqual(Array.from(b));
          expect(scored[k]!.features.wordKeys[i]).toBe(p.features.wordKeys[i]);
          expect(scored[k]!.features.shapeKeys[i]).toBe(p.features.shapeKeys[i]);
          tokens++;
        }
      });
      // Decoding (tag-history rows cached per word form on one side, hashed on the other) agrees on every scored
      // token, and leaves the unscored ones O (the training path tags "land & air" in seed 1 as I-ORG at "&").
      const confidence = (sentences: Parameters<typeof decodeDocument>[1]) => {
        const out: Float32Array[] = [];
        const tags = decodeDocument(model.weights, sentences, 1, { temperature: model.temperature, out });
        return { tags: tags.map((t) => Array.from(t)), out: out.map((o) => Array.from(o)) };
      };
      const fast = confidence(scored);
      const slow = confidence(plain);
      const onlyScored = (d: typeof fast) => ({
        tags: d.tags.map((t, k) => t.filter((_, i) => scored[k]!.scored[i])),
        out: d.out.map((o, k) => o.filter((_, i) => scored[k]!.scored[i])),
      });
      expect(onlyScored(fast)).toEqual(onlyScored(slow));
      fast.tags.forEach((t, k) => t.forEach((tag, i) => scored[k]!.scored[i] || expect(tag).toBe(0)));
    }
    expect(tokens).toBeGreaterThan(300); // scored ones
  });
});

describe("word clusters", () => {
  const json = { levels: [3, 2], clusters: ["kirkuk mosul", "said told", ""], parents: [[0, 1, 1]] };
  it("give each word its cluster at every level, a rare word and a token without letters a value of their own", () => {
    const clusters = buildWordClusters(json);
    expect(clusterValues(clusters, "mosul")).toEqual([0, 0]);
    expect(clusterValues(clusters, "told")).toEqual([1, 1]);
    expect(clusterValues(clusters, "erbil")).toEqual([3, 2]);
    expect(clusterValues(clusters, "'")).toEqual([4, 3]);
    expect(clusterValues(NO_CLUSTERS, "mosul")).toEqual([]);
  });

  it("refuse a file whose levels and parents do not fit", () => {
    expect(() => buildWordClusters({ ...json, parents: [[0, 1]] })).toThrow(/parent list 0/);
    expect(() => buildWordClusters({ ...json, parents: [[0, 1, 2]] })).toThrow(/parent list 0/);
    expect(() => buildWordClusters({ ...json, clusters: ["a b"] })).toThrow(/expected 3 clusters/);
  });

  it("are carried by the model file, which names a bad table as its problem", () => {
    const model = loadNerModelFile();
    expect(model.resources.clusters.levels).toEqual([256, 64]);
    expect(clusterValues(model.resources.clusters, "kirkuk")).toEqual(clusterValues(model.resources.clusters, "mosul"));
    const file = JSON.parse(readFileSync("data/models/ner.json", "utf8"));
    expect(() => loadNerModel({ ...file, clusters: { ...file.clusters, parents: [] } })).toThrow(/ner model: word clusters: expected 1 parent lists/);
  });
});

describe("which tokens the tagger scores", () => {
  const scoredWords = (sentence: string) => {
    const words = tokenize(sentence).map((t) => t.norm);
    const roles = Uint8Array.from(words, (w) => nameRole(w.toLowerCase(), /\p{Lu}/u.test(w), /\d/.test(w)));
    const out = new Uint8Array(words.length);
    markScored(roles, out);
    return words.filter((_, i) => out[i]);
  };

  it("scores capitalised words and the words that join them into names, not the rest", () => {
    expect(scoredWords("the governor of the Bank of England said on Monday that rates would rise")).toEqual(
      ["the", "Bank", "of", "England", "on", "Monday"],
    );
    expect(scoredWords("a try by van der Walt and a penalty in the 2004 final")).toEqual(["van", "der", "Walt", "and"]);
    expect(scoredWords("McDonald's shares rose after Euro 2004 and AT&T fell")).toEqual(["McDonald", "'s", "Euro", "2004", "and", "AT&T"]);
  });
});

describe("recognizeEntities with the trained model", () => {
  const model = loadNerModelFile();
  const find = (spans: NerSpan[], text: string) => spans.find((s) => s.text === text);

  it("finds people, places and organisations in real news sentences, with exact offsets", () => {
    const line = lineOf(seed0, "Masoud Barzani");
    const spans = recognizeEntities(model, line);
    for (const s of spans) expect(line.slice(s.start, s.end)).toBe(s.text);
    expect(find(spans, "Masoud Barzani")?.label).toBe("PER");
    expect(find(spans, "Hemin Hawrami")?.label).toBe("PER");
    expect(find(spans, "Baghdad")?.label).toBe("LOC");
    expect(find(spans, "Dokan")?.label).toBe("LOC");
    const barzani = find(spans, "Masoud Barzani")!;
    expect(barzani.score).toBeGreaterThan(0.5);
    expect(barzani.score).toBeLessThanOrEqual(1);
  });

  it("finds Reuters as an organisation and a title-less person name", () => {
    const spans = recognizeEntities(model, lineOf(seed0, "told Reuters"));
    expect(find(spans, "Reuters")?.label).toBe("ORG");
    expect(find(spans, "Kirkuk")?.label).toBe("LOC");
    const spans1 = recognizeEntities(model, seed1);
    expect(find(spans1, "Reuters")?.label).toBe("ORG");
    expect(find(spans1, "Haider al-Abadi")?.label).toBe("PER");
    expect(spans1.some((s) => s.text === "Prime Minister Haider al-Abadi")).toBe(false);
  });

  it("keeps offsets into the whole document when given a range", () => {
    const start = seed0.indexOf("The meeting was attended");
    const end = seed0.indexOf("\n", start);
    const spans = recognizeEntities(model, seed0, start, end);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(start);
      expect(s.end).toBeLessThanOrEqual(end);
      expect(seed0.slice(s.start, s.end)).toBe(s.text);
    }
    expect(find(spans, "Fuad Masum")?.label).toBe("PER");
    expect(find(spans, "Jalal Talabani")?.label).toBe("PER");
  });

  it("is deterministic: the same text gives the same spans", () => {
    expect(recognizeEntities(model, seed1)).toEqual(recognizeEntities(model, seed1));
  });

  it("decodes with a beam when asked, finding the same names", () => {
    const json = JSON.parse(readFileSync("data/models/ner.json", "utf8"));
    const line = lineOf(seed0, "Masoud Barzani");
    const spans = recognizeEntities(loadNerModel(json, { beam: 3 }), line);
    expect(find(spans, "Masoud Barzani")?.label).toBe("PER");
    expect(find(spans, "Baghdad")?.label).toBe("LOC");
    expect(() => loadNerModel(json, { beam: 0 })).toThrow(/beam/);
  });

  it("rejects what is not a model file with an error that says what to do", () => {
    expect(() => loadNerModel({ format: "something-else" })).toThrow(/npm run train/);
    expect(() => loadNerModelFile("/nonexistent/ner.json")).toThrow(BadInputError);
  });
});
