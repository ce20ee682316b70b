/**
 * The demo pages' own texts (not the element's: those are in locales/), in the four languages, and
 * the page's language menu. Each text is an element with `data-text="key"` (or `data-label` for an
 * aria-label); the page's <title> is the key `title` of the page. They follow the page's
 * <html lang>, which the element follows too ("fr-BE" is French).
 */
type Language = 'en' | 'fr' | 'nl' | 'de';
type Texts = Record<string, Record<Language, string>>;

const TEXTS: Texts = {
  'coach.title': {
    en: 'IPS benefits calculator — coach’s page',
    fr: 'Calculateur IPS des indemnités — page du job coach',
    nl: 'IPS-rekenhulp voor de uitkering — pagina van de jobcoach',
    de: 'IPS-Rechner für das Krankengeld — Seite des Jobcoachs',
  },
  'nav.coach': { en: 'Coach', fr: 'Job coach', nl: 'Jobcoach', de: 'Jobcoach' },
  'nav.client': { en: 'Client view', fr: 'Vue du client', nl: 'Weergave voor de cliënt', de: 'Ansicht für den Klienten' },
  'nav.portal': { en: 'Insurer portal', fr: 'Portail de la mutualité', nl: 'Portaal van het ziekenfonds', de: 'Portal der Krankenkasse' },
  'coach.clientLink': {
    en: 'Client view of this scenario:',
    fr: 'Vue du client pour ce scénario\u00a0:',
    nl: 'Weergave voor de cliënt van dit scenario:',
    de: 'Ansicht für den Klienten mit diesem Szenario:',
  },
  'coach.openReadOnly': { en: 'open it read-only', fr: 'l’ouvrir en lecture seule', nl: 'openen zonder te wijzigen', de: 'ohne Änderungen öffnen' },
  'client.title': {
    en: 'IPS benefits calculator — client’s view',
    fr: 'Calculateur IPS des indemnités — vue du client',
    nl: 'IPS-rekenhulp voor de uitkering — weergave voor de cliënt',
    de: 'IPS-Rechner für das Krankengeld — Ansicht für den Klienten',
  },
  'client.brand': {
    en: 'Your forecast, prepared with your job coach',
    fr: 'Votre prévision, préparée avec votre job coach',
    nl: 'Uw raming, opgemaakt met uw jobcoach',
    de: 'Ihre Berechnung, vorbereitet mit Ihrem Jobcoach',
  },
  'client.note': {
    en: 'This page shows the scenario in its link (after the #). Nothing is sent to a server. Without a link, it shows an example.',
    fr: 'Cette page montre le scénario contenu dans son lien (après le #). Rien n’est envoyé à un serveur. Sans lien, elle montre un exemple.',
    nl: 'Deze pagina toont het scenario uit haar link (na het #-teken). Er wordt niets naar een server gestuurd. Zonder link ziet u een voorbeeld.',
    de: 'Diese Seite zeigt das Szenario aus ihrem Link (nach dem #). Es wird nichts an einen Server gesendet. Ohne Link zeigt sie ein Beispiel.',
  },
  'portal.title': {
    en: 'Example Mutual — Part-time work calculator',
    fr: 'Mutualité Exemple — Simulateur de reprise partielle',
    nl: 'Voorbeeldziekenfonds — Rekenhulp voor gedeeltelijke werkhervatting',
    de: 'Beispiel-Krankenkasse — Rechner für die teilweise Wiederaufnahme der Arbeit',
  },
  'portal.logo': { en: 'Example Mutual', fr: 'Mutualité Exemple', nl: 'Voorbeeldziekenfonds', de: 'Beispiel-Krankenkasse' },
  'portal.languages': { en: 'Language', fr: 'Langue', nl: 'Taal', de: 'Sprache' },
  'portal.space': { en: 'My account', fr: 'Mon espace', nl: 'Mijn ruimte', de: 'Mein Bereich' },
  'portal.lead': {
    en: 'Going back to work part-time, with the medical advisor’s authorisation? See what you would receive.',
    fr: 'Vous reprenez le travail à temps partiel avec l’accord du médecin-conseil\u00a0? Calculez ce que vous recevrez.',
    nl: 'Gaat u deeltijds weer aan het werk, met de toelating van de adviserend arts? Bereken wat u zult ontvangen.',
    de: 'Sie nehmen die Arbeit in Teilzeit wieder auf, mit der Erlaubnis des Vertrauensarztes? Berechnen Sie, was Sie erhalten.',
  },
  'portal.log': {
    en: 'Event log (analytics kept on this page)',
    fr: 'Journal des événements (analyse gardée sur cette page)',
    nl: 'Logboek van de gebeurtenissen (analyse die op deze pagina blijft)',
    de: 'Ereignisprotokoll (Auswertung, die auf dieser Seite bleibt)',
  },
};

/** The page's language among the four ("nl-BE" → "nl"); English otherwise. */
export function pageLanguage(): Language {
  const base = document.documentElement.lang.toLowerCase().split(/[-_]/)[0];
  return (['en', 'fr', 'nl', 'de'] as const).find((l) => l === base) ?? 'en';
}

/** Writes the page's texts in its language, now and whenever <html lang> changes. */
export function translatePage(titleKey: string): void {
  const apply = () => {
    const language = pageLanguage();
    document.title = TEXTS[titleKey][language];
    for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = TEXTS[el.dataset.text!][language];
    for (const el of document.querySelectorAll<HTMLElement>('[data-label]')) el.setAttribute('aria-label', TEXTS[el.dataset.label!][language]);
  };
  apply();
  new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}
