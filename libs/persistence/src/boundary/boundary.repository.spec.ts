import { DatabaseError } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';
import { BoundaryRepository } from './boundary.repository';
import type { BoundaryLineWrite } from './model';

const refusedBy = (code: string, message: string) =>
  new QueryFailedError('INSERT …', [], Object.assign(new DatabaseError(message, 0, 'error'), { code }));

/** A data source whose every transaction fails as PostgreSQL would. */
const failingWith = (error: Error) =>
  new BoundaryRepository({ transaction: jest.fn().mockRejectedValue(error) } as unknown as DataSource);

const line = (code: string): BoundaryLineWrite => ({
  code,
  name: '测试界线',
  level: 'township',
  sides: ['T01', 'T02'],
  townships: ['T01', 'T02'],
  districts: ['D01'],
  geometry: {
    type: 'LineString',
    coordinates: [
      [112.5, 27.9],
      [112.6, 27.9],
    ],
  },
});

const options = { by: 'bureau', source: 'register', mode: 'keep', maxOffsetMeters: 200 } as const;

describe('BoundaryRepository.write refuses data PostgreSQL refuses, by SQLSTATE', () => {
  it('answers a data exception (class 22) as a refused feature, so the API gives 400, not 500', async () => {
    const register = failingWith(refusedBy('22023', 'Geometry has Z dimension but column does not'));
    await expect(register.write({ lines: [line('L-1')], markers: [] }, options)).resolves.toEqual({
      ok: false,
      problems: [
        { feature: 'L-1', field: 'features', problems: ['Geometry has Z dimension but column does not'] },
      ],
    });
  });

  it('names the whole file when the change holds several features', async () => {
    const register = failingWith(refusedBy('22P02', 'invalid input syntax'));
    const result = await register.write({ lines: [line('L-1'), line('L-2')], markers: [] }, options);
    expect(result).toMatchObject({ ok: false, problems: [{ feature: 'FeatureCollection' }] });
  });

  it('passes every other failure on: a missing table is a bug, not the input', async () => {
    const failure = refusedBy('42P01', 'relation "boundary_lines" does not exist');
    await expect(failingWith(failure).write({ lines: [line('L-1')], markers: [] }, options)).rejects.toBe(
      failure,
    );
  });
});
