// IT helpdesk mail: accounts, passwords, devices, networks, with hard negatives (versions, builds, password policy).
import { tc, type CorpusCase } from '../types';

const A = 'it-helpdesk' as const;

export const itHelpdeskCases: readonly CorpusCase[] = [
  tc(
    'it-001',
    A,
    'Hi Claire, your account has been unlocked. Your temporary password is Winter-Kettle-42 and you will be asked to change it when you log in.',
    [['CREDENTIAL', 'temporary password is Winter-Kettle-42']],
  ),
  tc(
    'it-002',
    A,
    'Please read the updated password policy on the intranet: passwords must be at least 14 characters and must not be reused.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'it-003',
    A,
    'Your login is j.wright / Bromley2025! for the Liquidlogic training environment. Please do not use it for live records.',
    [['CREDENTIAL', 'j.wright / Bromley2025!']],
  ),
  tc(
    'it-004',
    A,
    'Incident INC0048213: laptop LT-04412 on 10.20.31.45 cannot reach the file server at 10.20.1.10. Windows 11 build 22631.4460.',
    [
      ['IP_ADDRESS', '10.20.31.45'],
      ['IP_ADDRESS', '10.20.1.10'],
    ],
  ),
  tc(
    'it-005',
    A,
    'Release notes: Mosaic 7.4.2.1 is being deployed on Saturday; the upgrade from 7.3.9.12 takes about four hours.',
    [],
    ['IP_ADDRESS'],
  ),
  tc(
    'it-006',
    A,
    'The guest Wi-Fi password for the Council Chamber this month is Chamber#Nov26 – please do not give it to the public gallery.',
    [['CREDENTIAL', 'Wi-Fi password for the Council Chamber this month is Chamber#Nov26']],
  ),
  tc(
    'it-007',
    A,
    'Reset your password at https://passwordreset.microsoftonline.com if you have forgotten it. The service desk will never ask for your password.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'it-008',
    A,
    'Firewall log shows repeated failed logins from 185.220.101.34 against the remote access gateway. Blocked at 03:12.',
    [['IP_ADDRESS', '185.220.101.34']],
  ),
  tc(
    'it-009',
    A,
    'Please see section 4.2.2.1 of the Acceptable Use Policy before installing any browser extensions.',
    [],
    ['IP_ADDRESS'],
  ),
  tc(
    'it-010',
    A,
    'Printer config: set the gateway to 192.168.0.1 and the printer to 192.168.0.14. The driver version is 6.3.9600.17415.',
    [
      ['IP_ADDRESS', '192.168.0.1'],
      ['IP_ADDRESS', '192.168.0.14'],
    ],
  ),
  tc(
    'it-011',
    A,
    'Password: ******** (hidden). If you need it, ring the service desk on 020 8461 7777 and we will reset it.',
    [['UK_PHONE', '020 8461 7777']],
    ['CREDENTIAL'],
  ),
  tc(
    'it-012',
    A,
    'Template for new starters – Username: <firstname.lastname>, Password: <password>. Do not fill in the real values.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'it-013',
    A,
    'The API key for the planning portal integration is sk_live_4eC39HqLyjWDarjtT1zdp7dc – please store it in the vault and delete this email.',
    [
      [
        'CREDENTIAL',
        'API key for the planning portal integration is sk_live_4eC39HqLyjWDarjtT1zdp7dc',
      ],
    ],
  ),
  tc(
    'it-014',
    A,
    'The server room door code has changed. New code: 2580#. Only infrastructure staff should have it.',
    [['CREDENTIAL', 'New code: 2580#']],
  ),
  tc(
    'it-015',
    A,
    'The Confluence page with the rebuild steps is https://examplecouncil.atlassian.net/wiki/spaces/IT/pages/5867457222/Laptop+rebuild. Follow steps 1 to 9.',
    [],
    ['NHS_NUMBER'],
  ),
  tc(
    'it-016',
    A,
    'Jira ticket https://jira.examplecouncil.gov.uk/browse/ICT-13952 and dashboard https://app.powerbi.com/groups/me/reports/1395209308 both show the same outage window.',
    [],
    ['NHS_NUMBER', 'UK_PHONE'],
  ),
  tc(
    'it-017',
    A,
    'Mailbox migration for social.care.duty@examplecouncil.gov.uk is scheduled for 02:00 on Sunday. Shared mailbox users will need to restart Outlook.',
    [['EMAIL_ADDRESS', 'social.care.duty@examplecouncil.gov.uk']],
    ['DATE_OF_BIRTH'],
  ),
  tc(
    'it-018',
    A,
    'Phishing alert: emails from noreply@examp1ecouncil-gov.uk.com are not from us. Do not click the link or enter your password.',
    [['EMAIL_ADDRESS', 'noreply@examp1ecouncil-gov.uk.com']],
    ['CREDENTIAL'],
  ),
  tc(
    'it-019',
    A,
    'Event timestamps from the SIEM export: 1763935193310, 1763943112641, 1763951031972 (ms since epoch). All three relate to the VPN drop.',
    [],
    ['PAYMENT_CARD', 'NHS_NUMBER'],
  ),
  tc(
    'it-020',
    A,
    'VPN troubleshooting: your home router is probably on 192.168.1.254; ask the user to run ipconfig and send us the IPv4 address.',
    [['IP_ADDRESS', '192.168.1.254']],
  ),
  tc(
    'it-021',
    A,
    "MFA recovery code for Councillor Hughes' account: 8841-2290-5573. Give it to him in person, not by phone.",
    [['CREDENTIAL', "recovery code for Councillor Hughes' account: 8841-2290-5573"]],
  ),
  tc(
    'it-022',
    A,
    'OID 1.3.6.1.4.1.311.21.8 appears in the certificate template; the SNMP walk returned 2.5.29.37 as expected.',
    [],
    ['IP_ADDRESS'],
  ),
  tc(
    'it-023',
    A,
    'Asset register: Dell Latitude 5540, service tag 7KQ2M93, Windows licence key VK7JG-NPHTM-C97JM-9MPGT-3V66T (volume licence, not personal).',
    [],
    ['UK_DRIVING_LICENCE', 'CREDENTIAL'],
  ),
  tc(
    'it-024',
    A,
    'The BitLocker recovery key for laptop LT-03318 is 419628-110715-536525-074052-285593-600875-123651-332816. The user is at the Walnuts office.',
    [
      [
        'CREDENTIAL',
        'BitLocker recovery key for laptop LT-03318 is 419628-110715-536525-074052-285593-600875-123651-332816',
      ],
    ],
  ),
  tc(
    'it-025',
    A,
    'Patch Tuesday: KB5046633 and KB5046617 approved for the pilot ring. Rollback window closes 14/11/2025.',
    [],
    ['DATE_OF_BIRTH', 'UK_PHONE'],
  ),
  tc(
    'it-026',
    A,
    'New SFTP account for the payroll bureau – host sftp.examplecouncil.gov.uk, user payroll_bureau, passphrase "orange lantern maple quietly". Key-based login follows next week.',
    [['CREDENTIAL', 'passphrase "orange lantern maple quietly"']],
  ),
  tc('it-027', A, 'The new DNS server is 2001:db8:4:1::53 for IPv6 and 10.0.0.53 for IPv4.', [
    ['IP_ADDRESS', '2001:db8:4:1::53'],
    ['IP_ADDRESS', '10.0.0.53'],
  ]),
  tc(
    'it-028',
    A,
    'Version string 10.0.19045.3803.2 was reported by the agent; the patch level shows 999.1.1.1 which is obviously wrong.',
    [],
    ['IP_ADDRESS'],
  ),
  tc(
    'it-029',
    A,
    'Shared drive permissions: please add a.khan@examplecouncil.gov.uk and p.osei@examplecouncil.gov.uk to the SEN Team group.',
    [
      ['EMAIL_ADDRESS', 'a.khan@examplecouncil.gov.uk'],
      ['EMAIL_ADDRESS', 'p.osei@examplecouncil.gov.uk'],
    ],
  ),
  tc(
    'it-030',
    A,
    'Phone system: your DDI is 020 8313 4420 and your voicemail PIN is 6021. Extension 4420 for internal calls.',
    [
      ['UK_PHONE', '020 8313 4420'],
      ['CREDENTIAL', 'voicemail PIN is 6021'],
    ],
  ),
  tc(
    'it-031',
    A,
    'Your PIN has been reset. A new PIN will be posted to your home address within 5 working days; we cannot send PINs by email.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'it-032',
    A,
    'Password: xxx\nUsername: xxx\n(Replace xxx with your own details in the form. Do not email them.)',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'it-033',
    A,
    'The Liquidlogic admin account is admin and the password is P@ssw0rd123 until the supplier resets it on Monday. This is shocking, I know.',
    [['CREDENTIAL', 'password is P@ssw0rd123']],
  ),
  tc(
    'it-034',
    A,
    'Please change passwords that use the council name; the pen test found several using Bromley2024 patterns. See the password guidance page.',
    [],
    ['CREDENTIAL'],
  ),
];
