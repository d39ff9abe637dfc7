// The X-Protective-Marking header: `VER=2026.1, NS=<domain>, SEC=<LABEL>[, CAVEAT=<descriptor>], ORIGIN=<sender>`.

export const MARKING_HEADER = 'X-Protective-Marking';
export const MARKING_VERSION = '2026.1';

export interface ProtectiveMarking {
  /** Namespace: the domain of the organisation that applied the marking. */
  ns: string;
  sec: string;
  caveat?: string;
  /** Address of the sender who applied it. */
  origin: string;
}

export interface ParsedMarking {
  ver?: string;
  ns?: string;
  sec?: string;
  caveat?: string;
  origin?: string;
}

/** A header value cannot carry line breaks or the pair separators of the grammar. */
function clean(value: string): string {
  return value
    .replace(/[\r\n,;]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function formatMarkingHeader(m: ProtectiveMarking): string {
  const parts = [
    `VER=${MARKING_VERSION}`,
    `NS=${clean(m.ns)}`,
    `SEC=${clean(m.sec).toUpperCase()}`,
  ];
  const caveat = m.caveat === undefined ? '' : clean(m.caveat).toUpperCase();
  if (caveat !== '') parts.push(`CAVEAT=${caveat}`);
  parts.push(`ORIGIN=${clean(m.origin)}`);
  return parts.join(', ');
}

const PAIR = /([a-z]+)\s*=\s*([^,;]*)/gi;

/**
 * Reads a marking header tolerantly: pairs in any order, keys in any case, `,` or `;` between pairs,
 * unknown keys ignored. Null when the value holds none of VER, NS, SEC, CAVEAT or ORIGIN.
 */
export function parseMarkingHeader(value: string): ParsedMarking | null {
  const parsed: ParsedMarking = {};
  let found = false;
  const pair = new RegExp(PAIR.source, 'gi');
  for (let match = pair.exec(value); match !== null; match = pair.exec(value)) {
    const key = (match[1] ?? '').toLowerCase();
    const text = (match[2] ?? '').trim();
    if (text === '') continue;
    if (key === 'ver' || key === 'ns' || key === 'sec' || key === 'caveat' || key === 'origin') {
      if (parsed[key] === undefined) parsed[key] = text;
      found = true;
    }
  }
  return found ? parsed : null;
}
