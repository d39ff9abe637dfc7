// Cases for the UK phone detector: 0, +44 and +44 (0) forms, possible GB numbers; dates and versions are not phones.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'id,phone\n0,07700900123\n1,01632 960 001',
      expect: ['07700900123', '01632 960 001'],
      minConfidence: 0.85,
      note: 'CSV rows with a number field before the phone',
    },
    {
      text: 'Call me on 07700 900123',
      expect: ['07700 900123'],
      minConfidence: 0.85,
      note: 'Ofcom drama range is possible',
    },
    { text: 'Tel: 020 7946 0958', expect: ['020 7946 0958'] },
    { text: 'Mobile +44 7700 900456', expect: ['+44 7700 900456'] },
    { text: 'Direct line +44 (0)20 7946 0958', expect: ['+44 (0)20 7946 0958'] },
    {
      text: 'Switchboard (0161) 496 0000 or 0161-496-0001',
      expect: ['(0161) 496 0000', '0161-496-0001'],
    },
    { text: 'ring 01632960001 after 2', expect: ['01632960001'] },
    { text: 'Freephone 0800 123 4567', expect: ['0800 123 4567'] },
    { text: 'call 0044 113 496 0000', expect: ['0044 113 496 0000'] },
    { text: 'phone 07700\u00a0900123', normalise: true, expect: ['07700 900123'] },
    {
      text: 'phone \uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff11\uff12\uff13',
      normalise: true,
      expect: ['07700 900123'],
    },
    {
      text: 'Ffôn symudol: 07700 900481',
      expect: ['07700 900481'],
      minConfidence: 0.85,
      note: 'Welsh',
    },
  ],
  invalid: [
    { text: 'Meeting 01/02/2024 at 10:30' },
    { text: 'Released in version 0.12.3.4567' },
    { text: 'See clause 01.02.03 of the contract' },
    { text: 'Order number 01234 567890', note: 'order number' },
    { text: 'Invoices 0012345678 and 0012345679 were paid twice', note: 'invoice numbers' },
    { text: 'call 0123 456 7890', note: 'counting run' },
    { text: 'call 0207 946', note: 'too short' },
    { text: 'call 07700 900123 4', note: 'part of a longer run' },
    { text: 'call 020 7946 09581', note: 'too long' },
    { text: 'tel 0900 000 000', note: 'placeholder' },
    { text: 'id 12007700900123', note: 'inside a longer number' },
    { text: 'https://example.org/c/07700900123', note: 'inside a URL' },
  ],
};

export default cases;
