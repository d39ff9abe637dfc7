// Deterministic generator of realistic council email text for the benchmark (seeded; never committed as data).
import { luhnComplete, makeIban, nhsCheckDigit } from '../../../test/corpus/checkdigits';

/** Small, fast, seedable PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

const FIRST = [
  'Sarah',
  'James',
  'Priya',
  'Tom',
  'Aisha',
  'Daniel',
  'Grace',
  'Mohammed',
  'Helen',
  'Oliver',
  'Chloe',
  'Kwame',
  'Zofia',
  'Liam',
  'Fatima',
  'Ruth',
  'Ian',
  'Megan',
  'Ravi',
  'Joan',
];
const LAST = [
  'Smith',
  'Patel',
  'Jones',
  'Okafor',
  'Williams',
  'Khan',
  'Brown',
  'Nowak',
  'Taylor',
  'Ahmed',
  'Evans',
  'Murphy',
  'Clarke',
  'Osei',
  'Hughes',
  'Begum',
  'Walsh',
  'Reid',
  'Fisher',
  'Lewis',
];
const STREETS = [
  'Orchard Way',
  'Mead Road',
  'High Street',
  'Station Road',
  'Elm Grove',
  'Birch Road',
  'Kingsway',
  'Church Lane',
  'Park Avenue',
  'Hawthorn Close',
  'Willow Walk',
  'Tudor Way',
];
const TOWNS = [
  'Bromley',
  'Orpington',
  'Beckenham',
  'Penge',
  'Chislehurst',
  'West Wickham',
  'Petts Wood',
  'Hayes',
];
const TITLES = [
  'Social Worker',
  'Housing Officer',
  'Benefits Assessor',
  'HR Business Partner',
  'Category Manager',
  'SEN Case Officer',
  'Member Support Officer',
  'Service Desk Analyst',
  'Finance Officer',
  'Team Manager',
];
const SERVICES = [
  "Children's Social Care",
  'Adult Social Care',
  'Housing Needs',
  'Revenues and Benefits',
  'Human Resources',
  'Procurement',
  'SEN and Inclusion',
  'Democratic Services',
  'ICT',
  'Finance',
];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const digits = (r: Rand, n: number): string =>
  Array.from({ length: n }, () => String(Math.floor(r() * 10))).join('');

function nhs(r: Rand): string {
  for (;;) {
    const nine = String(4 + Math.floor(r() * 4)) + digits(r, 8);
    const check = nhsCheckDigit(nine);
    if (check !== null) return `${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}${check}`;
  }
}
const card = (r: Rand): string =>
  luhnComplete('4' + digits(r, 14)).replace(/(\d{4})(?=\d)/g, '$1 ');
const iban = (r: Rand): string =>
  makeIban('GB', pick(r, ['NWBK', 'BARC', 'LOYD', 'HBUK']) + digits(r, 14));
const phone = (r: Rand): string =>
  r() < 0.5 ? `07700 900${digits(r, 3)}` : `020 7946 0${digits(r, 3)}`;
const postcode = (r: Rand): string =>
  `BR${1 + Math.floor(r() * 8)} ${Math.floor(r() * 10)}${pick(r, INWARD_LETTERS.split(''))}${pick(r, INWARD_LETTERS.split(''))}`;
const dob = (r: Rand): string =>
  `${String(1 + Math.floor(r() * 28)).padStart(2, '0')}/${String(1 + Math.floor(r() * 12)).padStart(2, '0')}/${1940 + Math.floor(r() * 80)}`;
const nino = (r: Rand): string =>
  `${pick(r, ['JG', 'PR', 'NE', 'SK', 'WP', 'YT', 'AB', 'CE'])} ${digits(r, 2)} ${digits(r, 2)} ${digits(r, 2)} ${pick(r, ['A', 'B', 'C', 'D'])}`;
const passport = (r: Rand): string => String(1 + Math.floor(r() * 9)) + digits(r, 8);
/** A DVLA licence number as printed: surname, birth date (month + 50 for women), initials, check characters. */
function drivingLicence(r: Rand): string {
  const surname = pick(r, LAST).toUpperCase().slice(0, 5).padEnd(5, '9');
  const month = 1 + Math.floor(r() * 12) + (r() < 0.5 ? 50 : 0);
  const day = 1 + Math.floor(r() * 28);
  const year = 40 + Math.floor(r() * 60);
  const initial = pick(r, FIRST).charAt(0);
  return `${surname}${Math.floor(year / 10)}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${year % 10}${initial}9${digits(r, 1)}${pick(r, INWARD_LETTERS.split(''))}${pick(r, INWARD_LETTERS.split(''))}`;
}
const person = (r: Rand): string => `${pick(r, FIRST)} ${pick(r, LAST)}`;
const workEmail = (name: string): string =>
  `${name.toLowerCase().replace(' ', '.')}@examplecouncil.gov.uk`;
const personalEmail = (r: Rand): string =>
  `${pick(r, FIRST).toLowerCase()}.${pick(r, LAST).toLowerCase()}${digits(r, 2)}@${pick(r, ['gmail.com', 'hotmail.co.uk', 'outlook.com'])}`;

/** Plain prose with no identifiers, as most of a council email is. */
const PROSE = [
  'Thanks for your email and apologies for the slow reply; it has been a busy week with the budget setting.',
  'I have had a look at the file and spoken to my manager, who agrees we should take this forward at the next panel.',
  'Please could you let me know by the end of the week whether the proposed date works for your team?',
  'The report goes to the Executive on the 14th and will need legal and finance comments before then.',
  'As discussed at the team meeting, we are moving to the new case management system from the start of next month.',
  'I have attached the latest version of the action plan with the changes we agreed highlighted in yellow.',
  'Let me know if you need anything else from me, otherwise I will close the ticket on Friday.',
  'The contractor has confirmed they can attend on Tuesday morning between 8am and 12pm.',
  'We are still waiting for the signed form, so the application cannot be processed until it arrives.',
  'Health and safety have asked that everyone completes the fire warden e-learning before the drill.',
  'The minutes from the last meeting are on the shared drive under Governance, 2025-26, Panel papers.',
  'Following the review, clause 4.2.1 of the procedure has been updated and version 3.1 is now live.',
  'Could you also copy in the service manager so that she is aware before the Member enquiry deadline?',
  'The consultation closes on 30 November and responses will be reported to scrutiny in January.',
  'Just a reminder that the office will be closed on Friday afternoon for the staff briefing in the Council Chamber.',
];

/** Case sentences carrying identifiers at the density council case mail has. */
const CASE_LINES: ReadonlyArray<(r: Rand) => string> = [
  (r) => `Client details: ${person(r)}, DOB ${dob(r)}, NHS number ${nhs(r)}.`,
  (r) =>
    `She lives at ${1 + Math.floor(r() * 120)} ${pick(r, STREETS)}, ${pick(r, TOWNS)} ${postcode(r)} and can be reached on ${phone(r)}.`,
  (r) => `The claimant's NI number is ${nino(r)} and the claim was backdated to 1 April.`,
  (r) =>
    `Please refund to sort code ${digits(r, 2)}-${digits(r, 2)}-${digits(r, 2)}, account number ${digits(r, 8)}.`,
  (r) => `The supplier's IBAN is ${iban(r)}; please set it up before the payment run.`,
  (r) => `The resident paid by card ${card(r)} and wants a refund of the duplicate payment.`,
  () => `Mum disclosed domestic abuse and the children are now subject to a child protection plan.`,
  () => `He has been diagnosed with type 2 diabetes and has mobility problems following a stroke.`,
  () => `The DBS check came back clear, so the offer can be confirmed.`,
  () =>
    `Their pricing submission is commercially sensitive and must not be shared outside the evaluation panel.`,
  (r) =>
    `Your temporary password is ${pick(r, ['Winter', 'Maple', 'Harbour'])}-${digits(r, 2)}-${pick(r, ['Kettle', 'Otter', 'Lantern'])} and must be changed at first login.`,
  (r) =>
    `The laptop on 10.${Math.floor(r() * 255)}.${Math.floor(r() * 255)}.${1 + Math.floor(r() * 250)} cannot reach the file server.`,
  (r) => `Her email is ${personalEmail(r)} and she prefers contact after 5pm.`,
  (r) =>
    `For the right to rent check we copied his passport, number ${passport(r)}, which expires in 2031.`,
  (r) =>
    `The blue badge application gives driving licence ${drivingLicence(r)} for the DVLA check.`,
  () =>
    `At the grievance meeting he said he is a member of Unison and asked for time off for Friday prayers at the mosque.`,
];

const DISCLAIMER =
  'This email and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error, please notify the sender and delete it. The London Borough of Example may monitor email traffic for lawful business purposes. Views expressed are those of the author and not necessarily those of the council.';

function message(r: Rand, quoted: string | null): string {
  const sender = person(r);
  const recipient = person(r);
  const lines: string[] = [];
  lines.push(`From: ${sender} <${workEmail(sender)}>`);
  lines.push(`To: ${recipient} <${workEmail(recipient)}>`);
  lines.push(
    `Subject: ${pick(r, ['RE: ', 'FW: ', ''])}${pick(r, SERVICES)} - ${pick(r, ['case update', 'query', 'action needed', 'panel papers', 'referral'])}`,
  );
  lines.push('');
  lines.push(`Hi ${recipient.split(' ')[0] ?? ''},`);
  lines.push('');
  const paragraphs = 2 + Math.floor(r() * 4);
  for (let p = 0; p < paragraphs; p += 1) {
    const sentences: string[] = [];
    const count = 2 + Math.floor(r() * 4);
    for (let s = 0; s < count; s += 1)
      sentences.push(r() < 0.22 ? pick(r, CASE_LINES)(r) : pick(r, PROSE));
    lines.push(sentences.join(' '));
    lines.push('');
  }
  lines.push('Kind regards,');
  lines.push('');
  lines.push(sender);
  lines.push(pick(r, TITLES));
  lines.push(pick(r, SERVICES));
  lines.push('London Borough of Example');
  lines.push(`Tel: ${phone(r)}`);
  lines.push('');
  lines.push(DISCLAIMER);
  if (quoted !== null) {
    lines.push('');
    lines.push('-----Original Message-----');
    for (const q of quoted.split('\n').slice(0, 24)) lines.push(`> ${q}`);
  }
  return lines.join('\n');
}

/** Council emails totalling at least `minBytes` UTF-8 bytes, identical for the same seed. */
export function generateCouncilMail(minBytes: number, seed = 20261123): string[] {
  const r = seededRandom(seed);
  const out: string[] = [];
  let bytes = 0;
  let previous: string | null = null;
  while (bytes < minBytes) {
    const m = message(r, previous !== null && r() < 0.35 ? previous : null);
    out.push(m);
    bytes += Buffer.byteLength(m, 'utf8');
    previous = m;
  }
  return out;
}
