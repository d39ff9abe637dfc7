// Scans normalised text, or every segment of a message, with all registered detectors.
import type { MessageContent } from '../message/types';
import { detectors } from './index';
import { runDetectors } from './lib/engine';
import type { Finding, LocatedFinding, ScanOptions } from './types';

export { DetectorError } from './lib/engine';

/** Minimum confidence reported when the policy sets none. */
export const DEFAULT_THRESHOLD = 0.5;

/** Findings in `text` (already normalised with normaliseText) at or above the threshold, in text order. */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  return runDetectors(detectors, text, options.threshold ?? DEFAULT_THRESHOLD, {
    lexicons: options.lexicons ?? {},
  });
}

/** Findings in every segment of a message (subject, body, attachments), each with its location. */
export function scanContent(content: MessageContent, options: ScanOptions = {}): LocatedFinding[] {
  const found: LocatedFinding[] = [];
  for (const segment of content.segments) {
    for (const finding of scanText(segment.text, options))
      found.push({ ...finding, location: segment.location });
  }
  return found;
}
