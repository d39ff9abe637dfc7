// Cases for the DVLA driving licence detector: the 16-character structure.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'Driving licence number MORGA753116SM9IJ',
      expect: ['MORGA753116SM9IJ'],
      minConfidence: 0.85,
    },
    {
      text: 'DVLA: JONES710238HA3DX 05',
      expect: ['JONES710238HA3DX 05'],
      minConfidence: 0.85,
      note: 'with issue number',
    },
    {
      text: 'licence SMITH862054J99AB',
      expect: ['SMITH862054J99AB'],
      note: 'one initial padded with 9, female month',
    },
    {
      text: 'driver LEE99702105AB8CD',
      expect: ['LEE99702105AB8CD'],
      note: 'short surname padded with 9',
    },
    {
      text: 'Driving licence: MORGA 753116 SM9IJ',
      expect: ['MORGA 753116 SM9IJ'],
      minConfidence: 0.85,
      note: 'spaced as on the photocard',
    },
    {
      text: 'Trwydded yrru MORGA753116SM9IJ',
      expect: ['MORGA753116SM9IJ'],
      minConfidence: 0.85,
      note: 'Welsh: driving licence',
    },
  ],
  invalid: [
    { text: 'licence MORGA713116SM9IJ', note: 'month 13' },
    { text: 'licence MORGA 713116 SM9IJ', note: 'month 13, spaced' },
    { text: 'licence MORGA753336SM9IJ', note: 'day 33' },
    { text: 'licence MO9GA753116SM9IJ', note: '9 inside the surname' },
    { text: 'licence MORGA753116S9MIJ', note: 'padding 9 before an initial' },
    { text: 'licence MORGA753116SM9I', note: 'too short' },
    { text: 'serial ABCDE123456FG7HI', note: 'month 34 is no month' },
    { text: 'ref XMORGA753116SM9IJ', note: 'glued' },
  ],
};

export default cases;
