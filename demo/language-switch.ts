/** The demo pages' language switch: it sets the page's <html lang>, which the element follows. */
export function followLanguageSwitch(select: HTMLSelectElement): void {
  select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
  });
}
