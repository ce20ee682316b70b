/** The demo pages' language menu: it sets the page's <html lang>, which the element and the page's texts follow. */
import { pageLanguage } from './texts.js';

export function followLanguageSwitch(select: HTMLSelectElement): void {
  // "nl-BE" shows "Nederlands"; the menu follows a language set by other means too.
  const show = () => (select.value = pageLanguage());
  show();
  new MutationObserver(show).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
  });
}

/**
 * The page opens in the language of the share link in its address (`#ips=…&ips-lang=fr`), as the
 * element does: its <html lang> is set from it, so the menu and the page's texts follow too. A
 * link without a language (or with another value) leaves the page's language as it is; so does a
 * link opened later in the same page without one.
 */
export function followLinkLanguage(): void {
  const apply = () => {
    const params = new URLSearchParams(location.hash.slice(1));
    const lang = params.has('ips') ? params.get('ips-lang') : null;
    if (lang === 'en' || lang === 'fr' || lang === 'nl' || lang === 'de') document.documentElement.lang = lang;
  };
  apply();
  window.addEventListener('hashchange', apply);
}
