/** How long a process keeps the grams it read before it reads the statistics again (autovacuum renews them). */
export const COMMON_GRAMS_MAX_AGE_MS = 10 * 60_000;

/**
 * The short grams that a large share of the rows contain, as the planner's statistics last saw them. Read once
 * when first needed, then again in the background when older than `maxAgeMs`: a list never waits for a refresh.
 * Until the first read succeeds, no gram is common (each search goes through the gram index, as before).
 */
export class CommonGrams {
  private grams: ReadonlySet<string> = new Set();
  private readAt?: number;
  private reading?: Promise<void>;

  constructor(
    private readonly read: () => Promise<string[]>,
    private readonly maxAgeMs = COMMON_GRAMS_MAX_AGE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  has(gram: string): boolean {
    return this.grams.has(gram);
  }

  /** Resolves once the grams were read at least once (or that read failed); later reads are not waited for. */
  async refresh(): Promise<void> {
    const fresh = this.readAt !== undefined && this.now() - this.readAt < this.maxAgeMs;
    if (fresh) return;
    this.reading ??= this.read()
      .then((grams) => {
        this.grams = new Set(grams);
        this.readAt = this.now();
      })
      // Kept as they were: a database that cannot answer this cannot answer the list either, which says so.
      .catch(() => undefined)
      .finally(() => (this.reading = undefined));
    if (this.readAt === undefined) await this.reading;
  }
}
