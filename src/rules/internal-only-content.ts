// internal-only-content: text marked for internal circulation only is going outside the council.
import * as z from '../zod';
import { findInternalOnlyMarker } from '../marking/internal-only';
import { addresses, audienceEvidence, audienceList, outsideAudiences } from './helpers';
import { defineRule } from './types';

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
      const marker = findInternalOnlyMarker(place.text, ctx.policy);
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
