import { expect } from '@open-wc/testing';
import { draftFromScenario } from '../form/draft.js';
import { computePlans } from './plan-result.js';
import { EXAMPLE } from '../test-helpers.js';

describe('computePlans', () => {
  const base = draftFromScenario(EXAMPLE);
  const draft = { ...base, plans: [base.plans[0], { steps: base.plans[0].steps.map((s) => ({ ...s, hours: '20' })) }] };

  it('keeps the result of a plan whose scenario did not change, and recomputes the one edited', () => {
    const first = computePlans(draft);
    const edited = { ...draft, plans: [draft.plans[0], { steps: draft.plans[1].steps.map((s, i) => (i === 0 ? { ...s, hours: '24' } : s)) }] };
    const second = computePlans(edited, first);
    expect(second[0]).to.equal(first[0]);
    expect(second[1]).not.to.equal(first[1]);
    expect(second[1].result.ok && second[1].result.scenario.work[0].hoursPerWeek).to.equal('24');
  });

  it('recomputes every plan when a shared field changes, and finds a plan moved to another place', () => {
    const first = computePlans(draft);
    const changed = computePlans({ ...draft, dailyBenefit: '60' }, first);
    expect(changed.every((p, i) => p !== first[i])).to.be.true;
    const swapped = computePlans({ ...draft, plans: [draft.plans[1]] }, first);
    expect(swapped[0].index).to.equal(0);
    expect(swapped[0].result).to.equal(first[1].result);
  });
});
