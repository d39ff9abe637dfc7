// internal-only-content: text marked for internal circulation only is going outside the council.
import { z } from 'zod';
import { findInternalOnlyMarker } from '../marking/internal-only';
import { addresses, audienceEvidence, audienceList, outsideAudiences } from './helpers';
import { defineRule } from './types';

/** How far either side of a marker's longest word a window reaches (a marker's words may be split across lines). */
const WINDOW = 256;
/** Texts longer than this are searched in windows around each marker's longest word, keeping bodies fast. */
const WINDOWED_ABOVE = 4 * WINDOW;

function longestWord(marker: string): string {
  return marker
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
}

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);

/**
 * The first marker in `text`. Long texts are searched only in windows (cut at white space, so word
 * boundaries are kept) around each occurrence of a marker's longest word: a marker always contains it.
 */
function findMarker(text: string, markers: readonly string[]): string | undefined {
  if (text.length <= WINDOWED_ABOVE)
    return findInternalOnlyMarker(text, { internalOnlyMarkers: [...markers] });
  const lower = text.toLowerCase();
  if (lower.length !== text.length)
    return findInternalOnlyMarker(text, { internalOnlyMarkers: [...markers] });
  let best: { marker: string; at: number } | undefined;
  for (const marker of markers) {
    const word = longestWord(marker);
    if (word === '') continue;
    for (
      let at = lower.indexOf(word);
      at >= 0 && (best === undefined || at < best.at);
      at = lower.indexOf(word, at + 1)
    ) {
      let start = Math.max(0, at - WINDOW - marker.length);
      while (start > 0 && !isSpace(text[start - 1])) start -= 1;
      let end = Math.min(text.length, at + WINDOW + marker.length);
      while (end < text.length && !isSpace(text[end])) end += 1;
      if (
        findInternalOnlyMarker(text.slice(start, end), { internalOnlyMarkers: [marker] }) !==
        undefined
      ) {
        best = { marker, at };
        break;
      }
    }
  }
  return best?.marker;
}

export default defineRule({
  meta: {
    id: 'internal-only-content',
    level: 'warn',
    description:
      "The subject, body, an attachment or the original's subject carries an internal-only marker and a recipient is outside internal.",
    clause: '001_08ffeed0c138ba92.txt 4.4',
    options: z.strictObject({
      internalAudiences: audienceList(['internal']),
    }),
    messages: ['internal-only-content.marked'],
    overridable: false,
    usesContent: true,
  },
  check(ctx) {
    const outside = outsideAudiences(ctx.recipients, ctx.options.internalAudiences);
    if (outside.length === 0) return [];
    const places: { location: string; text: string }[] = [...ctx.content.segments];
    if (!places.some((p) => p.location === 'subject'))
      places.unshift({ location: 'subject', text: ctx.message.subject });
    if (ctx.original !== null && ctx.composeType !== 'new') {
      places.push({ location: 'original-subject', text: ctx.original.subject });
    }
    const markers: string[] = [];
    const locations: string[] = [];
    for (const place of places) {
      const marker = findMarker(place.text, ctx.policy.internalOnlyMarkers);
      if (marker === undefined) continue;
      if (!markers.includes(marker)) markers.push(marker);
      if (!locations.includes(place.location)) locations.push(place.location);
    }
    if (locations.length === 0) return [];
    return [
      {
        messageId: 'internal-only-content.marked',
        params: { markers, locations, recipients: addresses(outside), count: outside.length },
        evidence: { locations, recipients: audienceEvidence(outside) },
      },
    ];
  },
});
