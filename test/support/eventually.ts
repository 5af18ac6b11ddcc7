export interface EventuallyOptions {
  timeoutMs?: number;
  everyMs?: number;
}

/** Polls until `check` returns a value (not undefined) or the time runs out; the last error is reported. */
export async function eventually<T>(
  check: () => T | undefined | Promise<T | undefined>,
  { timeoutMs = 30_000, everyMs = 250 }: EventuallyOptions = {},
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= until) break;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(
    `condition not met within ${timeoutMs} ms${lastError ? `: ${(lastError as Error).message}` : ''}`,
  );
}
