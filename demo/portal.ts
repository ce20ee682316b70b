// An insurer's portal under a strict Content-Security-Policy: its own language buttons set the
// element's lang, and its "analytics" only record the element's events on the page.
import '../src/ips-benefits-calculator.js';
import { pageLanguage, translatePage } from './texts.js';

const calculator = document.querySelector('ips-benefits-calculator')!;
const log = document.querySelector('#event-log')!;

const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-lang]')];
// The language shown is the pressed button ("fr-BE" presses FR).
const press = () => buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === pageLanguage())));
for (const button of buttons) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang!;
  });
}
translatePage('portal.title');
press();
new MutationObserver(press).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

const record = (text: string) => {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString(document.documentElement.lang || undefined)} — ${text}`;
  log.prepend(item);
  while (log.children.length > 8) log.lastElementChild!.remove();
};
calculator.addEventListener('ips-forecast-change', (e) => record(`ips-forecast-change (${e.detail.forecast ? 'ok' : 'errors'})`));
calculator.addEventListener('ips-export', (e) => record(`ips-export: ${e.detail.format}`));
calculator.addEventListener('ips-share', () => record('ips-share'));
calculator.addEventListener('ips-import', (e) => record(`ips-import: ${e.detail.source}`));
document.addEventListener('securitypolicyviolation', (e) => record(`CSP violation: ${e.violatedDirective}`));
