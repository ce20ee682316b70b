import { expect } from '@open-wc/testing';
import { validateScenario } from '../../../scenario/validate.js';
import type { Scenario } from '../../../scenario/types.js';
import { draftFromScenario, planScenario } from './draft.js';
import { calculator } from '../test-helpers.js';

// Volunteering before paid work, with its allowances: it must survive the form's draft (a share
// link or the `scenario` property goes through it) without gaining a wage or losing its allowances.
const VOLUNTEER_FIRST: Scenario = {
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 6,
  dailyBenefit: '58.2',
  projectIndexation: false,
  work: [
    { from: '2026-01-05', hoursPerWeek: '6', kind: 'volunteer', allowancePerDay: '30', allowancePerYear: '1200' },
    { from: '2026-03-02', hoursPerWeek: '8', fullTimeHoursPerWeek: '38', grossHourlyWage: '15.8' },
  ],
};

describe('the form draft of a volunteer step', () => {
  it('goes back to the same scenario: no S or wage for the volunteer, its allowances kept', () => {
    const result = validateScenario(planScenario(draftFromScenario(VOLUNTEER_FIRST), 0));
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.be.true;
    if (result.ok) expect(result.scenario).to.deep.equal(VOLUNTEER_FIRST);
  });

  it('leaves the allowances out when none was typed', () => {
    const draft = draftFromScenario({ ...VOLUNTEER_FIRST, work: [{ from: '2026-01-05', hoursPerWeek: '6', kind: 'volunteer' }] });
    expect((planScenario(draft, 0).work as object[])[0]).to.deep.equal({ from: '2026-01-05', hoursPerWeek: '6', kind: 'volunteer' });
  });

  it('is read by the element as it is (scenario property)', async () => {
    const el = await calculator(VOLUNTEER_FIRST);
    expect(el.scenario).to.deep.equal(VOLUNTEER_FIRST);
  });
});
