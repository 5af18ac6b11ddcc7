import { USERS, fakeOrganisation } from '../../../../test/support/fakes';

describe('OrganisationService scopes: what each role may see', () => {
  const { organisation } = fakeOrganisation();

  it.each([
    ['a mediator', USERS.mediatorA, { ownerJurisdiction: 'T01' }, { jurisdictions: ['T01', 'D01'] }],
    ['the bureau', USERS.bureau, { district: 'D01' }, { district: 'D01' }],
    ['a leader', USERS.leader, { district: 'D01' }, { district: 'D01' }],
    ['admin', USERS.admin, {}, {}],
  ])('%s', (_, principal, cases, incidents) => {
    expect(organisation.scopeOf(principal)).toEqual(cases);
    expect(organisation.incidentScopeOf(principal)).toEqual(incidents);
  });

  it('gives a user without a jurisdiction a scope that matches nothing, never everything', () => {
    const mediator = { ...USERS.mediatorA, jurisdiction: null, district: null };
    const bureau = { ...USERS.bureau, jurisdiction: null, district: null };
    expect(organisation.scopeOf(mediator)).toEqual({ ownerJurisdiction: '\u0000' });
    expect(organisation.incidentScopeOf(mediator)).toEqual({ jurisdictions: ['\u0000', '\u0000'] });
    expect(organisation.scopeOf(bureau)).toEqual({ district: '\u0000' });
  });

  it("falls back to a leader's jurisdiction when the token names no district", () => {
    expect(organisation.scopeOf({ ...USERS.leader, district: null })).toEqual({ district: 'D01' });
  });
});

describe('OrganisationService for cross-county cases', () => {
  const { organisation } = fakeOrganisation();

  it('adds the sides, the referrals and the joint group to what each role reads', () => {
    expect(organisation.caseScopeOf(USERS.mediatorA)).toEqual({
      ownerJurisdiction: 'T01',
      member: 'mediator.a',
    });
    expect(organisation.caseScopeOf(USERS.bureau)).toEqual({
      district: 'D01',
      bureauOf: 'D01',
      member: 'bureau',
    });
    expect(organisation.caseScopeOf(USERS.leader)).toEqual({ district: 'D01', member: 'leader' });
    expect(organisation.caseScopeOf(USERS.admin)).toEqual({});
  });

  it('names the county-level sides of places, once each, and their common superior', async () => {
    expect(await organisation.sidesOf(['D01', 'T01', 'T02', 'N0101', 'C01'])).toEqual(['D01', 'N01']);
    expect(await organisation.commonSuperior(['D01', 'N01'])).toBe('C01');
    expect(await organisation.commonSuperior(['D01'])).toBe('C01');
    expect(await organisation.commonSuperior(['D01', 'D02'])).toBeUndefined();
  });
});

describe('OrganisationService over the jurisdiction tree', () => {
  it('finds districts and townships', async () => {
    const { organisation } = fakeOrganisation();
    expect(await organisation.districtOf('T02')).toBe('D01');
    expect(await organisation.districtOf('D02')).toBe('D02');
    expect(await organisation.districtOf('X99')).toBeUndefined();
    expect(await organisation.townshipsOf('D01')).toEqual(['T01', 'T02']);
    expect(await organisation.townshipsOf('N01')).toEqual(['N0101']);
    expect((await organisation.find('T03'))?.parentCode).toBe('D02');
  });

  it('lists the tree by code with names, and responsible persons only where named', async () => {
    const { organisation } = fakeOrganisation();
    const listed = await organisation.list();
    expect(listed.map((j) => j.code)).toEqual(['C01', 'D01', 'D02', 'N01', 'N0101', 'T01', 'T02', 'T03']);
    expect(JSON.parse(JSON.stringify(listed[1]))).toEqual({
      code: 'D01',
      name: 'D01名',
      level: 'district',
      parentCode: 'C01',
    });
  });

  it('reads the tree once a minute, not once per request', async () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    try {
      const { organisation, repository } = fakeOrganisation();
      await organisation.find('T01');
      await organisation.districtOf('T02');
      now.mockReturnValue(1_000_000 + 60_000);
      await organisation.list();
      expect(repository.allJurisdictions).toHaveBeenCalledTimes(1);
      now.mockReturnValue(1_000_000 + 60_001);
      await organisation.find('T01');
      expect(repository.allJurisdictions).toHaveBeenCalledTimes(2);
    } finally {
      now.mockRestore();
    }
  });
});
