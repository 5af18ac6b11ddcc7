import {
  FINDING_ACTIONS,
  FINDING_STATUSES,
  allowedFindingActions,
  canApplyFindingAction,
  isFinalFindingStatus,
} from './rules';

describe('finding status table', () => {
  it('walks open → assigned → rectifying → submitted, verify decides the rest', () => {
    expect(allowedFindingActions('open')).toEqual(['assign', 'link_dispute', 'link_incident']);
    expect(allowedFindingActions('assigned')).toEqual(['assign', 'start', 'link_dispute', 'link_incident']);
    expect(allowedFindingActions('rectifying')).toEqual(['submit', 'link_dispute', 'link_incident']);
    expect(allowedFindingActions('submitted')).toEqual(['verify', 'link_dispute', 'link_incident']);
  });

  it('allows nothing once closed (销号)', () => {
    expect(isFinalFindingStatus('closed')).toBe(true);
    for (const action of FINDING_ACTIONS) expect(canApplyFindingAction('closed', action)).toBe(false);
  });

  it('lists every allowed action in the table order, and nothing the table refuses', () => {
    for (const status of FINDING_STATUSES) {
      const allowed = allowedFindingActions(status);
      for (const action of FINDING_ACTIONS) {
        expect(allowed.includes(action)).toBe(canApplyFindingAction(status, action));
      }
    }
  });
});
