// Parses a recipient string (`Name <a@b.org>`, `"Last, First" <a@b.org>` or `a@b.org`) into its parts.

export interface Mailbox {
  /** Lower-cased address as written, e.g. `a.officer@examplecouncil.gov.uk`. */
  address: string;
  displayName?: string;
  /** The part after the last `@`, lower-cased, without a trailing dot; empty when there is none. */
  domain: string;
}

export function parseMailbox(raw: string): Mailbox {
  const text = raw.trim();
  const angle = /^(.*)<([^<>]*)>\s*$/.exec(text);
  const address = (angle ? (angle[2] ?? '') : text).trim().toLowerCase();
  const name = angle
    ? (angle[1] ?? '')
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .trim()
    : '';
  const at = address.lastIndexOf('@');
  const domain = at >= 0 ? address.slice(at + 1).replace(/\.+$/, '') : '';
  return name ? { address, displayName: name, domain } : { address, domain };
}
