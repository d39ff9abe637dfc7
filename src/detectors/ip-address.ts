// IP_ADDRESS: IPv4 (not a longer dotted run, a version, clause or section number) and IPv6 addresses.
import { VERSION_WORDS } from './lib/words';
import type { Detector } from './types';

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;
const WIDE_OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d)`;

/** IPv6: eight groups, or fewer around one `::`; a time such as `10:30:00` is neither. */
function ipv6Valid(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return false;
  return halves.length === 2 ? groups.length <= 7 : groups.length === 8;
}

export const detector: Detector = {
  meta: {
    id: 'ip-address',
    entityType: 'IP_ADDRESS',
    description:
      'An IPv4 address (four dotted parts of 0-255) that is not a version or clause number, or an IPv6 address',
    clause: '003_c86f3bbf0626c1ee.txt 4.2.4',
  },
  patterns: [
    {
      name: 'ipv4',
      regex: new RegExp(String.raw`\b${WIDE_OCTET}(?:\.${OCTET}){3}\b`, 'g'),
      score: 0.6,
      zoneNeeds: { dots: 3 },
    },
    // A single-digit first part (`7.3.9.12`) reads as a version as often as an address: it needs context.
    {
      name: 'ipv4-short-first-part',
      regex: new RegExp(String.raw`\b\d(?:\.${OCTET}){3}\b`, 'g'),
      score: 0.25,
      zoneNeeds: { dots: 3 },
    },
    {
      name: 'ipv6',
      regex: /\b[\da-f]{1,4}(?::[\da-f]{0,4}){2,7}(?![\w:])/gi,
      score: 0.6,
      contains: ':',
    },
  ],
  context: [
    'ip',
    'ip address',
    'ipv4',
    'ipv6',
    'address',
    'host',
    'server',
    'dns',
    'logged in from',
    'login from',
    'connected from',
    'router',
    'gateway',
    'subnet',
    'vpn',
    'firewall',
    'device',
    // Welsh: IP address.
    'cyfeiriad ip',
  ],
  negativeContext: VERSION_WORDS,
  minDigits: 2,
  minRun: 1,
  validate: (value) => !value.includes(':') || ipv6Valid(value),
  // Four single-digit parts (`1.2.3.4`) read as clause numbers far more often than as addresses.
  invalidate: (value) =>
    !value.includes(':') && value.split('.').every((part) => part.length === 1),
};
