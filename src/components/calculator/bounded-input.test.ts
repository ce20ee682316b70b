import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../localization.js';
import type { IpsBenefitsCalculator } from '../../ips-benefits-calculator.js';
import { checkCode, encodeScenarios } from '../../export/share-link.js';
import { INPUT_LIMITS } from '../../scenario/limits.js';
import { $, $$, EXAMPLE, calculator } from './test-helpers.js';

afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  await setLocale('en');
});

/** The text of `selector` once it contains `text` (translations load asynchronously). */
async function textOnce(el: IpsBenefitsCalculator, selector: string, text: string): Promise<string> {
  await waitUntil(() => $(el, selector)?.textContent?.includes(text), `"${text}" in ${selector}`, { timeout: 15000 });
  return $(el, selector).textContent!;
}

describe('bounded input', () => {
  it('lists the first 20 remarks, then how many more', async () => {
    const unknown = Object.fromEntries(Array.from({ length: 35 }, (_, i) => [`extra${i}`, i]));
    const el = await calculator({ ...EXAMPLE, ...unknown });
    const items = $$(el, '[role="status"] li');
    expect(items.length).to.equal(INPUT_LIMITS.maxRemarks + 1);
    expect(items[0].textContent).to.contain('extra0');
    expect(items.at(-1)!.textContent!.trim()).to.equal('and 15 more');
    await expect(el).to.be.accessible();
  });

  it('says "and N more" in French and Dutch', async () => {
    const unknown = Object.fromEntries(Array.from({ length: 22 }, (_, i) => [`extra${i}`, i]));
    expect((await textOnce(await calculator({ ...EXAMPLE, ...unknown }, 'fr'), '[role="status"] li.more', 'et')).trim()).to.equal('et 2 autres');
    expect((await textOnce(await calculator({ ...EXAMPLE, ...unknown }, 'nl'), '[role="status"] li.more', 'nog')).trim()).to.equal('en nog 2');
  });

  it('cuts a 10 MB unknown field name to 80 characters', async () => {
    const name = 'x'.repeat(10_000_000);
    const el = await calculator({ ...EXAMPLE, [name]: 1 });
    const item = $(el, '[role="status"] li');
    expect(item.textContent!.length).to.be.below(300);
    expect(item.textContent).to.contain(`${'x'.repeat(80)}…:`);
    expect(el.scenario).to.deep.equal(EXAMPLE);
  });

  it('shows control characters and bidirectional overrides in echoed names as escapes', async () => {
    const el = await calculator({ ...EXAMPLE, '\u001b[31mred': 1, 'abc\u202edcba': 2 });
    const text = $$(el, '[role="status"] li').map((li) => li.textContent).join('\n');
    expect(text).to.contain('\\u001b[31mred: The field "\\u001b[31mred" is not known');
    expect(text).to.contain('abc\\u202edcba');
    // eslint-disable-next-line no-control-regex
    expect(text).not.to.match(/[\u001b\u202e]/);
  });

  it('reads only the first 200 characters of `locked`', async () => {
    const el = await fixture<IpsBenefitsCalculator>(
      html`<ips-benefits-calculator no-link-restore .scenario=${EXAMPLE} locked=${`daily-benefit ${' '.repeat(1_000_000)} months`}></ips-benefits-calculator>`,
    );
    expect($<HTMLInputElement>(el, '#dailyBenefit').readOnly).to.be.true;
    expect($<HTMLInputElement>(el, '#months').readOnly).to.be.false;
  });

  it('reads only the first characters of `lang` and of presets', async () => {
    const el = await fixture<IpsBenefitsCalculator>(
      html`<ips-benefits-calculator no-link-restore lang=${`fr-${'x'.repeat(1_000_000)}`} daily-benefit=${'6'.repeat(1_000_000)}></ips-benefits-calculator>`,
    );
    await el.updateComplete;
    expect(el.language).to.equal('fr');
    expect($<HTMLInputElement>(el, '#dailyBenefit').value.length).to.equal(INPUT_LIMITS.maxPresetAttributeLength);
    await textOnce(el, '#dailyBenefit-error', 'trop élevée');
  });
});

describe('prototype pollution', () => {
  it('reads "__proto__" and "constructor" keys as unknown fields, through the property and a link', async () => {
    const text = `{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, ${JSON.stringify(EXAMPLE).slice(1)}`;
    const el = await calculator(JSON.parse(text));
    expect(el.scenario).to.deep.equal(EXAMPLE);
    history.replaceState(null, '', `#ips=${btoa(`[${text}]`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`);
    const linked = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="en"></ips-benefits-calculator>`);
    expect(linked.scenario).to.deep.equal(EXAMPLE);
    expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
    expect((Object.prototype as { polluted?: unknown }).polluted).to.equal(undefined);
  });
});

describe('share links with a check code', () => {
  it('puts a check code before the scenarios and restores the link', async () => {
    const value = encodeScenarios([EXAMPLE]);
    const [code, payload] = value.split('.');
    expect(code).to.match(/^[0-9a-f]{8}$/);
    expect(code).to.equal(checkCode(payload));
    history.replaceState(null, '', `#ips=${value}`);
    const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="en"></ips-benefits-calculator>`);
    expect(el.scenario).to.deep.equal(EXAMPLE);
  });

  it('still reads a link made before the check code', async () => {
    const old = encodeScenarios([EXAMPLE]).split('.')[1];
    history.replaceState(null, '', `#ips=${old}`);
    const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="en"></ips-benefits-calculator>`);
    expect(el.scenario).to.deep.equal(EXAMPLE);
  });

  for (const [name, damage] of [
    ['cut short', (v: string) => v.slice(0, -5)],
    ['one character changed', (v: string) => v.slice(0, 20) + (v[20] === 'A' ? 'B' : 'A') + v.slice(21)],
  ] as const) {
    it(`says that a link ${name} was damaged, in the page's language`, async () => {
      history.replaceState(null, '', `#ips=${damage(encodeScenarios([EXAMPLE, { ...EXAMPLE, months: 24 }]))}`);
      const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang="en"></ips-benefits-calculator>`);
      expect($(el, '[role="alert"]').textContent).to.contain('its check code does not match');
      expect(el.scenarios.length).to.equal(1);
      await expect(el).to.be.accessible();
      el.lang = 'nl';
      await textOnce(el, '[role="alert"]', 'de controlecode klopt niet');
    });
  }
});

describe('the share link and the clipboard', () => {
  const clipboard = navigator.clipboard as Clipboard & { writeText: Clipboard['writeText'] };
  const original = Object.getOwnPropertyDescriptor(clipboard, 'writeText');
  afterEach(() => {
    if (original) Object.defineProperty(clipboard, 'writeText', original);
    else delete (clipboard as { writeText?: unknown }).writeText;
  });

  async function share(el: IpsBenefitsCalculator): Promise<string> {
    setTimeout(() => $(el, '#share').click());
    const { detail } = await oneEvent(el, 'ips-share');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    return detail.url;
  }

  it('says politely that the link was copied', async () => {
    let copied = '';
    Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async (text: string) => void (copied = text) });
    const el = await calculator(EXAMPLE);
    expect($(el, '#share-status').textContent!.trim()).to.equal('');
    const url = await share(el);
    expect(copied).to.equal(url);
    const status = $(el, '#share-status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.getAttribute('aria-live')).to.equal('polite');
    expect(status.textContent).to.contain('The link was copied');
    await expect(el).to.be.accessible();
  });

  it('says to copy the link by hand when the browser refuses', async () => {
    Object.defineProperty(clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new Error('denied')) });
    const el = await calculator(EXAMPLE, 'fr');
    await share(el);
    await textOnce(el, '#share-status', 'copiez-le');
  });
});
