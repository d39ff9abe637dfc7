// Cases for lookalike-domain: recipients whose domain imitates a listed domain.
import { r, type RuleCase } from '../runner';

export const cases: RuleCase[] = [
  {
    name: 'a digit 1 for the l of the council domain',
    kind: 'fires',
    given: {
      recipients: [r('ceo@examplecounci1.gov.uk', 'secure-partner', 'to', 'examplecouncil.gov.uk')],
    },
    expect: ['lookalike-domain.recipient'],
    params: [
      {
        address: 'ceo@examplecounci1.gov.uk',
        domain: 'examplecounci1.gov.uk',
        lookalikeOf: 'examplecouncil.gov.uk',
      },
    ],
    fixes: [{ kind: 'remove-recipient', address: 'ceo@examplecounci1.gov.uk' }],
  },
  {
    name: 'two lookalikes give two reasons',
    kind: 'fires',
    given: {
      recipients: [
        r('a@nhs-net.com', 'external', 'to', 'nhs.net'),
        r('b@examplecouncil.gov.uk.evil.com', 'external', 'cc', 'examplecouncil.gov.uk'),
      ],
    },
    expect: ['lookalike-domain.recipient', 'lookalike-domain.recipient'],
  },
  {
    name: 'the real domains',
    kind: 'passes',
    given: {
      recipients: [r('a@examplecouncil.gov.uk', 'internal'), r('b@nhs.net', 'secure-partner')],
    },
    expect: [],
  },
  {
    name: 'an unrelated external domain',
    kind: 'passes',
    given: { recipients: [r('a@acme.co.uk', 'external')] },
    expect: [],
  },
  {
    name: 'a lookalike in Bcc',
    kind: 'edge',
    given: {
      recipients: [r('x@examp1ecouncil.gov.uk', 'secure-partner', 'bcc', 'examplecouncil.gov.uk')],
    },
    expect: ['lookalike-domain.recipient'],
  },
];
