// The simulator's example messages: each one walks a user from Send (or opening a message) to an outcome.
import type { ItemInit } from '../src/office/fake';

export type ExampleId =
  | 'case-note'
  | 'reply-all'
  | 'confidential-forward'
  | 'lookalike'
  | 'clean'
  | 'read-confidential'
  | 'read-partner';

export interface Example {
  id: ExampleId;
  /** The item as the compose (or reading) starts; compose examples run the send flow. */
  item: ItemInit;
  /** Recipients the user types after the compose started (they fire OnMessageRecipientsChanged). */
  added?: { to?: string[]; cc?: string[] };
}

const OFFICER = { emailAddress: 'a.officer@examplecouncil.gov.uk', displayName: 'Alex Officer' };

/** Forty people on the original thread: thirty-six colleagues and four outside the council. */
function fortyRecipients(): string[] {
  const people: string[] = [];
  for (let i = 1; i <= 36; i += 1)
    people.push(`Colleague ${i} <colleague${i}@examplecouncil.gov.uk>`);
  people.push('Dana Reed <dana.reed@bristol.ac.uk>', 'Sam Patel <sam.patel@hounslowhousing.org>');
  people.push('Lee Morgan <lee.morgan@contractor-services.co.uk>', 'Jo Hughes <jo.hughes@nhs.net>');
  return people;
}

const CONFIDENTIAL_THREAD = {
  subject: '[CONFIDENTIAL] Planning committee: legal advice on the Northgate appeal',
  participants: [
    'Cllr Rhian Evans <cllr.rhian.evans@examplecouncil.gov.uk>',
    'Cllr Tom Price <cllr.tom.price@examplecouncil.gov.uk>',
  ],
};

export const EXAMPLES: readonly Example[] = [
  {
    id: 'case-note',
    item: {
      mode: 'compose',
      composeType: 'newMail',
      subject: 'Case note for Thursday’s review meeting',
      body:
        'Hi Priya,\n\nAhead of Thursday’s review meeting, here is the case note for Mrs Jones. Her NHS number is ' +
        '943 476 5919 and her review is booked for 10am in room 2.\n\nThanks,\nAlex',
    },
    added: { to: ['Priya Shah <priya.shah@stgeorges.nhs.uk>'] },
  },
  {
    id: 'reply-all',
    item: {
      mode: 'compose',
      composeType: 'reply',
      to: ['Morgan Lewis <morgan.lewis@examplecouncil.gov.uk>'],
      cc: fortyRecipients().slice(1),
      subject: 'RE: Office move on Friday',
      body: 'Thanks Morgan, I will bring the spare keys to reception.\n\nAlex',
      inReplyTo: '<office-move-1@examplecouncil.gov.uk>',
    },
  },
  {
    id: 'confidential-forward',
    item: {
      mode: 'compose',
      composeType: 'forward',
      subject: `FW: ${CONFIDENTIAL_THREAD.subject}`,
      body:
        'Chris, see below.\n\n-----Original Message-----\nFrom: Cllr Tom Price\nSubject: ' +
        CONFIDENTIAL_THREAD.subject +
        '\n\nCounsel’s view on the appeal is attached to the committee papers.',
    },
    added: { to: ['Chris Doyle <chris.doyle@doyle-planning.co.uk>'] },
  },
  {
    id: 'lookalike',
    item: {
      mode: 'compose',
      composeType: 'newMail',
      subject: 'Supplier invoice query',
      body: 'Hello, please can you confirm which supplier invoices are still open this month?\n\nAlex',
    },
    added: { to: ['Finance Team <finance@examplecounci1.gov.uk>'] },
  },
  {
    id: 'clean',
    item: {
      mode: 'compose',
      composeType: 'newMail',
      subject: 'Team meeting moved to 2pm',
      body: 'Hi Morgan, the team meeting is now at 2pm in room 4. See you there.\n\nAlex',
    },
    added: { to: ['Morgan Lewis <morgan.lewis@examplecouncil.gov.uk>'] },
  },
  {
    id: 'read-confidential',
    item: {
      mode: 'read',
      from: 'Cllr Tom Price <cllr.tom.price@examplecouncil.gov.uk>',
      to: [
        CONFIDENTIAL_THREAD.participants[0] ?? '',
        OFFICER.displayName + ' <' + OFFICER.emailAddress + '>',
      ],
      cc: ['Cllr Siân Jenkins <sian.jenkins@gmail.com>'],
      subject: CONFIDENTIAL_THREAD.subject,
      headers: {
        'X-Protective-Marking':
          'VER=2026.1, NS=examplecouncil.gov.uk, SEC=PROTECT, ORIGIN=cllr.tom.price@examplecouncil.gov.uk',
        Sensitivity: 'Company-Confidential',
      },
      body:
        'Colleagues,\n\nCounsel’s advice on the Northgate appeal is below. Please keep it within this group until ' +
        'the committee meets.\n\nTom',
    },
  },
  {
    id: 'read-partner',
    item: {
      mode: 'read',
      from: 'Jo Hughes <jo.hughes@nhs.net>',
      to: [OFFICER.displayName + ' <' + OFFICER.emailAddress + '>'],
      subject: '[PROTECT - PERSONAL] Discharge plan for Mrs Jones',
      headers: {
        'X-Protective-Marking':
          'VER=2026.1, NS=nhs.net, SEC=PROTECT, CAVEAT=PERSONAL, ORIGIN=jo.hughes@nhs.net',
        msip_labels:
          'MSIP_Label_3a4b5c6d-1111-2222-3333-444455556666_Enabled=true; MSIP_Label_3a4b5c6d-1111-2222-3333-444455556666_Name=Official Sensitive; MSIP_Label_3a4b5c6d-1111-2222-3333-444455556666_Method=Standard',
      },
      body: 'Hi Alex,\n\nMrs Jones (NHS number 943 476 5919) can go home on Monday after her review.\n\nJo',
    },
  },
];

export function example(id: ExampleId): Example {
  const found = EXAMPLES.find((e) => e.id === id);
  if (found === undefined) throw new Error(`unknown example ${id}`);
  return found;
}
