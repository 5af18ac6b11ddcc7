// The live console's part of `npm run bench`: many idle `GET /events` streams held by the API at once, and the
// time from an inbox row's commit to its `alert` event at a listening console. The alerts are inserted
// directly into `alerts` (as the worker's delivery processor does), so the figure is the event path alone:
// the row's trigger, NOTIFY, the API's fan-out over every open stream, the socket.
import { type ClientRequest, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { serverSentEvents } from './sse';
import { memoryMiB, percentile, round1, sleep } from './support';

export const EVENTS_TARGETS = { idleStreams: 2000, alertToEventP99Ms: 1000 };

interface EventsContext {
  pg: Pool;
  apiUrl: string;
  apiPid: number;
  /** Tokens of a user with no alerts (the idle streams) and of the leader (the listening console). */
  idleToken: string;
  listenerToken: string;
}

export interface EventsResult {
  streams: number;
  opened: number;
  openMs: number;
  rssBeforeMiB: number | undefined;
  rssHeldMiB: number | undefined;
  alerts: number;
  received: number;
  p50: number;
  p99: number;
  max: number;
}

interface Stream {
  request: ClientRequest;
  /** Resolves at the first bytes of the answer (the stream's `retry:` line). */
  opened: Promise<void>;
  onEvent(listener: (name: string, data: string, at: number) => void): void;
}

function openStream(apiUrl: string, token: string): Stream {
  let listener: (name: string, data: string, at: number) => void = () => undefined;
  let resolveOpened: () => void = () => undefined;
  let rejectOpened: (error: Error) => void = () => undefined;
  const opened = new Promise<void>((resolve, reject) => {
    resolveOpened = resolve;
    rejectOpened = reject;
  });
  const url = new URL(`/events?access_token=${encodeURIComponent(token)}`, apiUrl);
  const req = request(url, { agent: false, headers: { accept: 'text/event-stream' } }, (response) => {
    if (response.statusCode !== 200) {
      rejectOpened(new Error(`GET /events answered ${response.statusCode}`));
      response.resume();
      return;
    }
    response.setEncoding('utf8');
    const read = serverSentEvents();
    response.on('data', (chunk: string) => {
      const at = performance.timeOrigin + performance.now();
      resolveOpened();
      for (const { event, data } of read(chunk)) {
        if (event) listener(event, data ?? '', at);
      }
    });
  });
  req.on('error', (error) => rejectOpened(error));
  req.end();
  return { request: req, opened, onEvent: (next) => (listener = next) };
}

export async function eventsPhase(ctx: EventsContext): Promise<EventsResult> {
  // Not scaled: 2,000 idle streams and 500 alerts (10 s) are cheap at any BENCH_SCALE, and a p99 needs samples.
  const streams = EVENTS_TARGETS.idleStreams;
  const alerts = 500;
  const rssBeforeMiB = memoryMiB(ctx.apiPid, 'VmRSS');
  const t0 = performance.now();
  const idle: Stream[] = [];
  // Opened in batches: a connect storm would measure the accept queue, not what holding them costs.
  for (let i = 0; i < streams; i += 100) {
    const batch = Array.from({ length: Math.min(100, streams - i) }, () =>
      openStream(ctx.apiUrl, ctx.idleToken),
    );
    idle.push(...batch);
    await Promise.all(batch.map((stream) => stream.opened));
  }
  const openMs = performance.now() - t0;
  await sleep(2000);
  const rssHeldMiB = memoryMiB(ctx.apiPid, 'VmRSS');

  const listener = openStream(ctx.apiUrl, ctx.listenerToken);
  await listener.opened;
  const arrivals = new Map<string, number>();
  listener.onEvent((name, data, at) => {
    if (name === 'alert') arrivals.set((JSON.parse(data) as { id: string }).id, at);
  });
  const committed = new Map<string, number>();
  for (let i = 0; i < alerts; i += 1) {
    const { rows } = await ctx.pg.query<{ id: string; at: number }>(
      `INSERT INTO alerts (dedup_key, recipient, kind, subject_type, subject_id, message, message_en, created_at)
       VALUES ($1, 'leader', 'escalated', 'incident', 'bench-events', '基准测试', 'benchmark', now())
       RETURNING id, (EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::float8 AS at`,
      [`bench-events:${Date.now()}:${i}`],
    );
    committed.set(rows[0].id, rows[0].at);
    await sleep(20); // about 50 alerts a second, each fanned out over every open stream
  }
  const until = Date.now() + 15_000;
  while (arrivals.size < committed.size && Date.now() < until) await sleep(200);
  const latencies = [...committed].flatMap(([id, at]) => {
    const arrived = arrivals.get(id);
    return arrived === undefined ? [] : [Math.max(0, arrived - at)];
  });
  for (const stream of [...idle, listener]) stream.request.destroy();
  await ctx.pg.query(`DELETE FROM alerts WHERE subject_id = 'bench-events'`);
  return {
    streams,
    opened: idle.length,
    openMs: Math.round(openMs),
    rssBeforeMiB,
    rssHeldMiB,
    alerts,
    received: latencies.length,
    p50: round1(percentile(latencies, 50)),
    p99: round1(percentile(latencies, 99)),
    max: round1(latencies.length ? Math.max(...latencies) : 0),
  };
}
