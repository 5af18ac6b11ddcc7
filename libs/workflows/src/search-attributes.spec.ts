import { BOUNDARY_SEARCH_ATTRIBUTES, subjectSearchAttributes } from './search-attributes';

describe('subjectSearchAttributes', () => {
  it('labels a case by its tier and owner township, an incident by its severity and jurisdiction', () => {
    expect(
      subjectSearchAttributes('dispute', { status: 'mediating', tier: 'township', ownerJurisdiction: 'T01' }),
    ).toEqual({ kind: 'dispute', status: 'mediating', tier: 'township', jurisdiction: 'T01' });
    expect(
      subjectSearchAttributes('incident', { status: 'triggered', severity: 'II', jurisdiction: 'D01' }),
    ).toEqual({ kind: 'incident', status: 'triggered', tier: 'II', jurisdiction: 'D01' });
  });

  it('gives a family without tier or jurisdiction its kind and status, and clears the rest', () => {
    expect(subjectSearchAttributes('patrol', { status: 'planned', tier: 3 })).toEqual({
      kind: 'patrol',
      status: 'planned',
      tier: null,
      jurisdiction: null,
    });
  });

  it('names four keyword attributes, all Boundary*', () => {
    expect(Object.values(BOUNDARY_SEARCH_ATTRIBUTES).map((key) => [key.name, key.type])).toEqual([
      ['BoundaryStatus', 'KEYWORD'],
      ['BoundaryTier', 'KEYWORD'],
      ['BoundaryJurisdiction', 'KEYWORD'],
      ['BoundaryKind', 'KEYWORD'],
    ]);
  });
});
