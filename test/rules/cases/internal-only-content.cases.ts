// Cases for internal-only-content: internally marked text going outside the council.
import { r, type RuleCase } from '../runner';

const filler = 'The internal audit report on parking is due. '.repeat(3000);
const outside = [r('a@examplecouncil.gov.uk', 'internal'), r('x@acme.co.uk', 'external')];

export const cases: RuleCase[] = [
  {
    name: 'INTERNAL ONLY in the body to an external firm',
    kind: 'fires',
    given: {
      subject: 'Budget notes',
      segments: [
        { location: 'subject', text: 'Budget notes' },
        { location: 'body', text: 'Internal only - please do not share.' },
      ],
      recipients: outside,
    },
    expect: ['internal-only-content.marked'],
    params: [{ locations: ['body'], recipients: ['x@acme.co.uk'] }],
  },
  {
    name: "the original's subject carries the marker",
    kind: 'fires',
    given: {
      composeType: 'forward',
      subject: 'FW: Staff bulletin',
      segments: [{ location: 'subject', text: 'FW: Staff bulletin' }],
      original: { subject: 'Staff bulletin - NOT FOR EXTERNAL CIRCULATION' },
      recipients: outside,
    },
    expect: ['internal-only-content.marked'],
    params: [{ locations: ['original-subject'] }],
  },
  {
    name: 'marker in an attachment',
    kind: 'fires',
    given: {
      segments: [{ location: 'attachment:minutes.docx', text: 'Minutes. INTERNAL ONLY.' }],
      recipients: [r('y@nhs.net', 'secure-partner')],
    },
    expect: ['internal-only-content.marked'],
    params: [{ locations: ['attachment:minutes.docx'] }],
  },
  {
    name: 'marked content kept inside the council',
    kind: 'passes',
    given: {
      segments: [{ location: 'body', text: 'INTERNAL ONLY' }],
      recipients: [r('a@examplecouncil.gov.uk', 'internal')],
    },
    expect: [],
  },
  {
    name: 'no marker',
    kind: 'passes',
    given: {
      segments: [{ location: 'body', text: 'See you at the meeting.' }],
      recipients: outside,
    },
    expect: [],
  },
  {
    name: 'a long body (searched in windows) with the marker split across lines deep inside',
    kind: 'edge',
    given: {
      segments: [{ location: 'body', text: `${filler}Summary: INTERNAL\n  ONLY. ${filler}` }],
      recipients: outside,
    },
    expect: ['internal-only-content.marked'],
    params: [{ markers: ['INTERNAL ONLY'], locations: ['body'] }],
  },
  {
    name: 'a long body that only mentions internal matters',
    kind: 'edge',
    given: {
      segments: [{ location: 'body', text: `${filler}internalonly ${filler} only internal` }],
      recipients: outside,
    },
    expect: [],
  },
  {
    name: 'a policy-listed bulletin name',
    kind: 'edge',
    given: {
      policy: {
        internalOnlyMarkers: ['INTERNAL ONLY', 'NOT FOR EXTERNAL CIRCULATION', 'Council Matters'],
      },
      segments: [{ location: 'subject', text: 'council matters: week 12' }],
      recipients: outside,
    },
    expect: ['internal-only-content.marked'],
  },
];
