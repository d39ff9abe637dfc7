// Domain normalisation shared by policy entries and recipients: case, trailing dots, IDN to punycode.
import { toASCII, toUnicode } from 'punycode/';

/** Ideographic and full-width full stops that IDNA treats as dots. */
const IDEOGRAPHIC_DOTS = /[\u3002\uFF0E\uFF61]/g;

/**
 * The ASCII (punycode) form of a domain, lower case, without trailing dots or surrounding space:
 * `Exämple.ORG.` becomes `xn--exmple-cua.org`. Input that punycode cannot encode is returned lower-cased.
 */
export function normaliseDomain(raw: string): string {
  const text = raw
    .trim()
    .replace(IDEOGRAPHIC_DOTS, '.')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\.+$/, '');
  if (!/[^\u0020-\u007e]/.test(text)) return text;
  try {
    return toASCII(text);
  } catch {
    return text;
  }
}

/** The Unicode form of a normalised domain (`xn--` labels decoded), for confusable folding. */
export function domainToUnicode(domain: string): string {
  if (!domain.includes('xn--')) return domain;
  try {
    return toUnicode(domain);
  } catch {
    return domain;
  }
}

/** A policy domain entry, normalised: `{ wildcard: true, domain: 'nhs.net' }` for `*.NHS.net.` */
export function parseDomainEntry(entry: string): { wildcard: boolean; domain: string } {
  const trimmed = entry.trim();
  const wildcard = trimmed.startsWith('*.');
  return { wildcard, domain: normaliseDomain(wildcard ? trimmed.slice(2) : trimmed) };
}

/** `domain` is a subdomain (at any depth) of `parent`, not `parent` itself. */
export function isSubdomainOf(domain: string, parent: string): boolean {
  return domain.length > parent.length + 1 && domain.endsWith(`.${parent}`);
}
