import { expect } from '@open-wc/testing';
import { exemptedOccupationPercent } from './cumulation.js';
import { firstDate, requireValueAt, valueAt, type Parameter } from './parameter.js';

const REF = { title: 'test', status: 'inferred' as const };
const STEPPED: Parameter<string> = {
  id: 'test.stepped',
  description: 'a parameter that changes twice and then ends',
  unit: 'euro',
  values: {
    '2020-01-01': { value: 'a', reference: REF },
    '2022-03-01': { value: 'b', reference: REF },
    '2024-01-01': null,
  },
};

describe('dated parameters', () => {
  it('has no value before its first date', () => {
    expect(valueAt(STEPPED, '2019-12-31')).to.equal(undefined);
  });
  it('takes the row in force on each side of a change', () => {
    expect(valueAt(STEPPED, '2020-01-01')?.value).to.equal('a');
    expect(valueAt(STEPPED, '2022-02-28')?.value).to.equal('a');
    expect(valueAt(STEPPED, '2022-03-01')?.value).to.equal('b');
  });
  it('ends where a null row stands', () => {
    expect(valueAt(STEPPED, '2023-12-31')?.value).to.equal('b');
    expect(valueAt(STEPPED, '2024-01-01')).to.equal(undefined);
    expect(() => requireValueAt(STEPPED, '2024-06-01')).to.throw(/test.stepped/);
  });
  it('dates the 20 % exemption from 1 April 2018 with its legal source', () => {
    expect(firstDate(exemptedOccupationPercent)).to.equal('2018-04-01');
    const row = requireValueAt(exemptedOccupationPercent, '2026-01-01');
    expect(row.value).to.equal('20');
    expect(row.reference.href).to.match(/^https:\/\/www\.riziv\.fgov\.be\//);
    expect(row.reference.status).to.equal('official');
  });
});
