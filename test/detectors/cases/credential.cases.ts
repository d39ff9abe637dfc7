// Cases for the credential detector: secrets given in council mail versus talk about passwords.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'The admin console takes pr1ntR00m! as the password; the username is admin.',
      expect: ['pr1ntR00m!'],
      note: 'the value before its keyword',
    },
    {
      text: 'Dial 8000, enter 590317 when it asks for your PIN, then record a greeting.',
      expect: ['590317'],
      note: 'a PIN before the prompt that asks for it',
    },
    {
      text: 'The passcode is currently 271864 until you change it.',
      expect: ['271864'],
    },
    {
      text: 'Use Audit!Spring24 to get in - the username is housingaudit.',
      expect: ['Audit!Spring24'],
      note: 'named by what it opens',
    },
    {
      text: "The pricing schedule is protected. It's Tend3r-Lot2-Ws! (case-sensitive) - keep it to the panel.",
      expect: ['Tend3r-Lot2-Ws!'],
      note: 'marked case-sensitive',
    },
    {
      text: 'Guest wifi: network CivicGuest, pw civic-visitor-88.',
      expect: ['civic-visitor-88'],
      note: 'a bare abbreviation',
    },
    {
      text: 'Passphrase is velvet otter kingdom - all lower case, single spaces.',
      expect: ['velvet otter kingdom'],
      note: 'a passphrase of plain words',
    },
    {
      text: 'Encryption key for the SFTP transfer of the business rates batch to the Valuation Office: 3c7e91a0d4b25f68e1a9c03b7d2f5e84a6c19b0372de5f4a8b61c0e93d7f2a15.',
      expect: ['3c7e91a0d4b25f68e1a9c03b7d2f5e84a6c19b0372de5f4a8b61c0e93d7f2a15'],
      note: 'a long qualifier before a machine key',
    },
    {
      text: 'I regenerated the webhook signing secret for the payments callback, new value is a3ZQbW9yZVRlc3REYXRhMTIzNDU2Nzg5MGFiY2Q= and the old one stops at midnight.',
      expect: ['a3ZQbW9yZVRlc3REYXRhMTIzNDU2Nzg5MGFiY2Q='],
    },
    {
      text: 'For the meeting room PC the password is Winter2026! (please do not share).',
      count: 1,
      note: 'a meeting room is no meeting invitation',
    },
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
    {
      text: 'The stores padlock is set to 5190 until the new one arrives.',
      expect: ['5190'],
      note: 'a lock, then "is set to"',
    },
    {
      text: 'The code Bob gave the carers is 7316, please keep it off the rota.',
      expect: ['7316'],
      note: 'a few plain words between a PIN keyword and "is"',
    },
    { text: 'Front door keypad: 4 0 7 2 and then the green button.', expect: ['4 0 7 2'] },
    {
      text: "Teams room tablet password? Sorry, meant to say, it's Quarry!58 for now.",
      expect: ['Quarry!58'],
      note: 'a value given by reference to the keyword',
    },
    {
      text: "The alarm code at the library changed overnight; it's now 6604.",
      expect: ['6604'],
    },
    {
      text: 'Site | Login | Password\nDepot | depot.admin | Gravel#221\nTip | tip.admin | Skip@Site9',
      expect: ['Gravel#221', 'Skip@Site9'],
      note: 'a table column headed by the keyword',
    },
    { text: 'Cyfrinair: Afon-Taf-2026', expect: ['Afon-Taf-2026'], note: 'Welsh' },
    { text: 'Cod y drws ffrynt yw 8815.', expect: ['8815'], note: 'Welsh: the front door code is' },
    {
      text: 'Mae eich cyfrinair newydd yn Haf2024!',
      expect: ['Haf2024!'],
      note: 'Welsh: your new password is (yn)',
    },
    {
      text: 'Mae cod y drws cefn yn 4471.',
      expect: ['4471'],
      note: 'Welsh: the back door code is (yn)',
    },
    { text: 'WPA2 key 9KD2LM44QZ7R for the mobile library router.', expect: ['9KD2LM44QZ7R'] },
    { text: 'To open the attachment use Pebble4Garden.', expect: ['Pebble4Garden'] },
    { text: 'pwd - Marlin2027 (all one word)', expect: ['Marlin2027'] },
    {
      text: 'I have changed your password to Copper_Lane8 as you asked.',
      expect: ['Copper_Lane8'],
      note: 'a secret-shaped value after talk of a reset',
    },
    { text: 'The answer to his security question is Aberaeron.', expect: ['Aberaeron'] },
    {
      text: 'Key safe is to the left of the back door behind the green bin, code 2719 - please scramble it after use.',
      note: 'a bare code after the lock it opens',
    },
    {
      text: 'Code for the side door 4471# btw, main entrance stays locked.',
      note: 'what the code opens, then the code',
    },
    {
      text: 'The passphrase for the BitLocker stick is purple tractor harbour 61 (all lower case, with the spaces).',
      note: 'a qualifier before "is", a number after the words',
    },
    {
      text: 'For the laptop use the guest wifi BCC-Guest, the key is sunflower-Otter-319 (capital O).',
      note: 'the key of a network named before',
    },
  ],
  invalid: [
    {
      text: 'Use Office365 to sign in to your email from home.',
      note: 'a product name, not a secret',
    },
    { text: 'Use MS365 to log in.', note: 'capitals and digits only' },
    {
      text: 'Your booking reference XK29PL7 (case-sensitive) is on the confirmation.',
      note: 'a reference called case-sensitive',
    },
    { text: 'PW 2024 results are attached.', note: 'an abbreviation and a year' },
    {
      text: 'The security question is favourite childhood pet.',
      note: 'the question, not its answer',
    },
    { text: 'The memorable word is in your welcome pack.', note: 'where it is, not what' },
    { text: 'Enter 2024 when it asks for your PIN year.', note: 'a year' },
    { text: 'Use your date of birth as the password.', note: 'what to use, not the value' },
    { text: 'The discount code is SAVE20 until Friday.', note: 'a code named by its use' },
    { text: 'The voucher code is 8HG2-KL9P and the project code is PRJ-2024-07.' },
    { text: 'The ward budget code is 20-00-00-1234 for 2025/26.', note: 'a finance code' },
    {
      text: 'Microsoft Teams meeting\nClick here to join the meeting\nMeeting ID: 394 571 203 664\nPasscode: xYz12A\nDownload Teams | Join on the web',
      note: "a Teams invitation's passcode: sent to everyone invited",
    },
    {
      text: 'Join Zoom Meeting\nhttps://us02web.zoom.us/j/9434765919?pwd=aBcD1234EfGh5678\n\nMeeting ID: 943 476 5919\nPasscode: 482913',
      note: "a Zoom invitation's link and passcode",
    },
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
    { text: 'The padlock on the bin store was cut and replaced on Monday.' },
    { text: "The key safe was fitted in 2019; it's now 2024 and due for renewal." },
    { text: 'To open the attachment use 7-Zip, not the built-in viewer.' },
    { text: 'To open the file use Adobe Reader.' },
    { text: 'Please change your password to something memorable of 14 characters.' },
    { text: 'Name | Role | Password changed\nJo Evans | Admin | yes\nSam Lee | User | no' },
    { text: 'Door code changed again, the new one will be texted to the carers.' },
    { text: 'The security question is what was the name of your first pet.' },
    { text: "Mae'r cyfrinair ar y daflen - ring the desk if you can't find it." },
    {
      text: "Mae'r cyfrinair yn rhy fyr, rhowch gynnig arall.",
      note: 'Welsh: the password is too short',
    },
    { text: "Mae'r cod drws yn gweithio eto.", note: 'Welsh: the door code is working again' },
    { text: "The wifi password is on the card; it's the one under the router." },
    // a bare "code" with no lock named before it, or a lock being fitted
    { text: 'The door was fixed, the code 4412 is the job number.' },
    { text: 'The key safe installation is booked, code 4412 on the job sheet.' },
    { text: 'On the wifi project the key is Phase2-Delivery.' },
    {
      text: 'A passphrase of three random words is best, for example something you will remember.',
    },
  ],
};

export default cases;
