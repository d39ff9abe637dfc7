// Fresh round-six set: credentials and special category (other) in council wording, with hard negatives, written before the tuning it guided (see docs/heldout-evaluation.md).
import { tc, type CorpusCase } from '../types';

/** The types this set labels; other category findings are not scored on it. */
export const FRESH_SIX_TYPES = ['CREDENTIAL', 'SPECIAL_CATEGORY_OTHER'] as const;

/** Round six: written before any round-six change and scored first with the unchanged detectors. */
export const freshSixthCases: readonly CorpusCase[] = [
  // CREDENTIAL positives: helpdesk resets, key safes, door entry, Wi-Fi, shared logins, codes, tokens
  tc(
    'sf6-c01',
    'it-helpdesk',
    "Hi Priya, I've set up your account. Your temporary password is Kestrel#2291 and you'll be asked to change it at first logon.",
    [['CREDENTIAL', 'Your temporary password is Kestrel#2291']],
  ),
  tc(
    'sf6-c02',
    'social-care',
    'Key safe is to the left of the front door, code is 3816. Please scramble the numbers after use.',
    [['CREDENTIAL', 'code is 3816']],
  ),
  tc(
    'sf6-c03',
    'it-helpdesk',
    'Wi-Fi for the training room - network: CCBC-Training, password: riverbank2026',
    [['CREDENTIAL', 'password: riverbank2026']],
  ),
  tc(
    'sf6-c04',
    'benefits',
    "Shared mailbox is benefits.team, password Cardigan!77 (please don't change it without telling everyone).",
    [['CREDENTIAL', 'password Cardigan!77']],
  ),
  tc(
    'sf6-c05',
    'housing',
    "I've reset Mrs Evans's Citizen Portal login so she can get in: her username is mevans1958 and the password has been set to Daffodil4.",
    [['CREDENTIAL', 'the password has been set to Daffodil4']],
  ),
  tc(
    'sf6-c06',
    'benefits',
    'Hi, the code the portal texted me is 482913 - can you put it in for me as I am not able to get to a computer?',
    [['CREDENTIAL', 'the code the portal texted me is 482913']],
  ),
  tc(
    'sf6-c07',
    'social-care',
    "If the bank asks, the answer to her security question (mother's maiden name) is Pritchard.",
    [['CREDENTIAL', "the answer to her security question (mother's maiden name) is Pritchard"]],
  ),
  tc(
    'sf6-c08',
    'procurement',
    'Please use the following header for the test environment: X-Api-Key: 7f3c9a12e4b84d0c9a6e55b1d2f07c3a. The live key will follow once the DPIA is signed.',
    [['CREDENTIAL', 'X-Api-Key: 7f3c9a12e4b84d0c9a6e55b1d2f07c3a']],
  ),
  tc(
    'sf6-c09',
    'it-helpdesk',
    'Scanner admin page details as requested.\nUsername: reception.scanner\nPassword:\nHollybush55\nThanks, Dewi',
    [['CREDENTIAL', 'Hollybush55']],
  ),
  tc(
    'sf6-c10',
    'it-helpdesk',
    "Re: meeting room laptop password. Sorry, forgot to say - it's Lighthouse!9 and the PIN for Teams is the same as before.",
    [['CREDENTIAL', "it's Lighthouse!9"]],
  ),
  tc(
    'sf6-c11',
    'finance',
    "I've zipped the invoices because of the bank details. To open the zip use Bramble7Otter.",
    [['CREDENTIAL', 'To open the zip use Bramble7Otter']],
  ),
  tc(
    'sf6-c12',
    'it-helpdesk',
    "I've set your voicemail PIN to 5827 for now, you can change it from the handset.",
    [['CREDENTIAL', 'voicemail PIN to 5827']],
  ),
  tc(
    'sf6-c13',
    'it-helpdesk',
    'System | Username | Password\nCareDirector | jhughes | Saturn#84\nMosaic | jhughes2 | Neptune#19',
    [
      ['CREDENTIAL', 'Saturn#84'],
      ['CREDENTIAL', 'Neptune#19'],
    ],
  ),
  tc(
    'sf6-c14',
    'sen',
    'Bore da Sian, the cyfrinair for the Hwb laptop is Eryri2024! Diolch, Rhian',
    [['CREDENTIAL', 'the cyfrinair for the Hwb laptop is Eryri2024!']],
  ),
  tc(
    'sf6-c15',
    'social-care',
    'Entry to the block is via the keypad: 2 5 8 0 then press the bell symbol.',
    [['CREDENTIAL', 'keypad: 2 5 8 0']],
  ),
  tc(
    'sf6-c16',
    'social-care',
    'KS code for Mr Jenkins: 1147. Carers to return the key after every call.',
    [['CREDENTIAL', 'KS code for Mr Jenkins: 1147']],
  ),
  tc(
    'sf6-c17',
    'social-care',
    "The key safe number has changed, it's now 6093 - please update the rota notes.",
    [['CREDENTIAL', "it's now 6093"]],
  ),
  tc('sf6-c18', 'it-helpdesk', 'Router in the library van: SSID LibVan-4G, WPA key 7HQ4KD9M22XP.', [
    ['CREDENTIAL', 'WPA key 7HQ4KD9M22XP'],
  ]),
  tc(
    'sf6-c19',
    'benefits',
    "Her Universal Credit journal login is sarah.m.jones and password Robin2019 - she's happy for us to check the payments with her.",
    [['CREDENTIAL', 'login is sarah.m.jones and password Robin2019']],
  ),
  tc(
    'sf6-c20',
    'social-care',
    'The lockbox on the side gate is set to 0719 until the family change it.',
    [['CREDENTIAL', 'lockbox on the side gate is set to 0719']],
  ),
  tc(
    'sf6-c21',
    'sen',
    "The passcode for Ellis's communication iPad is 270614, his mum is fine with staff knowing it.",
    [['CREDENTIAL', "The passcode for Ellis's communication iPad is 270614"]],
  ),
  tc(
    'sf6-c22',
    'it-helpdesk',
    'Can you read me the number from the authenticator? Never mind, I have it: 719 204.',
    [['CREDENTIAL', '719 204']],
  ),
  tc(
    'sf6-c23',
    'it-helpdesk',
    'Sign in with your council email and this temporary password: fT8#qLm2',
    [['CREDENTIAL', 'temporary password: fT8#qLm2']],
  ),
  tc(
    'sf6-c24',
    'it-helpdesk',
    'The admin credentials for the CCTV recorder at the depot are admin / Cctv@Depot1.',
    [['CREDENTIAL', 'admin / Cctv@Depot1']],
  ),
  tc(
    'sf6-c25',
    'housing',
    'Alarm code for the void at 3 Heol y Bryn is 1-9-7-3 then the tick button.',
    [['CREDENTIAL', 'Alarm code for the void at 3 Heol y Bryn is 1-9-7-3']],
  ),
  tc(
    'sf6-c26',
    'hr',
    'New starter: network login jbrown2, temporary password Welcome01! (must be changed on first login).',
    [['CREDENTIAL', 'temporary password Welcome01!']],
  ),
  tc(
    'sf6-c27',
    'it-helpdesk',
    "The guest Wi-Fi key is on the poster in reception but it's GreenDragon77 if anyone asks.",
    [['CREDENTIAL', "it's GreenDragon77"]],
  ),
  tc(
    'sf6-c28',
    'procurement',
    'Your client secret for the sandbox tenant is: 3kP~9vQ_xR2.mT8wZ4yL1nB6 and it is valid for 90 days.',
    [['CREDENTIAL', 'client secret for the sandbox tenant is: 3kP~9vQ_xR2.mT8wZ4yL1nB6']],
  ),
  tc(
    'sf6-c29',
    'benefits',
    "Memorable word on Mr Lloyd's account is 'harbour' and his phone banking PIN is 2468.",
    [
      [
        'CREDENTIAL',
        "Memorable word on Mr Lloyd's account is 'harbour' and his phone banking PIN is 2468",
      ],
    ],
  ),
  tc(
    'sf6-c30',
    'social-care',
    'Please give the agency carer the code for the key safe - 9051 - and ask them to put the key back.',
    [['CREDENTIAL', 'code for the key safe - 9051']],
  ),
  tc('sf6-c31', 'housing', 'Door code at Maes y Dref changed today. New one is 3390X.', [
    ['CREDENTIAL', 'New one is 3390X'],
  ]),
  tc(
    'sf6-c32',
    'sen',
    'Parent Portal login - email: k.morgan@example.org, password: Sunny-Days-12',
    [['CREDENTIAL', 'password: Sunny-Days-12']],
  ),
  tc('sf6-c33', 'it-helpdesk', 'pwd - Wexford88 (capital W). Let me know if it locks you out.', [
    ['CREDENTIAL', 'pwd - Wexford88'],
  ]),
  tc(
    'sf6-c34',
    'it-helpdesk',
    "I've reset your password to Winter_Coat3, please change it when you next log in.",
    [['CREDENTIAL', 'reset your password to Winter_Coat3']],
  ),
  tc('sf6-c35', 'housing', 'Cod y drws cefn yw 5512. The back door code is for contractors only.', [
    ['CREDENTIAL', 'Cod y drws cefn yw 5512'],
  ]),
  tc(
    'sf6-c36',
    'it-helpdesk',
    'Password for the Sage payroll test login\n\nuser: payroll.test\npass: Fenwick-Amber-03',
    [['CREDENTIAL', 'pass: Fenwick-Amber-03']],
  ),
  // CREDENTIAL hard negatives: policy, reset advice, fitted key safes, outages, blank fields, masked values
  tc(
    'sf6-cn01',
    'it-helpdesk',
    'Reminder: passwords must be at least 12 characters and must not be reused. See the password policy on the intranet.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn02',
    'housing',
    "If you've forgotten your password, reset your password via the portal using the 'Forgot password' link.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn03',
    'finance',
    'The PIN machine in the cash office is broken again, please take card payments over the phone.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn04',
    'social-care',
    "Key safe fitted at 14 Rhodfa'r Castell on Tuesday; the OT will show the family how it works.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn05',
    'it-helpdesk',
    'Wi-Fi is down across the Civic Centre this morning; engineers are on site and expect it back by 11.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn06',
    'benefits',
    'Username: ____________\nPassword: ____________\n(complete in block capitals)',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn07',
    'it-helpdesk',
    'The password field just shows ******** so I cannot tell what it was set to.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn08',
    'it-helpdesk',
    "Please don't email passwords. Phone the service desk and they will give it to you.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn09',
    'social-care',
    'The door code will be texted to the carers separately by the coordinator.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn10',
    'housing',
    'Your one-time code will be sent to the mobile number we hold for you.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn11',
    'procurement',
    'The API key for the planning portal expires on 31 March, please ask the supplier for a new one.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn12',
    'social-care',
    'Key safe code not known - family to confirm at the next visit.',
    [],
    ['CREDENTIAL'],
  ),
  tc('sf6-cn13', 'it-helpdesk', 'PIN: [sent by SMS]', [], ['CREDENTIAL']),
  tc(
    'sf6-cn14',
    'it-helpdesk',
    'We use two-factor authentication: enter the 6-digit code from the Authenticator app when asked.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn15',
    'finance',
    'Password protected documents must be sent through Egress, not as zip files.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn16',
    'benefits',
    'Her security answer was wrong three times so the account is locked for 24 hours.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn17',
    'it-helpdesk',
    "Mae'r cyfrinair wedi newid - please ring the IT desk for the new one.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn18',
    'housing',
    'The door entry system at Elm Court was upgraded last year at a cost of 4200 pounds.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'sf6-cn19',
    'it-helpdesk',
    'Your new password is the one you chose at the kiosk; we cannot see it.',
    [],
    ['CREDENTIAL'],
  ),
  // SPECIAL_CATEGORY_OTHER positives: a person's faith, ethnicity, orientation, gender identity, union, politics, genetics, biometrics
  tc(
    'sf6-o01',
    'social-care',
    'Mrs Hussain is a practising Muslim and would prefer a female carer for personal care.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mrs Hussain is a practising Muslim and would prefer a female carer for personal care.',
      ],
    ],
  ),
  tc(
    'sf6-o02',
    'hr',
    'In the grievance meeting Gareth said he has been a Unite rep for ten years and feels targeted because of it.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'In the grievance meeting Gareth said he has been a Unite rep for ten years and feels targeted because of it.',
      ],
    ],
  ),
  tc(
    'sf6-o03',
    'sen',
    'Tom disclosed to his tutor that he is trans and asked for his school records to show his new name.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Tom disclosed to his tutor that he is trans and asked for his school records to show his new name.',
      ],
    ],
  ),
  tc(
    'sf6-o04',
    'housing',
    "Our tenant, Mr Adeyemi, is of Nigerian heritage and feels the neighbour's comments are aimed at his background.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Our tenant, Mr Adeyemi, is of Nigerian heritage and feels the neighbour's comments are aimed at his background.",
      ],
    ],
  ),
  tc(
    'sf6-o05',
    'hr',
    'Alex identifies as non-binary and has asked that managers use they/them in the case papers.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Alex identifies as non-binary and has asked that managers use they/them in the case papers.',
      ],
    ],
  ),
  tc(
    'sf6-o06',
    'hr',
    "The applicant told the panel she is a Jehovah's Witness and will not take part in the Christmas events.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "The applicant told the panel she is a Jehovah's Witness and will not take part in the Christmas events.",
      ],
    ],
  ),
  tc(
    'sf6-o07',
    'sen',
    'Dad is a paid-up member of the Green Party and asked us not to raise it with the school.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Dad is a paid-up member of the Green Party and asked us not to raise it with the school.',
      ],
    ],
  ),
  tc(
    'sf6-o08',
    'hr',
    "Attached is Mr Singh's biometric enrolment (fingerprint and face scan) for the depot time clock.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Attached is Mr Singh's biometric enrolment (fingerprint and face scan) for the depot time clock.",
      ],
    ],
  ),
  tc(
    'sf6-o09',
    'social-care',
    "The genetic screening confirms that Leo has inherited his father's Huntington's gene.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "The genetic screening confirms that Leo has inherited his father's Huntington's gene.",
      ],
    ],
  ),
  tc(
    'sf6-o10',
    'social-care',
    'Their aunt says the boys are being brought up in the Orthodox Jewish tradition and keep kosher.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Their aunt says the boys are being brought up in the Orthodox Jewish tradition and keep kosher.',
      ],
    ],
  ),
  tc(
    'sf6-o11',
    'social-care',
    "Amir told his key worker he's gay and hasn't told his family yet.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Amir told his key worker he's gay and hasn't told his family yet.",
      ],
    ],
  ),
  tc(
    'sf6-o12',
    'benefits',
    'She wears a niqab and has asked for a female officer at the interview.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'She wears a niqab and has asked for a female officer at the interview.',
      ],
    ],
  ),
  tc(
    'sf6-o13',
    'hr',
    'The employee belongs to the RMT and wants his branch secretary with him at the hearing.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The employee belongs to the RMT and wants his branch secretary with him at the hearing.',
      ],
    ],
  ),
  tc(
    'sf6-o14',
    'housing',
    'He is a Romani Gypsy and has lived on the roadside with his extended family for most of his life.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'He is a Romani Gypsy and has lived on the roadside with his extended family for most of his life.',
      ],
    ],
  ),
  tc(
    'sf6-o15',
    'councillor',
    'Ms Clarke delivers leaflets for the Lib Dems every election and says the objection is being treated as political.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Ms Clarke delivers leaflets for the Lib Dems every election and says the objection is being treated as political.',
      ],
    ],
  ),
  tc(
    'sf6-o16',
    'hr',
    'Mr Okafor is an ordained Baptist deacon and has asked for Sundays off the rota.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mr Okafor is an ordained Baptist deacon and has asked for Sundays off the rota.',
      ],
    ],
  ),
  tc(
    'sf6-o17',
    'social-care',
    'Her partner is a woman and the couple want to be assessed together as foster carers.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Her partner is a woman and the couple want to be assessed together as foster carers.',
      ],
    ],
  ),
  tc(
    'sf6-o18',
    'social-care',
    "During the assessment Eilidh said she is an atheist and doesn't want a religious funeral for her mum.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "During the assessment Eilidh said she is an atheist and doesn't want a religious funeral for her mum.",
      ],
    ],
  ),
  tc(
    'sf6-o19',
    'hr',
    'Mrs Begum is a Bangladeshi Muslim woman and believes she was passed over because she wears a headscarf.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mrs Begum is a Bangladeshi Muslim woman and believes she was passed over because she wears a headscarf.',
      ],
    ],
  ),
  // SPECIAL_CATEGORY_OTHER hard negatives: organisations, costs, venues, training, consultations, statistics
  tc(
    'sf6-on01',
    'finance',
    'The European Union funding for the coastal path project ends in March.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf6-on02',
    'procurement',
    'Labour costs on the roofing contract rose by 12% this year.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf6-on03',
    'councillor',
    'The Conservative Party conference venue has asked about road closures near the ICC.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf6-on04',
    'hr',
    'All managers must complete equality and diversity training by the end of June.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf6-on05',
    'councillor',
    'The faith groups consultation on the cemetery extension closes on Friday.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf6-on06',
    'hr',
    'Unison and GMB have been consulted on the restructure proposals and their response is attached.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf6-on07',
    'councillor',
    'The mosque on Brook Street has applied for planning permission for a larger car park.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf6-on08',
    'hr',
    'The workforce report breaks down our staff by ethnicity, religion and sexual orientation.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf6-on09',
    'councillor',
    'The Labour group will table an amendment to the budget at full council.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf6-on10',
    'benefits',
    'Biometric residence permits are being replaced by eVisas, so please update the ID checklist.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf6-on11',
    'councillor',
    'Pride Cymru will close Park Place on Saturday and the council stall still needs volunteers.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf6-on12',
    'councillor',
    'Nomination papers for the Green Party candidate were received by the returning officer at 3pm.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf6-on13',
    'social-care',
    'Please book the church hall for the Welsh-language coffee morning on the 14th.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
];
