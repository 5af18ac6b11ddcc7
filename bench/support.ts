// Small, dependency-free helpers for the benchmark: a concurrency pool, percentiles, a keep-alive HTTP
// client, per-process CPU accounting from /proc and a plain-text table.
import { readFileSync, readdirSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface PoolResult<T> {
  /** Milliseconds per successful operation, in completion order. */
  latencies: number[];
  results: (T | undefined)[];
  errors: { index: number; message: string }[];
  wallMs: number;
}

/** Runs `op(0..count-1)` with at most `concurrency` in flight; times each call with performance.now(). */
export async function runPool<T>(
  count: number,
  concurrency: number,
  op: (index: number) => Promise<T>,
): Promise<PoolResult<T>> {
  const latencies: number[] = [];
  const results: (T | undefined)[] = new Array(count);
  const errors: { index: number; message: string }[] = [];
  let next = 0;
  const started = performance.now();
  const lane = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      const t0 = performance.now();
      try {
        results[index] = await op(index);
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors.push({ index, message: (error as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return { latencies, results, errors, wallMs: performance.now() - started };
}

/** Nearest-rank percentile of unsorted values (0 for an empty list). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

export const round1 = (value: number): number => Math.round(value * 10) / 10;

export function summarise(latencies: number[], count: number, wallMs: number): LatencySummary {
  return {
    p50: round1(percentile(latencies, 50)),
    p95: round1(percentile(latencies, 95)),
    p99: round1(percentile(latencies, 99)),
    perSecond: round1(count / (wallMs / 1000)),
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

// ---------------------------------------------------------------------------------------------- HTTP

export interface HttpResponse {
  status: number;
  body: unknown;
}

/** JSON over one keep-alive agent (64 sockets): connection set-up stays out of the measured latencies. */
export class HttpClient {
  /**
   * The API closes a connection after 5 s idle (Node's keep-alive timeout). A request sent on a socket just as
   * the server closes it fails with 'socket hang up', so an idle socket is dropped here first.
   */
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64, timeout: 4_000 });
  private readonly base: URL;

  constructor(baseUrl: string) {
    this.base = new URL(baseUrl);
  }

  request(method: string, path: string, { token, body }: { token?: string; body?: unknown } = {}) {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string | number> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = payload.length;
    }
    return new Promise<HttpResponse>((resolve, reject) => {
      const req = httpRequest(
        {
          agent: this.agent,
          host: this.base.hostname,
          port: this.base.port,
          method,
          path,
          headers,
          timeout: 60_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              // Not JSON: keep the text so an error message can show it.
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  /** Like request(), but anything other than `expected` is an error naming the status and body. */
  async expect<T>(
    expected: number,
    method: string,
    path: string,
    options?: { token?: string; body?: unknown },
  ): Promise<T> {
    const response = await this.request(method, path, options);
    if (response.status !== expected) {
      const detail = JSON.stringify(response.body)?.slice(0, 300);
      throw new Error(`${method} ${path.split('?')[0]} -> ${response.status} ${detail}`);
    }
    return response.body as T;
  }

  close(): void {
    this.agent.destroy();
  }
}

// ---------------------------------------------------------------------------------------- processes

const CLOCK_TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime of one process in ms, or undefined when it is gone. */
export function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces: the fields start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  } catch {
    return undefined;
  }
}

/** The CPU time of every process with this command name (e.g. all PostgreSQL backends), in ms. */
export function cpuMsOfCommand(command: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === command)
        total += cpuMsOf(Number(entry)) ?? 0;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/** A field such as VmHWM or VmRSS from /proc/<pid>/status, in MiB. */
export function memoryMiB(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? round1(Number(match[1]) / 1024) : undefined;
  } catch {
    return undefined;
  }
}

export type CpuSnapshot = Record<string, number>;

/** CPU ms used by each named process since the snapshot: where the time of a phase went. */
export class CpuMeter {
  constructor(private readonly pids: Record<string, number | undefined>) {}

  snapshot(): CpuSnapshot {
    const snap: CpuSnapshot = {};
    for (const [name, pid] of Object.entries(this.pids)) snap[name] = pid ? (cpuMsOf(pid) ?? 0) : 0;
    snap.postgres = cpuMsOfCommand('postgres');
    snap.redis = cpuMsOfCommand('redis-server');
    const own = process.cpuUsage();
    snap.bench = (own.user + own.system) / 1000;
    return snap;
  }

  since(before: CpuSnapshot): CpuSnapshot {
    const now = this.snapshot();
    // Clamped at 0: a process of that name that exited took its CPU time with it.
    return Object.fromEntries(
      Object.keys(now).map((key) => [key, Math.max(0, Math.round(now[key] - (before[key] ?? 0)))]),
    );
  }
}

// -------------------------------------------------------------------------------------------- table

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Terminal columns of a string: CJK characters take two. */
const widthOf = (text: string): number => [...text].reduce((sum, ch) => sum + (WIDE.test(ch) ? 2 : 1), 0);

/** Left-aligns the first column, right-aligns the rest. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(widthOf(h), ...rows.map((row) => widthOf(row[i] ?? ''))));
  const pad = (cell: string, i: number) => {
    const fill = ' '.repeat(widths[i] - widthOf(cell));
    return i === 0 ? cell + fill : fill + cell;
  };
  const line = (cells: string[]) => header.map((_, i) => pad(cells[i] ?? '', i)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
