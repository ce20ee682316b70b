import { expect } from '@open-wc/testing';
import { Dec } from '../decimal.js';
import { cumulationRuleAt } from './index.js';
import { occupationReduction, reducedDailyBenefit } from './salaried-2018.js';

interface WorkedExample {
  id: string;
  source: string;
  q: string;
  s: string;
  dailyBenefit?: string;
  reductionPercent?: number;
  reducedDailyBenefit?: string;
  keptPercent?: number;
  monthlyBenefit?: string;
  reducedMonthlyBenefit?: string;
}

describe('art. 230 §1 AR 3 July 1996 on the published worked examples (test/fixtures/worked-examples.json)', () => {
  let cases: WorkedExample[] = [];
  before(async () => {
    const response = await fetch(new URL('../../../test/fixtures/worked-examples.json', import.meta.url));
    cases = (await response.json()).cases;
  });

  it('reads every published case', () => {
    expect(cases.length).to.equal(7);
  });

  it('gives each source its reduction, kept percentage and reduced amounts', () => {
    for (const c of cases) {
      const r = occupationReduction(new Dec(c.q), new Dec(c.s), '2026-01-01');
      if (c.reductionPercent !== undefined) {
        expect(r.reductionPercent, `${c.id} (${c.source})`).to.equal(c.reductionPercent);
      }
      if (c.keptPercent !== undefined) expect(100 - r.reductionPercent, c.id).to.equal(c.keptPercent);
      if (c.dailyBenefit && c.reducedDailyBenefit) {
        expect(reducedDailyBenefit(new Dec(c.dailyBenefit), r.reductionPercent, 2).eq(c.reducedDailyBenefit), c.id).to.be.true;
      }
      if (c.monthlyBenefit && c.reducedMonthlyBenefit) {
        // De Tijd applies the reduction to the whole monthly benefit: the same as per day × days.
        expect(reducedDailyBenefit(new Dec(c.monthlyBenefit), r.reductionPercent, 2).eq(c.reducedMonthlyBenefit), c.id).to.be.true;
      }
    }
  });
});

/** Cases as data: the name states the rule, the output asserts each step of the computation. */
const BOUNDARY_CASES = [
  {
    name: 'at exactly 20 % (7.6 h of 38 h) the full benefit is kept',
    q: '7.6', s: '38', fraction: '20', excess: '0', reduction: 0, truncated: null,
  },
  {
    name: 'just above 20 % (8 h of 38 h = 21.05 %) the excess 1.05 rounds down to 1 %',
    q: '8', s: '38', fraction: '21.05263157894736842105263157894736842105', excess: '1.05', reduction: 1, truncated: null,
  },
  {
    name: '10.5 h of 38 h: excess 7.63 rounds up to 8 % (first decimal 6)',
    q: '10.5', s: '38', fraction: '27.63157894736842105263157894736842105263', excess: '7.63', reduction: 8, truncated: null,
  },
  {
    name: '19.19 h of 38 h = 50.50 %: excess 30.50 rounds half up to 31 %',
    q: '19.19', s: '38', fraction: '50.5', excess: '30.5', reduction: 31, truncated: null,
  },
  {
    name: '24 h of 38 h: excess 43.16 gives 43 %',
    q: '24', s: '38', fraction: '63.15789473684210526315789473684210526316', excess: '43.16', reduction: 43, truncated: null,
  },
  {
    name: 'no hours (Q = 0): no reduction',
    q: '0', s: '38', fraction: '0', excess: '0', reduction: 0, truncated: null,
  },
  {
    name: 'full time (Q = S): the reduction is 80 %',
    q: '38', s: '38', fraction: '100', excess: '80', reduction: 80, truncated: null,
  },
  {
    name: 'an excess of 30.495 is 30.50 to the hundredth (31 %), but 30.49 if truncated (30 %): the text does not settle it',
    q: '19.1881', s: '38', fraction: '50.495', excess: '30.5', reduction: 31, truncated: 30,
  },
];

describe('art. 230 §1: fraction → excess → whole-percent reduction', () => {
  for (const c of BOUNDARY_CASES) {
    it(c.name, () => {
      const r = occupationReduction(new Dec(c.q), new Dec(c.s), '2024-06-01');
      expect(r.occupationPercent.toString()).to.equal(c.fraction);
      expect(r.excessPercent.toString()).to.equal(c.excess);
      expect(r.reductionPercent).to.equal(c.reduction);
      expect(r.reductionPercentIfTruncated).to.equal(c.truncated);
      expect(r.exemptedPercent.toString()).to.equal('20');
      expect(r.reference.title).to.contain('Art. 230');
    });
  }

  it('caps the reduction at 100 % when Q is above S and says so', () => {
    const r = occupationReduction(new Dec('50'), new Dec('38'), '2024-06-01');
    expect(r.aboveFullTime).to.be.true;
    expect(r.reductionPercent).to.equal(100);
  });

  it('reduces the daily amount and rounds it half up to the cent (62.45 € − 13 % = 54.33 €)', () => {
    expect(reducedDailyBenefit(new Dec('62.45'), 13, 2).toString()).to.equal('54.33');
    expect(reducedDailyBenefit(new Dec('60'), 30, 2).toString()).to.equal('42');
    expect(reducedDailyBenefit(new Dec('50.05'), 10, 2).toString()).to.equal('45.05');
  });
});

describe('rule in force by date', () => {
  it('applies from 1 April 2018 and has no rule for the day before (income tranches, not encoded)', () => {
    expect(cumulationRuleAt('2018-03-31')).to.equal(undefined);
    expect(cumulationRuleAt('2018-04-01')?.id).to.equal('art230-2018');
    expect(cumulationRuleAt('2026-11-23')?.id).to.equal('art230-2018');
  });
});
