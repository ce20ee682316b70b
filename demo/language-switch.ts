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
