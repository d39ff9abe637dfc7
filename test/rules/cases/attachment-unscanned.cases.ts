// Cases for attachment-unscanned: attachments that could not be checked, going outside the council.
import { r, type RuleCase } from '../runner';

const outside = [r('x@acme.co.uk', 'external')];

export const cases: RuleCase[] = [
  {
    name: 'an encrypted zip to an external firm',
    kind: 'fires',
    given: { unscanned: [{ name: 'files.zip', reason: 'encrypted' }], recipients: outside },
    expect: ['attachment-unscanned.encrypted'],
    params: [{ attachments: ['files.zip'], count: 1 }],
  },
  {
    name: 'two reasons give two messages',
    kind: 'fires',
    given: {
      unscanned: [
        { name: 'scan.pdf', reason: 'unsupported-type' },
        { name: 'big.csv', reason: 'too-large' },
        { name: 'photo.heic', reason: 'unsupported-type' },
      ],
      recipients: [r('y@nhs.net', 'secure-partner')],
    },
    expect: ['attachment-unscanned.unsupported-type', 'attachment-unscanned.too-large'],
    params: [{ attachments: ['scan.pdf', 'photo.heic'], count: 2 }, { attachments: ['big.csv'] }],
  },
  {
    name: 'a zip inside two others says so, not that zips cannot be read',
    kind: 'fires',
    given: {
      unscanned: [{ name: 'a.zip/b.zip/c.zip', reason: 'too-deep' }],
      recipients: outside,
    },
    expect: ['attachment-unscanned.too-deep'],
    params: [{ attachments: ['a.zip/b.zip/c.zip'], count: 1 }],
  },
  {
    name: 'unscanned attachment sent internally',
    kind: 'passes',
    given: {
      unscanned: [{ name: 'scan.pdf', reason: 'unsupported-type' }],
      recipients: [r('a@examplecouncil.gov.uk', 'internal')],
    },
    expect: [],
  },
  {
    name: 'every attachment read',
    kind: 'passes',
    given: { unscanned: [], recipients: outside },
    expect: [],
  },
  {
    name: 'content not available (cloud attachment)',
    kind: 'edge',
    given: { unscanned: [{ name: 'link.url', reason: 'no-content' }], recipients: outside },
    expect: ['attachment-unscanned.no-content'],
  },
];
