// Cases for the credential detector: secrets given in council mail versus talk about passwords.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'Hi Sam, your temporary password: Blue7!sky - please change it when you first log in.',
      expect: ['Blue7!sky'],
    },
    {
      text: 'Your login is jsmith / Winter2026 for the Mosaic training environment.',
      expect: ['jsmith / Winter2026'],
    },
    {
      text: 'Carers can let themselves in: the key safe code 4471 is on the left of the front door.',
      expect: ['4471'],
    },
    {
      text: 'I have reset the voicemail on your desk phone and the PIN is 8812.',
      expect: ['8812'],
    },
    {
      text: 'API key: sk_live_51HqLyjWDarjtT1zdp7dcXYZab for the payments integration.',
      expect: ['sk_live_51HqLyjWDarjtT1zdp7dcXYZab'],
    },
    {
      text: 'The password for the spreadsheet is Housing#2026 so you can open the attachment.',
      expect: ['Housing#2026'],
    },
    { text: 'Guest wifi password: CivicCentre42', expect: ['CivicCentre42'] },
    { text: "Mrs Okafor's key safe number is 2958, the carers have been told.", expect: ['2958'] },
    {
      text: 'Your password has been reset to Tulip-88aa and will expire in 24 hours.',
      expect: ['Tulip-88aa'],
    },
    { text: 'Door entry code: 7390#', expect: ['7390#'] },
    { text: 'Username: k.hughes\nPassword: Ravens!2026', expect: ['Ravens!2026'] },
    {
      text: 'Login details are tking / Spring2026! - keep them safe.',
      expect: ['tking / Spring2026!'],
    },
    { text: 'The alarm code is 6620, please set it when you leave the depot.', expect: ['6620'] },
    { text: 'Memorable word: Bluebell', expect: ['Bluebell'] },
    { text: 'pwd: Qz8#mm1L', expect: ['Qz8#mm1L'] },
    {
      text: 'Here is the zip password "Fost3r!ng" for the placement reports.',
      expect: ['Fost3r!ng'],
    },
    {
      text: 'Access token: ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789',
      expect: ['ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789'],
    },
    {
      text: 'The AWS key we were sent is AKIAQ3EGRT7XWM2PLK5N, revoke it today.',
      expect: ['AKIAQ3EGRT7XWM2PLK5N'],
    },
    {
      text: 'Client secret = 8f2k9Lq0Zx7Vb3Nm5Tr1Yp4W for the CRM connector.',
      expect: ['8f2k9Lq0Zx7Vb3Nm5Tr1Yp4W'],
    },
    { text: 'Gate code 51827 for the allotments, as discussed.', expect: ['51827'] },
    { text: 'New password: Pr1mrose\nPlease do not forward this email.', expect: ['Pr1mrose'] },
    {
      text: 'log in with admin / Cl3rkLaptop and update the virus definitions',
      expect: ['admin / Cl3rkLaptop'],
    },
    {
      text: 'The laptop password was changed to Harlaxton2026 yesterday.',
      expect: ['Harlaxton2026'],
    },
    { text: 'Passcode: 904417', expect: ['904417'] },
    { text: 'Temp password   :   Welcome!93  (case sensitive)', expect: ['Welcome!93'] },
    {
      text: '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----',
      count: 1,
    },
    { text: 'PIN number 3906 for the purchase card ending 0042.', expect: ['3906'] },
    {
      text: 'To open the zip use the passphrase amber-lantern-river.',
      expect: ['amber-lantern-river'],
    },
    { text: "His memorable word for the surgery line is 'bluebell'.", expect: ['bluebell'] },
    { text: 'The key box at the void flat opens with 5-2-9-7.', expect: ['5-2-9-7'] },
    {
      text: 'The wifi password is on the sticker under the router: Heron4418',
      expect: ['Heron4418'],
    },
    {
      text: 'Log on as reception.desk with pass Tide!2026 until IT reset yours.',
      expect: ['reception.desk with pass Tide!2026'],
    },
  ],
  invalid: [
    { text: 'Please read the password policy before the audit.' },
    { text: 'Forgotten your password? Use the self-service portal.' },
    { text: 'Your password must be 12 characters and include a number.' },
    { text: 'Password: ********' },
    { text: 'Password: <password>' },
    { text: 'Password: [password]' },
    { text: 'PIN: xxxx' },
    { text: 'Please reset your password using the link on the intranet.' },
    { text: 'The password will be sent separately by text message.' },
    { text: 'Password: sent separately' },
    { text: 'The key safe is fitted beside the front door; code on the care record.' },
    { text: 'Passwords should never be shared, even with IT.' },
    { text: 'Set up passwords, passcodes, passkeys or biometric equivalents on personal devices.' },
    { text: 'Your password is incorrect. Please try again.' },
    { text: 'The PIN must be four digits and not your date of birth.' },
    { text: 'Log in to the portal with your usual username and password.' },
    { text: 'Enter your password in the box below.' },
    { text: 'The password is on the sticky note in the safe.' },
    { text: 'Use a password manager for shared accounts.' },
    { text: 'Reminder: key stage 2 results are due.' },
    { text: 'The dress code for the civic reception is smart.' },
    { text: 'PIN is 1234 in the training example.' },
    { text: 'Your PIN is 0000 until activated.' },
    { text: 'Please pass the file to the housing team.' },
    { text: 'The document is password protected; ring me for the password.' },
    { text: 'Password expiry is now 90 days for all staff accounts.' },
    { text: 'Login: see the welcome pack.' },
    { text: 'Token: see the integration guide.' },
    { text: 'Use AKIAIOSFODNN7EXAMPLE as the example key in the documentation.' },
    { text: 'Use the same password as before when you sign in.' },
    { text: 'Meet me by the keypad at the side door, 10 minutes before the visit.' },
    { text: 'Choose a passphrase of three random words, not your name.' },
  ],
};

export default cases;
