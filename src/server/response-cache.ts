// Serialised API answers kept in memory, least recently used first out, bounded in bytes and in age. Every viewer
// asks the same few questions (the default graph, the hubs' neighbours), and the graph changes only on ingest.
import { promisify } from "node:util";
import { constants, gzip, gzipSync } from "node:zlib";

const gzipAsync = promisify(gzip);

export interface ResponseCacheOptions {
  /** Bytes of answers kept (bodies plus their gzipped copies); 0 turns the cache off. */
  maxBytes: number;
  /** An answer is recomputed after this long even if the graph looks unchanged. */
  ttlMs: number;
  /**
   * For this long past the TTL the old answer is still served while one request recomputes it, so an expiry under load
   * is not a burst of slow misses; ttlMs + staleMs bounds staleness. A changed graph is never served stale.
   */
  staleMs: number;
  /** How often, at most, the graph's fingerprint is read from Neo4j to notice an ingest (see graph-version.ts). */
  versionCheckMs: number;
}
export const responseCacheDefaults: ResponseCacheOptions = { maxBytes: 64 * 1024 * 1024, ttlMs: 30_000, staleMs: 30_000, versionCheckMs: 2_000 };

/** Below about one TCP packet gzip saves no round trip and only costs CPU. */
export const GZIP_MIN_BYTES = 1400;
/**
 * Up to this size gzip runs inline (a 5 KB answer takes 0.25 ms; waking a pool thread costs more); above it, on the
 * thread pool, so a multi-megabyte graph does not stall every other request.
 */
const GZIP_INLINE_MAX_BYTES = 64 * 1024;
/** The fastest level: the 427 KB default graph becomes 50 KB in 6 ms of CPU, where level 6 gives 39 KB in 12 ms. */
const GZIP_OPTIONS = { level: constants.Z_BEST_SPEED };

/** One answer, serialised once: the JSON bytes, and their gzip made the first time a client accepts it. */
export class SerialisedAnswer {
  private gzipped: Promise<Buffer> | undefined;
  constructor(readonly json: Buffer) {}

  get worthGzip(): boolean {
    return this.json.length >= GZIP_MIN_BYTES;
  }
  gzip(): Promise<Buffer> {
    this.gzipped ??=
      this.json.length <= GZIP_INLINE_MAX_BYTES ? Promise.resolve(gzipSync(this.json, GZIP_OPTIONS)) : gzipAsync(this.json, GZIP_OPTIONS);
    return this.gzipped;
  }
  /** Counted with a gzipped copy (JSON shrinks to 10-40 %) made or not, so the byte bound holds either way. */
  get bytes(): number {
    return this.json.length + (this.worthGzip ? Math.ceil(this.json.length / 2) : 0);
  }
}

interface Entry {
  answer: SerialisedAnswer;
  /** The graph fingerprint the answer was computed under. */
  version: string;
  storedAt: number;
  bytes: number;
}

export interface CacheStats {
  hits: number;
  /** Served past the TTL while being recomputed. */
  stale: number;
  misses: number;
  entries: number;
  bytes: number;
}

export class ResponseCache {
  /** A Map iterates in insertion order, so re-inserting on every hit makes its first key the least recently used. */
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private hits = 0;
  private staleHits = 0;
  private misses = 0;
  private readonly options: Pick<ResponseCacheOptions, "maxBytes" | "ttlMs" | "staleMs">;

  constructor(options: Pick<ResponseCacheOptions, "maxBytes" | "ttlMs"> & Partial<ResponseCacheOptions>, private readonly now: () => number = Date.now) {
    this.options = { staleMs: 0, ...options };
  }

  get enabled(): boolean {
    return this.options.maxBytes > 0;
  }

  /** The answer for the key under this graph version, fresh (within the TTL) or stale (within staleMs past it). */
  get(key: string, version: string): { answer: SerialisedAnswer; fresh: boolean } | undefined {
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.storedAt : Infinity;
    if (!entry || entry.version !== version || age > this.options.ttlMs + this.options.staleMs) {
      if (entry) this.remove(key, entry);
      this.misses++;
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    const fresh = age <= this.options.ttlMs;
    if (fresh) this.hits++;
    else this.staleHits++;
    return { answer: entry.answer, fresh };
  }

  set(key: string, version: string, answer: SerialisedAnswer): void {
    const bytes = answer.bytes + key.length * 2;
    // One answer may not push out more than a quarter of the cache (the 5,000-node graph would otherwise flush it).
    if (!this.enabled || bytes > this.options.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, { answer, version, storedAt: this.now(), bytes });
    this.bytes += bytes;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.remove(oldestKey, oldest);
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  stats(): CacheStats {
    return { hits: this.hits, stale: this.staleHits, misses: this.misses, entries: this.entries.size, bytes: this.bytes };
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
