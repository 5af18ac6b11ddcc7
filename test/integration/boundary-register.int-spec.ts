import { type Stack, newCase, startStack } from '../support/stack';

interface Feature {
  type: 'Feature';
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}
interface Marker {
  code: string;
  lineCode: string;
  status: string;
  location: { lat: number; lng: number };
  distanceMeters?: number;
}

const DEMO_LINES = ['L-D01-N01-1', 'L-D01-N01-2', 'L-T01-T02'];

const line = (code: string, coordinates: number[][], extra: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates },
  properties: {
    code,
    name: `测试界线 ${code}`,
    level: 'county',
    sides: ['D01', 'N01'],
    townships: ['T01'],
    ...extra,
  },
});
const marker = (
  code: string,
  lineCode: string,
  lng: number,
  lat: number,
  extra: Record<string, unknown> = {},
): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lng, lat] },
  properties: { code, lineCode, type: 'single', responsibleSide: 'D01', status: 'intact', ...extra },
});
const collection = (...features: Feature[]) => ({ type: 'FeatureCollection', features });

/** Great-circle metres; an independent yardstick for the ordering PostGIS gives. */
const haversine = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
};

describe('boundary register (PostGIS)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it('loads the demo boundary: three lines and twenty markers, some of them not intact', async () => {
    const bureau = await stack.as('bureau');
    const lines = (await bureau.get('/boundary/lines?jurisdiction=D01').expect(200)).body;
    expect(lines.map((l: { code: string }) => l.code)).toEqual(expect.arrayContaining(DEMO_LINES));
    const markers: Marker[] = [];
    for (const code of DEMO_LINES) {
      markers.push(
        ...(await bureau.get(`/boundary/markers?line=${code}&pageSize=100`).expect(200)).body.items,
      );
    }
    expect(markers).toHaveLength(20);
    const statuses = new Set(markers.map((m) => m.status));
    expect([...statuses]).toEqual(expect.arrayContaining(['intact', 'tilted', 'damaged']));
    const twelve = (await bureau.get('/boundary/markers/JZ-12').expect(200)).body;
    expect(twelve).toMatchObject({
      lineCode: 'L-D01-N01-2',
      status: 'tilted',
      history: [{ source: 'register' }],
    });
  });

  it('measures a line on the ellipsoid: one degree of meridian at 27.5°N within 0.5 %', async () => {
    const bureau = await stack.as('bureau');
    const created = await bureau
      .post('/boundary/lines', {
        code: 'T-MERIDIAN',
        name: '子午线测试段',
        level: 'county',
        sides: ['D01', 'N01'],
        geometry: {
          type: 'LineString',
          coordinates: [
            [112.5, 27],
            [112.5, 28],
          ],
        },
      })
      .expect(201);
    // WGS-84 meridian arc from 27° to 28°N (series for the metres per degree at 27.5°): 110,811 m; a sphere
    // would say 111,195 m.
    const expected =
      111_132.954 - 559.822 * Math.cos(55 * (Math.PI / 180)) + 1.175 * Math.cos(110 * (Math.PI / 180));
    expect(Math.abs(created.body.lengthMeters - expected) / expected).toBeLessThan(0.005);
    expect(Math.abs(created.body.lengthMeters - expected)).toBeLessThan(5);
    expect(created.body).toMatchObject({ markerCount: 0, sides: ['D01', 'N01'] });
    const taken = await bureau.post('/boundary/lines', {
      ...created.body,
      lengthMeters: undefined,
      markerCount: undefined,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toBe('CONFLICT');
  });

  it('answers near= nearest first, with distances that agree with an independent great-circle measure', async () => {
    const bureau = await stack.as('bureau');
    const centre = { lat: 27.919, lng: 112.5843 };
    const { items, total } = (
      await bureau.get(`/boundary/markers?near=${centre.lat},${centre.lng},3000&pageSize=100`).expect(200)
    ).body as { items: Marker[]; total: number };
    expect(items[0].code).toBe('JZ-12');
    expect(items.length).toBe(total);
    expect(items.map((m) => m.code)).toEqual(expect.arrayContaining(['JZ-11', 'JZ-13']));
    for (const [index, item] of items.entries()) {
      expect(item.distanceMeters).toBeLessThanOrEqual(3000);
      if (index > 0)
        expect(item.distanceMeters).toBeGreaterThanOrEqual(items[index - 1].distanceMeters as number);
      // Ellipsoid and sphere differ by well under 1 % at this scale.
      expect(Math.abs((item.distanceMeters as number) - haversine(centre, item.location))).toBeLessThan(
        0.01 * (item.distanceMeters as number) + 1,
      );
    }
    const far = (await bureau.get('/boundary/markers?near=27.919,112.5843,10').expect(200)).body;
    expect(far.items.map((m: Marker) => m.code)).toEqual(['JZ-12']);
  });

  it('round-trips export and import: a second import changes nothing, a changed status is one update', async () => {
    const bureau = await stack.as('bureau');
    const exported = await bureau.get('/boundary/export').expect(200);
    expect(exported.headers['content-type']).toMatch(/application\/geo\+json/);
    const features = exported.body.features as Feature[];
    expect(features.filter((f) => f.geometry.type === 'Point').length).toBeGreaterThanOrEqual(20);
    expect((await bureau.post('/boundary/import', exported.body).expect(200)).body).toEqual({
      lines: 0,
      markers: 0,
    });

    const edited = features.map((f) =>
      f.properties.code === 'JZ-05' ? { ...f, properties: { ...f.properties, status: 'intact' } } : f,
    );
    expect((await bureau.post('/boundary/import', collection(...edited)).expect(200)).body).toEqual({
      lines: 0,
      markers: 1,
    });
    const five = (await bureau.get('/boundary/markers/JZ-05').expect(200)).body;
    expect(five.status).toBe('intact');
    expect(five.history.map((h: { source: string; status: string }) => [h.source, h.status])).toEqual([
      ['register', 'damaged'],
      ['import', 'intact'],
    ]);

    const fresh = collection(
      line('T-IMPORT', [
        [112.61, 27.9],
        [112.62, 27.905],
        [112.63, 27.9],
      ]),
      marker('JZ-901', 'T-IMPORT', 112.62, 27.905),
      marker('JZ-902', 'T-IMPORT', 112.63, 27.9001, {
        type: 'double',
        responsibleSide: 'N01',
        status: 'obscured',
      }),
    );
    expect((await bureau.post('/boundary/import', fresh).expect(200)).body).toEqual({ lines: 1, markers: 2 });
    expect((await bureau.post('/boundary/import', fresh).expect(200)).body).toEqual({ lines: 0, markers: 0 });
    const again = (await bureau.get('/boundary/export').expect(200)).body;
    expect((await bureau.post('/boundary/import', again).expect(200)).body).toEqual({ lines: 0, markers: 0 });
    expect((await bureau.get('/boundary/lines/T-IMPORT').expect(200)).body.markerCount).toBe(2);
  });

  it.each([
    [
      'a latitude out of range',
      collection(marker('JZ-950', 'L-D01-N01-1', 112.5, 95)),
      'JZ-950',
      'location.lat',
    ],
    ['a line of one position', collection(line('T-BAD-1', [[112.5, 27.9]])), 'T-BAD-1', 'geometry'],
    [
      'a closed line that is no ring',
      collection(
        line('T-BAD-2', [
          [112.5, 27.9],
          [112.51, 27.9],
          [112.5, 27.9],
        ]),
      ),
      'T-BAD-2',
      'geometry',
    ],
    [
      'a line that crosses itself',
      collection(
        line('T-BAD-3', [
          [112.5, 27.9],
          [112.52, 27.92],
          [112.52, 27.9],
          [112.5, 27.92],
        ]),
      ),
      'T-BAD-3',
      'geometry',
    ],
    [
      'a marker 5 km from its line',
      collection(marker('JZ-951', 'L-D01-N01-1', 112.52, 27.98)),
      'JZ-951',
      'location',
    ],
    [
      'a marker on an unknown line',
      collection(marker('JZ-952', 'NO-SUCH-LINE', 112.52, 27.93)),
      'JZ-952',
      'lineCode',
    ],
    [
      'an unknown side',
      collection(
        line(
          'T-BAD-4',
          [
            [112.5, 27.9],
            [112.6, 27.9],
          ],
          { sides: ['D01', 'X99'] },
        ),
      ),
      'T-BAD-4',
      'sides.1',
    ],
    [
      'a polygon',
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { code: 'P-1' } },
        ],
      },
      'P-1',
      'geometry.type',
    ],
    [
      'a code twice',
      collection(
        marker('JZ-953', 'L-D01-N01-1', 112.5, 27.942),
        marker('JZ-953', 'L-D01-N01-1', 112.5, 27.942),
      ),
      'JZ-953',
      'code',
    ],
    [
      'a feature without properties',
      {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [1, 2] } }],
      },
      '#1',
      'code',
    ],
  ])('refuses %s with a 400 naming the feature, and writes nothing', async (_what, body, feature, field) => {
    const bureau = await stack.as('bureau');
    const before = (await bureau.get('/boundary/export').expect(200)).body;
    const response = await bureau.post('/boundary/import', body).expect(400);
    expect(response.body.error).toBe('VALIDATION_FAILED');
    expect(response.body.message).toContain(feature);
    expect(response.body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ feature, field })]),
    );
    expect((await bureau.get('/boundary/export').expect(200)).body).toEqual(before);
  });

  it('refuses to redraw a line away from the markers standing on it', async () => {
    const bureau = await stack.as('bureau');
    const exported = (await bureau.get('/boundary/export').expect(200)).body.features as Feature[];
    const township = exported.find((f) => f.properties.code === 'L-T01-T02') as Feature;
    const shifted = (township.geometry.coordinates as number[][]).map(([lng, lat]) => [lng + 0.01, lat]);
    const response = await bureau
      .post(
        '/boundary/import',
        collection({ ...township, geometry: { type: 'LineString', coordinates: shifted } }),
      )
      .expect(400);
    expect(response.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          feature: 'L-T01-T02',
          field: 'geometry',
          problems: [expect.stringMatching(/JZ-21/)],
        }),
      ]),
    );
  });

  it('refuses a whole import when one feature is bad, even after good ones', async () => {
    const bureau = await stack.as('bureau');
    const body = collection(
      line('T-ATOMIC', [
        [112.64, 27.9],
        [112.65, 27.9],
      ]),
      marker('JZ-960', 'T-ATOMIC', 112.645, 27.9),
      marker('JZ-961', 'T-ATOMIC', 112.645, 27.95),
    );
    const response = await bureau.post('/boundary/import', body).expect(400);
    expect(response.body.details).toEqual([
      expect.objectContaining({ feature: 'JZ-961', field: 'location' }),
    ]);
    await bureau.get('/boundary/lines/T-ATOMIC').expect(404);
  });

  it('validates single writes: 400 for a bad side or a responsible side off the line, 409 for a code taken', async () => {
    const bureau = await stack.as('bureau');
    const created = await bureau
      .post('/boundary/markers', {
        code: 'JZ-970',
        lineCode: 'L-T01-T02',
        type: 'single',
        location: { lat: 27.9431, lng: 112.5519 },
        responsibleSide: 'T01',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'intact',
      history: [{ status: 'intact', by: 'bureau', source: 'register' }],
    });
    const again = await bureau.post('/boundary/markers', {
      code: 'JZ-970',
      lineCode: 'L-T01-T02',
      type: 'single',
      location: { lat: 27.9431, lng: 112.5519 },
      responsibleSide: 'T01',
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('CONFLICT');
    const offSide = await bureau.post('/boundary/markers', {
      code: 'JZ-971',
      lineCode: 'L-T01-T02',
      type: 'single',
      location: { lat: 27.9431, lng: 112.5519 },
      responsibleSide: 'N01',
    });
    expect(offSide.status).toBe(400);
    expect(offSide.body.details).toEqual([expect.objectContaining({ field: 'responsibleSide' })]);
    const wrongLevel = await bureau.post('/boundary/lines', {
      code: 'T-LEVEL',
      name: '层级不符',
      level: 'township',
      sides: ['T01', 'N01'],
      geometry: {
        type: 'LineString',
        coordinates: [
          [112.5, 27.9],
          [112.6, 27.9],
        ],
      },
    });
    expect(wrongLevel.status).toBe(400);
    expect(wrongLevel.body.details).toEqual([expect.objectContaining({ field: 'sides' })]);
  });

  it('records a repair with who, when and its reference in the marker history', async () => {
    const mediator = await stack.as('mediator.b');
    const repaired = await mediator
      .post('/boundary/markers/JZ-24/status', {
        status: 'intact',
        source: 'repair',
        ref: 'WX-2024-07',
        note: '扶正加固',
      })
      .expect(200);
    expect(repaired.body.status).toBe('intact');
    expect(repaired.body.history.at(-1)).toMatchObject({
      status: 'intact',
      by: 'mediator.b',
      source: 'repair',
      ref: 'WX-2024-07',
      note: '扶正加固',
    });
    expect(Date.parse(repaired.body.history.at(-1).at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('shows a mediator the lines along its township only, and their markers', async () => {
    for (const [who, visible, hidden] of [
      ['mediator.a', ['L-D01-N01-1', 'L-T01-T02'], 'L-D01-N01-2'],
      ['mediator.b', ['L-D01-N01-2', 'L-T01-T02'], 'L-D01-N01-1'],
    ] as const) {
      const caller = await stack.as(who);
      const lines = (await caller.get('/boundary/lines').expect(200)).body.map(
        (l: { code: string }) => l.code,
      );
      expect(lines).toEqual(expect.arrayContaining([...visible]));
      expect(lines).not.toContain(hidden);
      await caller.get(`/boundary/lines/${hidden}`).expect(404);
      const markers = (await caller.get('/boundary/markers?pageSize=100').expect(200)).body.items as Marker[];
      expect(markers.every((m) => m.lineCode !== hidden)).toBe(true);
      const exported = (await caller.get('/boundary/export').expect(200)).body.features as Feature[];
      expect(exported.some((f) => f.properties.code === hidden || f.properties.lineCode === hidden)).toBe(
        false,
      );
    }
    await (await stack.as('mediator.a')).get('/boundary/markers/JZ-12').expect(404);
  });

  it('lets cases and incidents name a line they can see, and finds them with near=', async () => {
    const mediator = await stack.as('mediator.a');
    const atTwelve = { lat: 27.919, lng: 112.5843 };
    const nearSix = { lat: 27.9296, lng: 112.5395 };
    const close = (
      await mediator
        .post('/disputes', newCase('T01', { location: nearSix, lineCode: 'L-D01-N01-1' }))
        .expect(201)
    ).body;
    expect(close.lineCode).toBe('L-D01-N01-1');
    const further = (
      await mediator
        .post('/disputes', newCase('T01', { location: { lat: 27.9296, lng: 112.55 } }))
        .expect(201)
    ).body;
    await mediator.post('/disputes', newCase('T01', { location: atTwelve })).expect(201);
    const unseen = await mediator.post('/disputes', newCase('T01', { lineCode: 'L-D01-N01-2' }));
    expect(unseen.status).toBe(400);
    expect(unseen.body.details).toEqual([expect.objectContaining({ field: 'lineCode' })]);

    const found = (await mediator.get(`/disputes?near=${nearSix.lat},${nearSix.lng},1500`).expect(200)).body;
    expect(found.items.map((c: { id: string }) => c.id)).toEqual([close.id, further.id]);
    expect(found.total).toBe(2);
    await mediator.get('/disputes?near=27.9,112.5').expect(400);
    await mediator.get('/disputes?near=95,112.5,10').expect(400);

    const incident = (
      await mediator
        .post('/incidents', {
          title: '界桩处村民聚集',
          type: 'mass_gathering',
          severity: 'IV',
          jurisdiction: 'T01',
          description: '约二十名村民在6号界桩处聚集',
          location: nearSix,
          lineCode: 'L-T01-T02',
        })
        .expect(201)
    ).body;
    expect(incident.lineCode).toBe('L-T01-T02');
    const incidents = (await mediator.get(`/incidents?near=${nearSix.lat},${nearSix.lng},200`).expect(200))
      .body;
    expect(incidents.items.map((i: { id: string }) => i.id)).toEqual([incident.id]);
    await mediator.post(`/incidents/${incident.id}/resolve`, { summary: '已劝散' }).expect(200);
  });
});
