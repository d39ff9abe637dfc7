// Masks a detected value for display in the task pane: only its last few characters stay readable.
import type { EntityType } from './types';

const BULLET = '\u2022';

/** Types whose value is a secret or a description of a person: shown as a fixed run of bullets. */
const FULLY_MASKED: ReadonlySet<EntityType> = new Set<EntityType>([
  'CREDENTIAL',
  'SPECIAL_CATEGORY_HEALTH',
  'SPECIAL_CATEGORY_OTHER',
  'CRIMINAL_OFFENCE',
  'SAFEGUARDING',
  'COMMERCIAL_CONFIDENTIAL',
]);

/** How many trailing letters or digits stay readable. */
const KEPT: Partial<Record<EntityType, number>> = {
  UK_PHONE: 3,
  UK_POSTCODE: 2,
  IP_ADDRESS: 3,
  UK_NINO: 2,
};

function isAlphanumeric(char: string): boolean {
  return /^[a-z\d]$/i.test(char);
}

/**
 * `943 476 5919` becomes `••• ••• 5919`: letters and digits are replaced by bullets except the last
 * few, separators stay. An email keeps its domain only; secrets and category phrases are all bullets.
 */
export function maskValue(type: EntityType, value: string): string {
  if (FULLY_MASKED.has(type)) return BULLET.repeat(8);
  if (type === 'EMAIL_ADDRESS') {
    const at = value.lastIndexOf('@');
    return at < 0 ? BULLET.repeat(8) : `${BULLET.repeat(3)}${value.slice(at)}`;
  }
  const chars = Array.from(value);
  const alphanumerics = chars.filter(isAlphanumeric).length;
  // Never leave more than half of a short value readable.
  let keep = Math.min(KEPT[type] ?? 4, Math.floor(alphanumerics / 2));
  const out: string[] = [];
  for (let i = chars.length - 1; i >= 0; i--) {
    const char = chars[i]!;
    if (!isAlphanumeric(char)) out.push(char);
    else if (keep > 0) {
      out.push(char);
      keep--;
    } else out.push(BULLET);
  }
  return out.reverse().join('');
}
