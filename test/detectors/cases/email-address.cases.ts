// Cases for the email address detector.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'Contact jane.smith@examplecouncil.gov.uk today',
      expect: ['jane.smith@examplecouncil.gov.uk'],
    },
    { text: 'from <j.bloggs+housing@gmail.com>', expect: ['j.bloggs+housing@gmail.com'] },
    {
      text: 'mailto:o.brien@nhs.net, cc a_b@sub.example.co.uk.',
      expect: ['o.brien@nhs.net', 'a_b@sub.example.co.uk'],
    },
    { text: 'email (k.hughes@example.org)', expect: ['k.hughes@example.org'] },
    { text: 'j.doe\u200b@example.org', normalise: true, expect: ['j.doe@example.org'] },
    {
      text: 'E-bost: j.jones@gmail.com',
      expect: ['j.jones@gmail.com'],
      minConfidence: 0.9,
      note: 'Welsh',
    },
  ],
  invalid: [
    { text: 'Write to firstname.surname@examplecouncil.gov.uk', note: 'template address' },
    { text: 'Our handle is @examplecouncil on social media' },
    { text: 'meet @ 10:30 at the civic centre' },
    { text: 'user@localhost is not an address', note: 'no top-level domain' },
    { text: 'broken .jane@example.org address', note: 'local part starts with a dot' },
    { text: 'x@example.1', note: 'numeric top-level domain' },
    { text: 'xxx@example.org', note: 'placeholder' },
    { text: 'Upload the logo@2x.png and icon@3x.png files', note: 'image file names' },
  ],
};

export default cases;
