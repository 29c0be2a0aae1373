// An open-addressing table from 32-bit feature hashes to dense row numbers: the weight table has
// one row per known feature, so unknown features cost one probe and no memory. Key and row sit
// side by side in one array, so a probe touches one cache line.

export class HashIndex {
  /** slot s: table[2s] = key (as int32), table[2s + 1] = row, or −1 when the slot is empty. */
  private table: Int32Array;
  private mask: number;
  size = 0;

  /** Room for `capacity` keys with at least `slotsPerKey` slots each (a read-only table can be fuller). */
  constructor(capacity = 1024, slotsPerKey = 2) {
    let slots = 1024;
    while (slots < capacity * slotsPerKey) slots *= 2;
    this.table = HashIndex.emptyTable(slots);
    this.mask = slots - 1;
  }

  private static emptyTable(slots: number): Int32Array {
    const t = new Int32Array(slots * 2);
    for (let s = 1; s < t.length; s += 2) t[s] = -1;
    return t;
  }

  /** Row of a feature, or −1 when unknown. */
  get(hash: number): number {
    const t = this.table;
    const key = hash | 0;
    let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const row = t[2 * slot + 1]!;
      if (row < 0 || t[2 * slot] === key) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Row of a feature, adding it (as the next row) when unknown. */
  getOrAdd(hash: number): number {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const t = this.table;
    const key = hash | 0;
    let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const row = t[2 * slot + 1]!;
      if (row < 0) {
        t[2 * slot] = key;
        t[2 * slot + 1] = this.size;
        return this.size++;
      }
      if (t[2 * slot] === key) return row;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Every (hash, row) pair, hash as an unsigned 32-bit number. */
  *entries(): Generator<[number, number]> {
    const t = this.table;
    for (let s = 0; s < t.length; s += 2) if (t[s + 1]! >= 0) yield [t[s]! >>> 0, t[s + 1]!];
  }

  private grow(): void {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    this.table = HashIndex.emptyTable(slots);
    this.mask = slots - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1]! < 0) continue;
      let slot = (Math.imul(old[s]!, 0x9e3779b1) >>> 0) & this.mask;
      while (this.table[2 * slot + 1]! >= 0) slot = (slot + 1) & this.mask;
      this.table[2 * slot] = old[s]!;
      this.table[2 * slot + 1] = old[s + 1]!;
    }
  }
}
