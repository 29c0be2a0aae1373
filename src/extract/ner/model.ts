// The model file: compact JSON that carries everything prediction needs (weights, the gazetteer
// lists and word clusters it was trained with), so editing gazetteer.ts never silently
// changes a trained model. Weights are pruned (|w| below a threshold dropped) and quantised to
// 16-bit integers; keys are delta-coded varints. All binary parts are base64.
import { buildGazetteer, GAZETTEER_CLASSES, GAZETTEER_LISTS, type GazetteerClass } from "./gazetteer.ts";
import { buildWordClusters, NO_CLUSTERS, type WordClustersJson } from "./clusters.ts";
import { FEATURE_TEMPLATE_COUNT, type FeatureResources } from "./features.ts";
import { HashIndex } from "./hash-index.ts";
import type { TaggerWeights } from "./decode.ts";
import { BIO_TAGS, TAG_COUNT } from "./tags.ts";

export const MODEL_FORMAT = "news-kg-ner";
export const MODEL_VERSION = 1;

export interface NerModelJson {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  tags: string[];
  templates: number;
  beam: number;
  /** Softmax temperature for span confidences, fitted on held-out training documents. */
  temperature: number;
  gazetteer: Record<GazetteerClass, string>;
  /** The word clusters of its cluster features (absent: trained without them). */
  clusters?: WordClustersJson;
  rows: number;
  scale: number;
  /** Sorted feature hashes, delta-coded as LEB128 varints. */
  keys: string;
  /** Per row, a varint bit set of the classes with a stored weight. */
  masks: string;
  /** The stored weights, int16 little-endian, weight = value × scale. */
  values: string;
  meta?: Record<string, unknown>;
}

export interface SaveOptions {
  /** Weights with |w| below this are dropped (a row with none left is dropped whole). */
  prune: number;
  beam: number;
  temperature: number;
  /** The clusters the model was trained with, carried in the file. */
  clusters?: WordClustersJson;
  meta?: Record<string, unknown>;
}

class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  length = 0;
  byte(b: number): void {
    if (this.length === this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = b;
  }
  varint(v: number): void {
    while (v >= 0x80) {
      this.byte((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.byte(v);
  }
  int16(v: number): void {
    this.byte(v & 0xff);
    this.byte((v >> 8) & 0xff);
  }
  base64(): string {
    return Buffer.from(this.buf.buffer, 0, this.length).toString("base64");
  }
}

export function saveNerModel(w: TaggerWeights, options: SaveOptions): NerModelJson {
  const kept: [number, number][] = [];
  let maxAbs = 0;
  for (const [hash, row] of w.index.entries()) {
    let keep = false;
    for (let c = 0; c < TAG_COUNT; c++) {
      const v = Math.abs((w.weights[row * TAG_COUNT + c] ?? 0) * w.scale);
      if (v >= options.prune) keep = true;
      if (v > maxAbs) maxAbs = v;
    }
    if (keep) kept.push([hash, row]);
  }
  kept.sort((a, b) => a[0] - b[0]);
  const scale = maxAbs / 32767 || 1;
  const keys = new ByteWriter();
  const masks = new ByteWriter();
  const values = new ByteWriter();
  let last = 0;
  for (const [hash, row] of kept) {
    keys.varint(hash - last);
    last = hash;
    let mask = 0;
    for (let c = 0; c < TAG_COUNT; c++) {
      const v = w.weights[row * TAG_COUNT + c]! * w.scale;
      if (Math.abs(v) < options.prune) continue;
      mask |= 1 << c;
      values.int16(Math.round(v / scale));
    }
    masks.varint(mask);
  }
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    tags: [...BIO_TAGS],
    templates: FEATURE_TEMPLATE_COUNT,
    beam: options.beam,
    temperature: options.temperature,
    gazetteer: { ...GAZETTEER_LISTS },
    ...(options.clusters ? { clusters: { levels: options.clusters.levels, clusters: options.clusters.clusters, parents: options.clusters.parents } } : {}),
    rows: kept.length,
    scale,
    keys: keys.base64(),
    masks: masks.base64(),
    values: values.base64(),
    ...(options.meta ? { meta: options.meta } : {}),
  };
}

/** The parts of a model file prediction needs. */
export interface DecodedModel {
  weights: TaggerWeights;
  resources: FeatureResources;
  beam: number;
  temperature: number;
  meta: Record<string, unknown>;
}

function problem(reason: string): Error {
  return new Error(`ner model: ${reason}; retrain with 'npm run train' (scripts/train-ner.ts)`);
}

function bytesOf(b64: unknown, field: string): Uint8Array {
  if (typeof b64 !== "string") throw problem(`field "${field}" is missing`);
  return new Uint8Array(Buffer.from(b64, "base64"));
}

function clustersOf(json: WordClustersJson): FeatureResources["clusters"] {
  try {
    return buildWordClusters(json);
  } catch (e) {
    throw problem((e as Error).message);
  }
}

/** Decodes a parsed model file; throws an error naming the problem when it is not one. */
export function decodeNerModel(json: unknown): DecodedModel {
  const m = json as Partial<NerModelJson> | null;
  if (!m || m.format !== MODEL_FORMAT) throw problem(`not a ${MODEL_FORMAT} model (format is ${JSON.stringify(m?.format)})`);
  if (m.version !== MODEL_VERSION) throw problem(`version ${m.version} is not the supported version ${MODEL_VERSION}`);
  if (m.templates !== FEATURE_TEMPLATE_COUNT || m.tags?.join() !== BIO_TAGS.join()) {
    throw problem("it was trained with other feature templates or tags than this code uses");
  }
  if (!Number.isInteger(m.beam) || m.beam! < 1) throw problem(`beam ${JSON.stringify(m.beam)} is not a positive integer`);
  if (!m.gazetteer || GAZETTEER_CLASSES.some((c) => typeof m.gazetteer![c] !== "string")) throw problem("gazetteer lists are missing");
  const rows = m.rows ?? 0;
  const keys = bytesOf(m.keys, "keys");
  const masks = bytesOf(m.masks, "masks");
  const values = bytesOf(m.values, "values");
  const scale = m.scale ?? 1;
  const index = new HashIndex(rows, 1.5);
  const weights = new Int16Array(rows * TAG_COUNT);
  let kp = 0, mp = 0, vp = 0, hash = 0;
  const varint = (buf: Uint8Array, at: number): [number, number] => {
    let v = 0, mul = 1, b: number;
    do {
      b = buf[at++]!;
      v += (b & 0x7f) * mul;
      mul *= 128;
    } while (b & 0x80);
    return [v, at];
  };
  for (let r = 0; r < rows; r++) {
    let delta: number, mask: number;
    [delta, kp] = varint(keys, kp);
    [mask, mp] = varint(masks, mp);
    hash += delta;
    index.getOrAdd(hash);
    for (let c = 0; c < TAG_COUNT; c++) {
      if (!(mask & (1 << c))) continue;
      const v = values[vp]! | (values[vp + 1]! << 8);
      vp += 2;
      weights[r * TAG_COUNT + c] = v;
    }
  }
  if (kp !== keys.length || vp !== values.length) throw problem("the weight tables are truncated or corrupt");
  return {
    weights: { index, weights, scale },
    resources: { gazetteer: buildGazetteer(m.gazetteer), clusters: m.clusters ? clustersOf(m.clusters) : NO_CLUSTERS },
    beam: m.beam!,
    temperature: typeof m.temperature === "number" && m.temperature > 0 ? m.temperature : 1,
    meta: m.meta ?? {},
  };
}
