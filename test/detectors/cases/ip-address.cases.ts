// Cases for the IP address detector: dotted IPv4, not versions, clause numbers or longer dotted runs.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'Logged in from IP 81.2.69.160 at 09:14',
      expect: ['81.2.69.160'],
      minConfidence: 0.85,
    },
    { text: 'The server is on 192.168.10.20.', expect: ['192.168.10.20'] },
    { text: 'Blocked 203.0.113.45 and 198.51.100.7', expect: ['203.0.113.45', '198.51.100.7'] },
    { text: 'The new DNS server is 2001:db8:4:1::53 for IPv6', expect: ['2001:db8:4:1::53'] },
    {
      text: 'host fe80:0:0:0:202:b3ff:fe1e:8329 dropped',
      expect: ['fe80:0:0:0:202:b3ff:fe1e:8329'],
    },
    {
      text: 'logged in from IP 5.62.41.7',
      expect: ['5.62.41.7'],
      note: 'single-digit first part with context',
    },
    {
      text: 'ip \uff11\uff19\uff12.\uff11\uff16\uff18.\uff11.\uff12\uff10',
      normalise: true,
      expect: ['192.168.1.20'],
    },
  ],
  invalid: [
    { text: 'Version 10.2.14.3 of the app' },
    { text: 'See clause 12.3.14.2 of the policy' },
    { text: 'section 8.10.2.11 applies' },
    { text: 'item 1.2.3.4' },
    { text: 'oid 1.3.6.1.4.1.311', note: 'more than four parts' },
    { text: 'build 192.168.1.1.5', note: 'five parts' },
    { text: 'value 256.1.1.1', note: 'part over 255' },
    { text: 'value 01.02.03.04', note: 'leading zeros' },
    { text: 'numbers 1.2.3.4 in a list', note: 'single-digit parts' },
    { text: 'see https://10.0.0.15/admin', note: 'inside a URL' },
    {
      text: 'Mosaic 7.4.2.1 is being deployed; the upgrade from 7.3.9.12 takes four hours.',
      note: 'versions',
    },
    { text: 'The meeting runs 10:30:00 to 12:15:00', note: 'times are not IPv6' },
    { text: 'ratio 1:2:3:4 in the table', note: 'not IPv6' },
  ],
};

export default cases;
