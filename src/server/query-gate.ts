// A bound on the database work the API runs at once. Each computed answer holds one slot while its queries run (a
// request's queries run one after another, so slots bound concurrent Neo4j queries); heavy answers may hold only
// some of the slots, so light requests always find one; waiters queue in a bounded line and are turned away with a
// retry hint when it is full or they waited too long, rather than piling up until every client times out.

export interface QueryGateOptions {
  /**
   * Answers computed at once: a bound against pile-ups, not a throughput knob. Neo4j shares its cores among running
   * queries, so short ones finish first; 4 slots queued them behind long ones (bench:load, cache off, 2 cores: p99
   * 977 ms against 398 ms without a gate, 444 ms with 16).
   */
  maxConcurrent: number;
  /** Of those, at most this many heavy ones (large graphs): the rest stay free for light requests. */
  maxHeavy: number;
  /** Requests waiting for a slot; one more is refused at once. */
  maxQueue: number;
  /** A request that waited this long for a slot is refused (its client has likely given up by then). */
  maxWaitMs: number;
}
export const queryGateDefaults: QueryGateOptions = { maxConcurrent: 16, maxHeavy: 2, maxQueue: 64, maxWaitMs: 5_000 };

/** Refused for now: the server is saturated. Clients should retry after retryAfterS seconds (the Retry-After header). */
export class GateBusyError extends Error {
  constructor(message: string, readonly retryAfterS: number) {
    super(message);
  }
}

export interface GateStats {
  running: number;
  heavyRunning: number;
  queued: number;
  /** Turned away since the start: queue full or waited too long. */
  refused: number;
}

interface Waiter {
  heavy: boolean;
  start: () => void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class QueryGate {
  private running = 0;
  private heavyRunning = 0;
  private refused = 0;
  private readonly queue: Waiter[] = [];
  private readonly options: QueryGateOptions;

  constructor(options: Partial<QueryGateOptions> = {}) {
    this.options = { ...queryGateDefaults, ...options };
  }

  /** Runs work when a slot is free (at once if one is); the slot is given back however the work ends. */
  async run<T>(work: () => Promise<T>, heavy = false): Promise<T> {
    await this.acquire(heavy);
    try {
      return await work();
    } finally {
      this.release(heavy);
    }
  }

  stats(): GateStats {
    return { running: this.running, heavyRunning: this.heavyRunning, queued: this.queue.length, refused: this.refused };
  }

  private canStart(heavy: boolean): boolean {
    return this.running < this.options.maxConcurrent && (!heavy || this.heavyRunning < this.options.maxHeavy);
  }

  private take(heavy: boolean): void {
    this.running++;
    if (heavy) this.heavyRunning++;
  }

  private acquire(heavy: boolean): Promise<void> {
    // release() starts every waiter that can start, so a free slot here is one no waiter could take: no overtaking.
    if (this.canStart(heavy)) {
      this.take(heavy);
      return Promise.resolve();
    }
    if (this.queue.length >= this.options.maxQueue) {
      this.refused++;
      return Promise.reject(new GateBusyError(`the server is busy: ${this.queue.length} requests are already waiting for the database`, 1));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { heavy, start: resolve, timer: undefined };
      waiter.timer = setTimeout(() => {
        this.queue.splice(this.queue.indexOf(waiter), 1);
        this.refused++;
        reject(new GateBusyError(`the server is busy: no database slot came free within ${this.options.maxWaitMs} ms`, 1));
      }, this.options.maxWaitMs);
      this.queue.push(waiter);
    });
  }

  private release(heavy: boolean): void {
    this.running--;
    if (heavy) this.heavyRunning--;
    // Oldest first, but a heavy waiter that may not start yet does not hold up the light ones behind it.
    for (let i = 0; i < this.queue.length && this.running < this.options.maxConcurrent; ) {
      const waiter = this.queue[i]!;
      if (!this.canStart(waiter.heavy)) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      clearTimeout(waiter.timer);
      this.take(waiter.heavy);
      waiter.start();
    }
  }
}
