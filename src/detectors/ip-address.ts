// IP_ADDRESS: a dotted IPv4 address, not a longer dotted run and not a version, clause or section number.
import { VERSION_WORDS } from './lib/words';
import type { Detector } from './types';

const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;

export const detector: Detector = {
  meta: {
    id: 'ip-address',
    entityType: 'IP_ADDRESS',
    description: 'An IPv4 address (four dotted parts of 0-255), not a version or clause number',
    clause: '003_c86f3bbf0626c1ee.txt 4.2.4',
  },
  patterns: [{ name: 'ipv4', regex: new RegExp(String.raw`\b${OCTET}(?:\.${OCTET}){3}\b`, 'g'), score: 0.6 }],
  context: [
    'ip',
    'ip address',
    'ipv4',
    'address',
    'host',
    'server',
    'logged in from',
    'login from',
    'connected from',
    'router',
    'gateway',
    'subnet',
    'vpn',
    'firewall',
    'device',
  ],
  negativeContext: VERSION_WORDS,
  minDigits: 4,
  // Four single-digit parts (`1.2.3.4`) read as clause numbers far more often than as addresses.
  invalidate: (value) => value.split('.').every((part) => part.length === 1),
};
