/**
 * Runtime localisation (@lit/localize): English source, French, Dutch and German loaded on demand.
 * One place configures it; elements call `setLocale` through {@link applyLanguage}.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

export type Language = 'en' | 'fr' | 'nl' | 'de';
export const LANGUAGES: readonly Language[] = ['en', 'fr', 'nl', 'de'];

type Templates = { templates: Record<string, unknown> };

// One literal import per module: bundlers split each into its own chunk. A language is two
// modules (scripts/split-locales.js): the texts of the main file and those of the views loaded on
// demand, fetched together and merged into one table.
const loaders: Record<string, () => Promise<[Templates, Templates]>> = {
  fr: () => Promise.all([import('./generated/locales/fr.js'), import('./generated/locales/fr-views.js')]),
  nl: () => Promise.all([import('./generated/locales/nl.js'), import('./generated/locales/nl-views.js')]),
  de: () => Promise.all([import('./generated/locales/de.js'), import('./generated/locales/de-views.js')]),
};

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) =>
    loaders[locale]().then(([main, views]) => ({ templates: { ...main.templates, ...views.templates } })) as ReturnType<
      Parameters<typeof configureLocalization>[0]['loadLocale']
    >,
});

/** The supported language of a BCP 47 tag ("fr-BE" → "fr", "de-BE" → "de", "nl" → "nl"), else `null`. */
export function languageOf(tag: string | null | undefined): Language | null {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : null;
}

/**
 * The locale used by Intl for a language: Belgian for French, Dutch and German; British English for
 * English (en-BE mixes "1.234,56" with "€1,234.56", which English readers do not expect).
 */
export function intlLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : `${language}-BE`;
}
