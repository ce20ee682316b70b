import { expect } from '@open-wc/testing';
import { validateScenario, type ValidationIssue } from './validate.js';

const VALID = {
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '62.45',
  work: [{ from: '2026-02-01', hoursPerWeek: '12', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.50' }],
};

function errorsOf(patch: Record<string, unknown>, stepPatch?: Record<string, unknown>): ValidationIssue[] {
  const work = stepPatch ? [{ ...VALID.work[0], ...stepPatch }] : VALID.work;
  const result = validateScenario({ ...VALID, work, ...patch });
  return result.ok ? [] : result.errors;
}

/** Each case: the sentence, the change, and the one error expected at its path. */
const ERROR_CASES: { name: string; patch?: Record<string, unknown>; step?: Record<string, unknown>; path: string; code: string; params?: Record<string, unknown> }[] = [
  { name: 'an unknown version is refused', patch: { version: 2 }, path: 'version', code: 'UNKNOWN_VERSION' },
  { name: 'a missing version is refused', patch: { version: undefined }, path: 'version', code: 'REQUIRED' },
  { name: 'an unknown scheme is refused', patch: { scheme: 'civil-servant' }, path: 'scheme', code: 'UNKNOWN_SCHEME' },
  { name: 'a missing daily benefit is refused', patch: { dailyBenefit: '' }, path: 'dailyBenefit', code: 'REQUIRED' },
  { name: 'a negative daily benefit is refused', patch: { dailyBenefit: '-5' }, path: 'dailyBenefit', code: 'NEGATIVE' },
  { name: 'a zero daily benefit is refused', patch: { dailyBenefit: '0' }, path: 'dailyBenefit', code: 'MUST_BE_POSITIVE' },
  { name: 'a word as daily benefit is refused', patch: { dailyBenefit: 'sixty' }, path: 'dailyBenefit', code: 'NOT_A_NUMBER' },
  { name: 'a huge daily benefit is refused', patch: { dailyBenefit: 1e308 }, path: 'dailyBenefit', code: 'TOO_LARGE', params: { max: '1000' } },
  { name: 'an object as daily benefit is refused', patch: { dailyBenefit: { a: 1 } }, path: 'dailyBenefit', code: 'WRONG_TYPE' },
  { name: 'a start that is not YYYY-MM is refused', patch: { start: '01/2026' }, path: 'start', code: 'BAD_MONTH' },
  { name: 'month 13 is refused', patch: { start: '2026-13' }, path: 'start', code: 'BAD_MONTH' },
  { name: 'a start in 1990 is refused', patch: { start: '1990-01' }, path: 'start', code: 'DATE_OUT_OF_RANGE' },
  { name: 'a forecast starting before 2012 is not supported', patch: { start: '2011-12' }, path: 'start', code: 'PERIOD_NOT_SUPPORTED', params: { firstSupported: '2012-01-01' } },
  { name: 'salaried work in 2013 to March 2018 is not supported (indexed tranche amounts unknown)', patch: { start: '2015-01' }, step: { from: '2015-02-01' }, path: 'work[0].from', code: 'PERIOD_NOT_SUPPORTED', params: { from: '2015-02-01' } },
  { name: 'salaried work continuing from 2012 into 2013 is refused from 1 January 2013', patch: { start: '2012-11', months: 3 }, step: { from: '2012-11-01' }, path: 'work[0].from', code: 'PERIOD_NOT_SUPPORTED', params: { from: '2013-01-01' } },
  { name: 'an unknown kind of work is refused', step: { kind: 'intern' }, path: 'work[0].kind', code: 'UNKNOWN_OPTION' },
  { name: 'a volunteer step has no wage (volunteering is unpaid)', step: { kind: 'volunteer', fullTimeHoursPerWeek: undefined }, path: 'work[0].grossHourlyWage', code: 'NOT_FOR_KIND', params: { kind: 'volunteer' } },
  { name: 'an expense allowance belongs to a volunteer step only', step: { allowancePerDay: '20' }, path: 'work[0].allowancePerDay', code: 'NOT_FOR_KIND', params: { kind: 'employee' } },
  { name: 'a volunteer allowance a day above 1 000 € is a typing error', step: { kind: 'volunteer', grossHourlyWage: undefined, allowancePerDay: '2000' }, path: 'work[0].allowancePerDay', code: 'TOO_LARGE', params: { max: '1000' } },
  { name: 'a volunteer allowance a year above 100 000 € is a typing error', step: { kind: 'volunteer', grossHourlyWage: undefined, allowancePerYear: '1000000' }, path: 'work[0].allowancePerYear', code: 'TOO_LARGE', params: { max: '100000' } },
  { name: 'a negative volunteer allowance is refused', step: { kind: 'volunteer', grossHourlyWage: undefined, allowancePerYear: '-5' }, path: 'work[0].allowancePerYear', code: 'NEGATIVE' },
  { name: 'a volunteer allowance must be a number', step: { kind: 'volunteer', grossHourlyWage: undefined, allowancePerDay: 'twenty' }, path: 'work[0].allowancePerDay', code: 'NOT_A_NUMBER' },
  { name: 'an estimate without the lost wage is refused', patch: { dailyBenefit: undefined, benefitEstimate: { incapacityStart: '2025-03-01', familySituation: 'single' } }, path: 'benefitEstimate.lostGrossMonthlyWage', code: 'WAGE_MISSING' },
  { name: 'an estimate with an unknown family situation is refused', patch: { dailyBenefit: undefined, benefitEstimate: { incapacityStart: '2025-03-01', familySituation: 'alone', lostGrossMonthlyWage: '3000' } }, path: 'benefitEstimate.familySituation', code: 'UNKNOWN_OPTION' },
  { name: 'the estimate is refused for the self-employed scheme', patch: { scheme: 'self-employed', dailyBenefit: undefined, benefitEstimate: { incapacityStart: '2025-03-01', familySituation: 'single', lostGrossMonthlyWage: '3000' } }, path: 'benefitEstimate', code: 'NOT_FOR_SCHEME' },
  { name: 'a self-employed income year must be a year', patch: { selfEmployed: { netTaxableIncome: { last: '12000' } } }, path: 'selfEmployed.netTaxableIncome.last', code: 'BAD_YEAR' },
  { name: 'zero months are refused', patch: { months: 0 }, path: 'months', code: 'TOO_FEW_MONTHS' },
  { name: 'more than 120 months are refused', patch: { months: 121 }, path: 'months', code: 'TOO_MANY_MONTHS', params: { max: 120 } },
  { name: '1e308 months are too many months', patch: { months: 1e308 }, path: 'months', code: 'TOO_MANY_MONTHS' },
  { name: 'a fraction of a month is refused', patch: { months: 2.5 }, path: 'months', code: 'NOT_AN_INTEGER' },
  { name: 'work that is not a list is refused', patch: { work: 'lots' }, path: 'work', code: 'NOT_A_LIST' },
  { name: 'a step that is not an object is refused', patch: { work: [42] }, path: 'work[0]', code: 'NOT_AN_OBJECT' },
  { name: 'hours above full time are refused', step: { hoursPerWeek: '40' }, path: 'work[0].hoursPerWeek', code: 'HOURS_ABOVE_FULL_TIME', params: { hours: '40', fullTime: '38' } },
  { name: 'negative hours are refused', step: { hoursPerWeek: '-1' }, path: 'work[0].hoursPerWeek', code: 'NEGATIVE' },
  { name: 'full-time hours of zero (S = 0) are refused', step: { fullTimeHoursPerWeek: '0' }, path: 'work[0].fullTimeHoursPerWeek', code: 'MUST_BE_POSITIVE' },
  { name: 'a step without wage is refused', step: { grossHourlyWage: undefined }, path: 'work[0].grossHourlyWage', code: 'WAGE_MISSING' },
  { name: 'a step with two wages is refused', step: { grossMonthlyWage: '1200' }, path: 'work[0].grossMonthlyWage', code: 'WAGE_TWICE' },
  { name: 'a step with an impossible date is refused', step: { from: '2026-02-30' }, path: 'work[0].from', code: 'BAD_DATE' },
  { name: 'a step dated before April 2018 applies from the first month of the forecast', patch: { start: '2018-04', months: 6 }, step: { from: '2018-02-01', hoursPerWeek: '50' }, path: 'work[0].hoursPerWeek', code: 'HOURS_ABOVE_FULL_TIME' },
];

describe('validateScenario', () => {
  it('accepts the documented example and normalises it', () => {
    const result = validateScenario(VALID);
    expect(result.ok).to.be.true;
    if (result.ok) {
      expect(result.scenario.work[0].grossHourlyWage).to.equal('16.5');
      expect(result.warnings).to.deep.equal([]);
    }
  });

  for (const c of ERROR_CASES) {
    it(c.name, () => {
      const errors = errorsOf(c.patch ?? {}, c.step);
      expect(errors.map((e) => `${e.path}:${e.code}`)).to.deep.equal([`${c.path}:${c.code}`]);
      if (c.params) expect(errors[0].params).to.deep.include(c.params);
    });
  }

  it('refuses steps whose dates are not in order, at the later step', () => {
    const errors = errorsOf({
      work: [
        { from: '2026-05-01', hoursPerWeek: '8', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' },
        { from: '2026-03-01', hoursPerWeek: '16', fullTimeHoursPerWeek: '38', grossHourlyWage: '15' },
      ],
    });
    expect(errors).to.deep.equal([{ path: 'work[1].from', code: 'DATES_NOT_ORDERED', params: { previous: '2026-05-01' } }]);
  });

  it('never throws, whatever it is given', () => {
    const hostile = { toString: '', valueOf: 3 };
    for (const raw of [null, undefined, 0, 'x', [], [1], true, { version: 1 }, { version: 1, work: [null, {}, []] }, Object.create(null), { version: hostile }, { ...VALID, scheme: hostile }, { ...VALID, scheme: Object.create(null) }]) {
      const result = validateScenario(raw);
      expect(result.ok).to.be.false;
    }
  });

  it('reports every bad field at once, keeping the good ones apart', () => {
    const errors = errorsOf({ dailyBenefit: '-1', months: 0 }, { hoursPerWeek: 'abc' });
    expect(errors.map((e) => e.path)).to.deep.equal(['months', 'dailyBenefit', 'work[0].hoursPerWeek']);
  });

  it('reads comma decimals, numbers and spaces ("12,5", 16.5, " 38 ")', () => {
    const result = validateScenario({ ...VALID, dailyBenefit: '62,45', work: [{ from: '2026-02-01', hoursPerWeek: '12,5', fullTimeHoursPerWeek: ' 38 ', grossHourlyWage: 16.5 }] });
    expect(result.ok).to.be.true;
    if (result.ok) {
      expect(result.scenario.dailyBenefit).to.equal('62.45');
      expect(result.scenario.work[0]).to.deep.equal({ from: '2026-02-01', hoursPerWeek: '12.5', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.5' });
    }
  });

  it('accepts a step that ends work without S or wage', () => {
    const result = validateScenario({ ...VALID, work: [...VALID.work, { from: '2026-06-01', hoursPerWeek: '0' }] });
    expect(result.ok).to.be.true;
  });

  it('accepts a volunteer step with its hours and allowances, without S or wage, and keeps them', () => {
    const step = { from: '2026-02-01', kind: 'volunteer', hoursPerWeek: '6', allowancePerDay: '25,50', allowancePerYear: 900 };
    const result = validateScenario({ ...VALID, work: [step] });
    expect(result.ok).to.be.true;
    if (result.ok) {
      expect(result.scenario.work[0]).to.deep.equal({ from: '2026-02-01', hoursPerWeek: '6', kind: 'volunteer', allowancePerDay: '25.5', allowancePerYear: '900' });
      expect(result.input.work[0].wage).to.equal(null);
      expect(result.input.work[0].allowancePerDay?.toString()).to.equal('25.5');
    }
  });

  it('accepts volunteering in 2013 to March 2018, where salaried work is not computed', () => {
    const result = validateScenario({ ...VALID, start: '2015-01', work: [{ from: '2015-02-01', kind: 'volunteer', hoursPerWeek: '4' }] });
    expect(result.ok).to.be.true;
  });

  it('ignores unknown fields but reports them as warnings', () => {
    const result = validateScenario({ ...VALID, colour: 'blue' });
    expect(result.ok).to.be.true;
    expect(result.warnings).to.deep.equal([{ path: 'colour', code: 'UNKNOWN_FIELD', params: { field: 'colour' } }]);
  });
});
