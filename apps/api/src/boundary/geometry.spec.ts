import { DEMO_REGISTER } from '@boundary/persistence';
import { parseNear } from '../common/near';
import { parseFeatures } from './geojson';
import { lineStringProblems } from './geometry';

const line = (coordinates: unknown) => ({ type: 'LineString', coordinates });

describe('lineStringProblems', () => {
  it('accepts a line of two or more positions, with or without altitude', () => {
    expect(
      lineStringProblems(
        line([
          [112.5, 27.9],
          [112.6, 27.95, 120],
        ]),
      ),
    ).toEqual([]);
  });

  it.each([
    ['not an object', 'LineString', /GeoJSON LineString/],
    ['another type', { type: 'Polygon', coordinates: [] }, /type must be "LineString"/],
    ['one position', line([[112.5, 27.9]]), /at least two positions/],
    [
      'a longitude out of range',
      line([
        [112.5, 27.9],
        [181, 27.9],
      ]),
      /position 1: longitude 181/,
    ],
    [
      'a latitude out of range',
      line([
        [112.5, -91],
        [112.6, 27.9],
      ]),
      /position 0: latitude -91/,
    ],
    [
      'a position of one number',
      line([[112.5], [112.6, 27.9]]),
      /position 0 must be \[longitude, latitude\]/,
    ],
    [
      'text for a number',
      line([
        ['112.5', 27.9],
        [112.6, 27.9],
      ]),
      /finite numbers/,
    ],
    [
      'a single repeated point',
      line([
        [112.5, 27.9],
        [112.5, 27.9],
      ]),
      /same point/,
    ],
    [
      'a closed line of three positions',
      line([
        [112.5, 27.9],
        [112.6, 27.9],
        [112.5, 27.9],
      ]),
      /ring/,
    ],
  ])('names %s', (_what, value, problem) => {
    expect(lineStringProblems(value).join('; ')).toMatch(problem);
  });

  it('accepts a closed ring of four positions (an enclave line)', () => {
    expect(
      lineStringProblems(
        line([
          [112.5, 27.9],
          [112.6, 27.9],
          [112.55, 28],
          [112.5, 27.9],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('parseNear', () => {
  it.each([
    ['27.919,112.5843,500', { lat: 27.919, lng: 112.5843, meters: 500 }],
    ['-33.5,-70,1.5', { lat: -33.5, lng: -70, meters: 1.5 }],
  ])('reads %s', (text, near) => expect(parseNear(text)).toEqual(near));

  it.each([
    '',
    '27.9,112.5',
    '27.9,112.5,0',
    '91,112.5,10',
    '27.9,181,10',
    '27.9,112.5,100001',
    '1e3,2,3',
    'a,b,c',
  ])('refuses %p', (text) => expect(parseNear(text)).toBeUndefined());
});

describe('the demo register', () => {
  it('passes the rules an import applies, feature by feature', () => {
    const features = [
      ...DEMO_REGISTER.lines.map(({ geometry, districts: _districts, ...properties }) => ({
        type: 'Feature',
        geometry,
        properties,
      })),
      ...DEMO_REGISTER.markers.map(({ location, ...properties }) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [location.lng, location.lat] },
        properties,
      })),
    ];
    const parsed = parseFeatures(features);
    expect(parsed.problems).toEqual([]);
    expect(parsed.lines).toHaveLength(3);
    expect(parsed.markers).toHaveLength(20);
  });

  it('gives every marker a side of its line as the one that maintains it', () => {
    const sides = new Map(DEMO_REGISTER.lines.map((l) => [l.code, l.sides as string[]]));
    for (const marker of DEMO_REGISTER.markers) {
      expect(sides.get(marker.lineCode)).toContain(marker.responsibleSide);
    }
  });
});
