// Scans normalised text, or every segment of a message, with all registered detectors.
import type { MessageContent } from '../message/types';
import { detectors } from './index';
import { checkLimit, runDetectors, type ScanLimit } from './lib/engine';
import type { Finding, LocatedFinding, ScanOptions } from './types';

export { DetectorError, ScanTimeoutError } from './lib/engine';

/** Minimum confidence reported when the policy sets none. */
export const DEFAULT_THRESHOLD = 0.5;

/** Findings in `text` (already normalised with normaliseText) at or above the threshold, in text order. */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  const findings = runDetectors(
    detectors,
    text,
    options.threshold ?? DEFAULT_THRESHOLD,
    { lexicons: options.lexicons ?? {} },
    limitOf(options),
  );
  const own = options.ownAccounts;
  return own === undefined || own.size === 0
    ? findings
    : findings.filter((f) => !own.has(accountKeyOf(f, text)));
}

/** The key a bank-account finding is compared by (see ScanOptions.ownAccounts); '' for other types. */
function accountKeyOf(finding: Finding, text: string): string {
  const value = text.slice(finding.start, finding.end);
  if (finding.type === 'UK_BANK_ACCOUNT') return value.replace(/\D/g, '');
  if (finding.type === 'IBAN') return value.replace(/[^\dA-Z]/gi, '').toUpperCase();
  return '';
}

/** The time limit `options` set, if any. */
function limitOf(options: ScanOptions): ScanLimit | undefined {
  return options.deadline === undefined
    ? undefined
    : { deadline: options.deadline, clock: options.clock ?? Date.now };
}

/** Findings in every segment of a message (subject, body, attachments), each with its location. */
export function scanContent(content: MessageContent, options: ScanOptions = {}): LocatedFinding[] {
  const found: LocatedFinding[] = [];
  const limit = limitOf(options);
  for (const segment of content.segments) {
    if (limit !== undefined) checkLimit(limit);
    for (const finding of scanText(segment.text, options))
      found.push({ ...finding, location: segment.location });
  }
  return found;
}
