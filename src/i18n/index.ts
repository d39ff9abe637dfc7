// Message catalogues (English and Welsh) and the one function that renders a message by id.
import { officeCy, officeEn } from './office';
import { rulesCy, rulesEn } from './rules';
import { uiCy, uiEn } from './ui';

export const LOCALES = ['en', 'cy'] as const;
export type Locale = (typeof LOCALES)[number];
export type Catalogue = Readonly<Record<string, string>>;

const catalogues: Record<Locale, Catalogue> = {
  en: { ...rulesEn, ...officeEn, ...uiEn },
  cy: { ...rulesCy, ...officeCy, ...uiCy },
};

export function catalogue(locale: Locale): Catalogue {
  return catalogues[locale];
}

/** Picks the catalogue for an Outlook display language such as `cy-GB` or `en-US`. */
export function localeFor(displayLanguage: string | undefined): Locale {
  return displayLanguage !== undefined && /^cy\b/i.test(displayLanguage) ? 'cy' : 'en';
}

/** Renders message `id` with `{name}` placeholders filled; Welsh falls back to English per id. */
export function translate(
  locale: Locale,
  id: string,
  params: Readonly<Record<string, string | number | boolean | readonly string[]>> = {},
): string {
  const template = catalogues[locale][id] ?? catalogues.en[id] ?? id;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}
