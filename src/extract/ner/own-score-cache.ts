// A bounded cache of per-word score vectors (the summed weights of a word's features that do not
// depend on its context), keyed by the word's 32-bit hash and checked against the word itself, in
// typed arrays so a lookup allocates nothing. Cleared whole when full.
import { TAG_COUNT } from "./tags.ts";

export class OwnScoreCache {
  private readonly slots: Int32Array;
  private readonly keys: Int32Array;
  private readonly words: (string | undefined)[];
  /** Entry e's scores are scores[e·TAG_COUNT, (e + 1)·TAG_COUNT). */
  readonly scores: Float32Array;
  private readonly mask: number;
  private size = 0;

  constructor(private readonly capacity = 1 << 17) {
    this.slots = new Int32Array(capacity * 2).fill(-1);
    this.keys = new Int32Array(capacity * 2);
    this.words = new Array(capacity);
    this.scores = new Float32Array(capacity * TAG_COUNT);
    this.mask = capacity * 2 - 1;
  }

  /** Entry of a word, or −1. */
  find(key: number, word: string): number {
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const e = this.slots[slot]!;
      if (e < 0) return -1;
      if (this.keys[slot] === (key | 0) && this.words[e] === word) return e;
      slot = (slot + 1) & this.mask;
    }
  }

  /** A new zeroed entry for a word (fill its scores); clears the cache first when it is full. */
  add(key: number, word: string): number {
    if (this.size === this.capacity) {
      this.slots.fill(-1);
      this.words.fill(undefined);
      this.size = 0;
    }
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.slots[slot]! >= 0) slot = (slot + 1) & this.mask;
    const e = this.size++;
    this.slots[slot] = e;
    this.keys[slot] = key | 0;
    this.words[e] = word;
    this.scores.fill(0, e * TAG_COUNT, (e + 1) * TAG_COUNT);
    return e;
  }
}
