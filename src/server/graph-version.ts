// A cheap fingerprint of the graph, so cached answers are dropped when an ingest changes it. The writers are another
// process (kg ingest), so the server polls: at most once per interval, and only while requests arrive.

/**
 * Node and relationship counts come from Neo4j's count store (no scan). An ingest that adds a document adds its
 * node and MENTIONED_IN edges, and removing one deletes them, so either moves the counts; a change that keeps both
 * counts exactly equal is caught by the cache's TTL instead.
 */
export const GRAPH_FINGERPRINT = `
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships`;

export class GraphVersion {
  private version: string | undefined;
  private checkedAt = -Infinity;
  private checking: Promise<string> | undefined;

  /**
   * @param readFingerprint runs GRAPH_FINGERPRINT; its failure (Neo4j down) fails the request, as any query would.
   * @param onChange called when the fingerprint differs from the last one seen.
   */
  constructor(
    private readonly readFingerprint: () => Promise<string>,
    private readonly checkEveryMs: number,
    private readonly onChange: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** The current fingerprint, read again when the last reading is older than the interval; one reading at a time. */
  async current(): Promise<string> {
    if (this.version !== undefined && this.now() - this.checkedAt < this.checkEveryMs) return this.version;
    this.checking ??= this.readFingerprint()
      .then((version) => {
        if (this.version !== undefined && version !== this.version) this.onChange();
        this.version = version;
        this.checkedAt = this.now();
        return version;
      })
      .finally(() => (this.checking = undefined));
    return this.checking;
  }
}
