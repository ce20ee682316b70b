/** Share links: what they carry besides the scenarios (the client's flag, the language, the plan shown). */
import { expect } from '@open-wc/testing';
import { decodeFragment, encodeScenarios, shareUrl } from './share-link.js';
import type { Scenario } from '../scenario/types.js';

const plan = (hours: string): Scenario => ({
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '62.45',
  projectIndexation: false,
  work: [{ from: '2026-01-01', hoursPerWeek: hours, fullTimeHoursPerWeek: '38', grossHourlyWage: '16.5' }],
});
const PLANS = [plan('8'), plan('16'), plan('19')];
const fragment = (url: string) => url.slice(url.indexOf('#'));

describe('share links: the language and the plan shown', () => {
  it('carries the language and the plan outside the checked value, and reads them back', () => {
    const url = shareUrl('https://example.org/page?x=1#old', PLANS, true, { language: 'fr', plan: 2 });
    expect(url).to.equal(`https://example.org/page?x=1#ips=${encodeScenarios(PLANS)}&ips-lang=fr&ips-plan=2&ips-view=client`);
    const decoded = decodeFragment(fragment(url));
    expect(decoded).to.deep.include({ kind: 'ok', client: true, lang: 'fr', plan: 2 });
    expect(decoded.kind === 'ok' && decoded.scenarios).to.deep.equal(PLANS);
    // The coach's link: no client flag, the same language and plan.
    const coach = decodeFragment(fragment(shareUrl('https://example.org/', PLANS, false, { language: 'de', plan: 0 })));
    expect(coach).to.deep.include({ kind: 'ok', lang: 'de', plan: 0 });
    expect(coach).not.to.have.property('client');
  });

  it('stays backward compatible: without options the link is the one made before', () => {
    expect(shareUrl('https://example.org/', PLANS)).to.equal(`https://example.org/#ips=${encodeScenarios(PLANS)}`);
    expect(shareUrl('https://example.org/', PLANS, true)).to.equal(`https://example.org/#ips=${encodeScenarios(PLANS)}&ips-view=client`);
    const old = decodeFragment(`#ips=${encodeScenarios(PLANS)}&ips-view=client`);
    expect(old).to.deep.include({ kind: 'ok', client: true });
    expect(old).not.to.have.property('lang');
    expect(old).not.to.have.property('plan');
    // An option that is not valid is left out of the link.
    expect(shareUrl('https://example.org/', PLANS, false, { plan: 3 })).not.to.contain('ips-plan');
    expect(shareUrl('https://example.org/', PLANS, false, { plan: 1.5 })).not.to.contain('ips-plan');
    expect(shareUrl('https://example.org/', PLANS, false, { language: 'xx' as 'en' })).not.to.contain('ips-lang');
  });

  for (const nonsense of ['ips-lang=xx', 'ips-lang=', 'ips-lang=FR', 'ips-lang=fr-BE', 'ips-lang=__proto__', 'ips-lang=' + 'f'.repeat(100_000)]) {
    it(`ignores a language that is not one of the four (${nonsense.slice(0, 20)})`, () => {
      const decoded = decodeFragment(`#ips=${encodeScenarios(PLANS)}&${nonsense}&ips-plan=1`);
      expect(decoded).to.deep.include({ kind: 'ok', plan: 1 });
      expect(decoded).not.to.have.property('lang');
    });
  }

  for (const nonsense of ['99', '3', '-1', '1e9', '1e0', 'abc', '', '1.0', '0x1', ' 1', '01', 'NaN', 'Infinity', '9'.repeat(400)]) {
    it(`ignores a plan that is not the index of one of the link's plans (ips-plan=${nonsense.slice(0, 12)})`, () => {
      const decoded = decodeFragment(`#ips=${encodeScenarios(PLANS)}&ips-lang=nl&ips-plan=${nonsense}`);
      expect(decoded).to.deep.include({ kind: 'ok', lang: 'nl' });
      expect(decoded).not.to.have.property('plan');
    });
  }

  it('says nothing of language or plan for a broken link or a page without one', () => {
    expect(decodeFragment(`#ips=0${encodeScenarios(PLANS).slice(1)}&ips-lang=fr&ips-plan=1`)).to.deep.equal({
      kind: 'broken',
      errors: [{ path: '', code: 'INVALID_JSON', params: { detail: 'checksum' } }],
    });
    expect(decodeFragment('#ips-lang=fr&ips-plan=1')).to.deep.equal({ kind: 'none' });
  });
});
