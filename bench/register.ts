// The boundary register's part of `npm run bench`: GET /boundary/export over 10,000 markers and
// GET /boundary/markers?near= over 100,000, on SYNTHETIC markers inserted directly (scattered over a
// 0.6° × 0.6° square around the demo boundary, on one synthetic line), as the list phase does with cases.
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { seededRandom } from './data';
import { type CpuMeter, type HttpClient, percentile, round1, runPool } from './support';

export const REGISTER_TARGETS = { nearP95Ms: 20, exportMs: 1000 };

const EXPORT_MARKERS = 10_000;
const NEAR_MARKERS = 100_000;
const BOX = { lng: 112.3, lat: 27.6, size: 0.6 };
const LINE = 'BENCH-L';

interface RegisterContext {
  http: HttpClient;
  pg: Pool;
  tokens: Record<string, string>;
  meter: CpuMeter;
  scaled: (n: number, min?: number) => number;
}

/** Fills the register up to `total` markers; setseed keeps the scatter the same from run to run. */
async function topUpMarkers(pg: Pool, total: number): Promise<number> {
  await pg.query(
    `INSERT INTO boundary_lines (code, name, level, sides, townships, districts, geom)
     VALUES ($1, '基准测试合成界线', 'county', '{D01,N01}', '{T01}', '{D01,N01}',
             ST_GeomFromText('LINESTRING(112.3 27.6, 112.6 27.9, 112.9 28.2)', 4326)::geography)
     ON CONFLICT (code) DO NOTHING`,
    [LINE],
  );
  const have = (await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM boundary_markers')).rows[0].n;
  const missing = Math.max(0, total - have);
  await pg.query('SELECT setseed(0.2026)');
  await pg.query(
    `INSERT INTO boundary_markers (code, line_code, type, location, responsible_side, status)
     SELECT 'BM-' || ($1::int + g), $2, 'single',
            ST_SetSRID(ST_MakePoint($3 + random() * $5, $4 + random() * $5), 4326)::geography,
            'D01', (ARRAY['intact', 'intact', 'intact', 'tilted', 'damaged', 'obscured'])[1 + floor(random() * 6)::int]
     FROM generate_series(1, $6::int) AS g`,
    [have, LINE, BOX.lng, BOX.lat, BOX.size, missing],
  );
  await pg.query('ANALYZE boundary_markers');
  return missing;
}

const summary = (latencies: number[]) => ({
  p50: round1(percentile(latencies, 50)),
  p95: round1(percentile(latencies, 95)),
  max: round1(Math.max(0, ...latencies)),
});

export async function registerPhase({ http, pg, tokens, meter, scaled }: RegisterContext) {
  const syntheticForExport = await topUpMarkers(pg, EXPORT_MARKERS);
  const exportRuns = scaled(20, 5);
  const exported = await runPool(exportRuns, 1, async () => {
    const body = await http.expect<{ features: unknown[] }>(200, 'GET', '/boundary/export', {
      token: tokens.bureau,
    });
    return body.features.length;
  });
  const syntheticForNear = await topUpMarkers(pg, NEAR_MARKERS);
  const random = seededRandom(20_261_127);
  const requests = scaled(1000, 200);
  const started = performance.now();
  const before = meter.snapshot();
  const near = await runPool(requests, 4, async (i) => {
    const lat = BOX.lat + random() * BOX.size;
    const lng = BOX.lng + random() * BOX.size;
    const meters = [500, 1000, 2000][i % 3];
    const body = await http.expect<{ items: { distanceMeters: number }[]; total: number }>(
      200,
      'GET',
      `/boundary/markers?near=${lat.toFixed(5)},${lng.toFixed(5)},${meters}`,
      { token: i % 2 === 0 ? tokens.bureau : tokens['mediator.a'] },
    );
    return body.total;
  });
  const cpu = meter.since(before);
  const found = near.results.filter((n): n is number => n !== undefined);
  return {
    export: {
      markers: exported.results[0] ?? 0,
      requests: exportRuns,
      ...summary(exported.latencies),
      errors: exported.errors.map((e) => e.message),
    },
    near: {
      markers: NEAR_MARKERS,
      requests,
      concurrency: 4,
      perSecond: round1(requests / ((performance.now() - started) / 1000)),
      meanHits: round1(found.reduce((a, b) => a + b, 0) / Math.max(1, found.length)),
      cpuMsPerRequest: Object.fromEntries(
        Object.entries(cpu).map(([key, ms]) => [key, round1(ms / requests)]),
      ),
      ...summary(near.latencies),
      errors: near.errors.map((e) => e.message),
    },
    synthetic: syntheticForExport + syntheticForNear,
  };
}
