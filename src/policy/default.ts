// The embedded default policy: the brief's fictional council `examplecouncil.gov.uk`, Bromley's label scheme.
import { deepFreeze } from './freeze';
import type { Policy } from './schema';

/** `d` and `*.d`: the domain itself and every subdomain. */
function withSubdomains(domains: readonly string[]): string[] {
  const entries: string[] = [];
  for (const d of domains) entries.push(d, `*.${d}`);
  return entries;
}

export const MEDIA_DOMAINS = [
  'bbc.co.uk',
  'reachplc.com',
  'newsquest.co.uk',
  'theguardian.com',
  'telegraph.co.uk',
  'thetimes.co.uk',
  'dailymail.co.uk',
  'independent.co.uk',
  'itv.com',
] as const;

export const PERSONAL_WEBMAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'live.com',
  'live.co.uk',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'ymail.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'btinternet.com',
  'sky.com',
  'virginmedia.com',
  'talktalk.net',
  'protonmail.com',
  'proton.me',
  'gmx.com',
] as const;

/** The audiences of a council whose own mail domain is `domain` (the default policy's, or `init`'s). */
export function defaultAudiences(domain: string): Policy['audiences'] {
  return [
    {
      id: 'internal',
      description: 'The council itself',
      domains: [domain, `*.${domain}`],
      clause: '003_c86f3bbf0626c1ee.txt 4.2.2',
    },
    {
      id: 'secure-partner',
      description: 'Public bodies reached over enforced secure transport',
      domains: [
        '*.gov.uk',
        '*.gov.scot',
        '*.gov.wales',
        '*.llyw.cymru',
        'nhs.net',
        '*.nhs.net',
        '*.police.uk',
        'cjsm.net',
        '*.cjsm.net',
      ],
      clause: '000_194040a0e7f240eb.txt 8.1',
    },
    {
      id: 'partner',
      description: 'Approved partners without guaranteed secure transport',
      domains: ['*.nhs.uk', '*.sch.uk', '*.ac.uk'],
      clause: '001_08ffeed0c138ba92.txt 3.3',
    },
    {
      id: 'media',
      description: 'Journalists: press enquiries go through the communications team',
      domains: withSubdomains(MEDIA_DOMAINS),
      clause: '000_194040a0e7f240eb.txt 4.2',
    },
    {
      id: 'personal-webmail',
      description: 'Private mail accounts, not for council business',
      domains: withSubdomains(PERSONAL_WEBMAIL_DOMAINS),
      clause: '003_c86f3bbf0626c1ee.txt 4.2.2',
    },
    {
      id: 'external',
      description: 'Everyone else (the fallback: it lists no domains)',
      domains: [],
      clause: '003_c86f3bbf0626c1ee.txt 4.2.4',
    },
  ];
}

/** Rule settings of the default policy: every rule on at the brief's level. */
export function defaultRules(): Policy['rules'] {
  return {
    'sensitive-needs-label': { enabled: true, level: 'block' },
    'audience-not-cleared': { enabled: true, level: 'block' },
    'encryption-required': { enabled: true, level: 'block' },
    'confidential-thread': { enabled: true, level: 'block', overridable: true },
    'label-downgrade': { enabled: true, level: 'block', overridable: true },
    'lookalike-domain': { enabled: true, level: 'block' },
    'reply-all': { enabled: true, level: 'warn' },
    'external-recipients': { enabled: true, level: 'warn' },
    'bulk-visible-recipients': { enabled: true, level: 'warn' },
    'media-recipients': { enabled: true, level: 'warn' },
    'credential-in-mail': { enabled: true, level: 'warn' },
    'internal-only-content': { enabled: true, level: 'warn' },
    'attachment-unscanned': { enabled: true, level: 'warn' },
  };
}

export const DEFAULT_DOMAIN = 'examplecouncil.gov.uk';

/** Builds the default policy for a council; `defaultPolicy` is this for the brief's fictional council. */
export function buildDefaultPolicy(
  council: { name: string; domain: string },
  version: string,
): Policy {
  return {
    version,
    council: { name: council.name, domain: council.domain },
    labels: {
      scheme: [
        { id: 'UNMARKED', description: 'No marking required' },
        {
          id: 'PROTECT',
          description: 'Minor or moderate short-term impact if lost or wrongly disclosed',
        },
        {
          id: 'RESTRICTED',
          description: 'Significant or prolonged impact if lost or wrongly disclosed',
        },
      ],
      descriptors: ['PERSONAL', 'COMMERCIAL'],
      purview: [],
    },
    audiences: defaultAudiences(council.domain),
    detection: {
      threshold: 0.5,
      minimumLabels: {
        SPECIAL_CATEGORY_HEALTH: 'RESTRICTED',
        SPECIAL_CATEGORY_OTHER: 'RESTRICTED',
        CRIMINAL_OFFENCE: 'RESTRICTED',
        SAFEGUARDING: 'RESTRICTED',
        CREDENTIAL: 'RESTRICTED',
        NHS_NUMBER: 'PROTECT',
        UK_NINO: 'PROTECT',
        PAYMENT_CARD: 'PROTECT',
        UK_BANK_ACCOUNT: 'PROTECT',
        IBAN: 'PROTECT',
        UK_PASSPORT: 'PROTECT',
        UK_DRIVING_LICENCE: 'PROTECT',
        DATE_OF_BIRTH: 'PROTECT',
        COMMERCIAL_CONFIDENTIAL: 'PROTECT',
        EMAIL_ADDRESS: null,
        UK_PHONE: null,
        UK_POSTCODE: null,
        IP_ADDRESS: null,
      },
      bulk: { threshold: 10, label: 'RESTRICTED' },
      lexicons: {},
      ownBankAccounts: [],
    },
    encryption: { subjectTokens: ['[ENCRYPT]', '[SECURE]'] },
    confidential: {
      subjectMarkings: ['CONFIDENTIAL'],
      sensitivityHeaderValues: ['Company-Confidential'],
    },
    communicationsTeam: [`press.office@${council.domain}`],
    internalOnlyMarkers: ['INTERNAL ONLY', 'NOT FOR EXTERNAL CIRCULATION'],
    attachments: { sizeBudgetBytes: 20 * 1024 * 1024 },
    failureMode: 'warn',
    rules: defaultRules(),
  };
}

/** The embedded policy used when no `--policy` is given and as the add-in's last fallback. */
export const defaultPolicy: Policy = deepFreeze(
  buildDefaultPolicy({ name: 'Example Council', domain: DEFAULT_DOMAIN }, 'default-2026.1'),
);
