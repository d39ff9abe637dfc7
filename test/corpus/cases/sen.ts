// Special educational needs (SEN/EHCP) and school admissions mail, with hard negatives.
import { tc, type CorpusCase } from '../types';

const A = 'sen' as const;

export const senCases: readonly CorpusCase[] = [
  tc(
    'se-001',
    A,
    'EHCP draft for Oliver Grant (DOB 11/03/2014): primary need is autism spectrum disorder with severe anxiety; he has not attended school since September.',
    [
      ['DATE_OF_BIRTH', '11/03/2014'],
      ['SPECIAL_CATEGORY_HEALTH', 'autism spectrum disorder with severe anxiety'],
    ],
  ),
  tc(
    'se-002',
    A,
    'The SEND Local Offer pages have been updated with the new short breaks list. Please check your service entry by Friday.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'se-003',
    A,
    'Annual review paperwork: Mia has a diagnosis of ADHD and dyslexia, and her paediatrician has increased her methylphenidate dose.',
    [
      ['SPECIAL_CATEGORY_HEALTH', 'diagnosis of ADHD and dyslexia'],
      ['SPECIAL_CATEGORY_HEALTH', 'methylphenidate dose'],
    ],
  ),
  tc(
    'se-004',
    A,
    "Tribunal bundle: the parent's email address is r.osei.family@gmail.com and the child's NHS number is 444 940 2162. The hearing is listed for 3 February.",
    [
      ['EMAIL_ADDRESS', 'r.osei.family@gmail.com'],
      ['NHS_NUMBER', '444 940 2162'],
    ],
  ),
  tc(
    'se-005',
    A,
    'School transport: the pupil has cerebral palsy and uses a wheelchair, so needs a tail-lift vehicle. Pick-up from the family home at 3 Hawthorn Close, Bromley BR2 8HG.',
    [
      ['SPECIAL_CATEGORY_HEALTH', 'has cerebral palsy'],
      ['UK_POSTCODE', 'BR2 8HG'],
    ],
  ),
  tc(
    'se-006',
    A,
    'In-year admissions: 14 applications this week for Year 7. Offers are made in line with the oversubscription criteria in section 2.1.',
    [],
    ['IP_ADDRESS'],
  ),
  tc(
    'se-007',
    A,
    "Designated Safeguarding Lead at St Mary's has made a referral: the child disclosed that his stepfather sexually abused him. Police child abuse investigation team informed.",
    [
      ['SAFEGUARDING', 'sexually abused'],
      ['SAFEGUARDING', 'child abuse investigation'],
    ],
  ),
  tc(
    'se-008',
    A,
    'Reminder: all school staff must complete annual safeguarding training and read Keeping Children Safe in Education part 1 by the first INSET day.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'se-009',
    A,
    'Elective home education notification: parents say they are withdrawing Ruby (born 22/05/2013) because of bullying related to her being Jewish.',
    [
      ['DATE_OF_BIRTH', '22/05/2013'],
      ['SPECIAL_CATEGORY_OTHER', 'her being Jewish'],
    ],
  ),
  tc(
    'se-010',
    A,
    "Children missing education: Tyler (Year 9) has not been seen since half term. The family's phone 01632 960 773 is disconnected. Possible risk of criminal exploitation – county lines.",
    [
      ['UK_PHONE', '01632 960 773'],
      ['SAFEGUARDING', 'risk of criminal exploitation'],
      ['SAFEGUARDING', 'county lines'],
    ],
  ),
  tc(
    'se-011',
    A,
    'EHCP statistics for the DfE return: 2,314 plans maintained at January census, 11.4% increase. Table 3 in appendix B.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'se-012',
    A,
    'Educational psychologist report: the child has a hearing impairment (bilateral cochlear implants) and global developmental delay.',
    [
      ['SPECIAL_CATEGORY_HEALTH', 'hearing impairment'],
      ['SPECIAL_CATEGORY_HEALTH', 'global developmental delay'],
    ],
  ),
  tc(
    'se-013',
    A,
    'Parent\'s letter: "Our son was excluded for bringing a knife to school and the police have given him a youth caution." Appeal panel date to be set.',
    [
      ['CRIMINAL_OFFENCE', 'bringing a knife to school'],
      ['CRIMINAL_OFFENCE', 'youth caution'],
    ],
  ),
  tc(
    'se-014',
    A,
    'Can you send the school census return to the DfE by 15 January? The COLLECT login is on the shared drive as usual.',
    [],
    ['CREDENTIAL', 'DATE_OF_BIRTH'],
  ),
  tc(
    'se-015',
    A,
    'Personal budget for EHCP: direct payment to parent, Mrs K Ahmed, sort code 30-94-57 account 11839204. Monthly amount £612.',
    [['UK_BANK_ACCOUNT', '30-94-57 account 11839204']],
  ),
  tc(
    'se-016',
    A,
    'Admissions appeal hearing for Year 3 on 8 July. The clerk is Helen at appeals@examplecouncil.gov.uk.',
    [['EMAIL_ADDRESS', 'appeals@examplecouncil.gov.uk']],
    ['DATE_OF_BIRTH'],
  ),
  tc(
    'se-017',
    A,
    'SEN transport contract for the Riverside routes went to the lowest bidder; their price per mile was confidential and we agreed not to disclose it to the other operators.',
    [
      ['COMMERCIAL_CONFIDENTIAL', 'price per mile was confidential'],
      ['COMMERCIAL_CONFIDENTIAL', 'agreed not to disclose it to the other operators'],
    ],
  ),
  tc(
    'se-018',
    A,
    'The pupil is a young carer for her mum, who has bipolar disorder and was recently detained in hospital.',
    [
      ['SPECIAL_CATEGORY_HEALTH', 'has bipolar disorder'],
      ['SPECIAL_CATEGORY_HEALTH', 'detained in hospital'],
    ],
  ),
  tc(
    'se-019',
    A,
    'Please find the Year 6 SATs timetable attached. Key stage 2 tests run from 11 to 14 May; results by 7 July.',
    [],
    ['DATE_OF_BIRTH'],
  ),
  tc(
    'se-020',
    A,
    "Children's details for the short breaks list:\n1. Alfie Moss, d.o.b. 01-09-2015, epilepsy\n2. Grace Lin, d.o.b. 17-12-2012, Down syndrome\n3. Sami Noor, d.o.b. 05-06-2017, complex medical needs (gastrostomy)",
    [
      ['DATE_OF_BIRTH', '01-09-2015'],
      ['SPECIAL_CATEGORY_HEALTH', 'epilepsy'],
      ['DATE_OF_BIRTH', '17-12-2012'],
      ['SPECIAL_CATEGORY_HEALTH', 'Down syndrome'],
      ['DATE_OF_BIRTH', '05-06-2017'],
      ['SPECIAL_CATEGORY_HEALTH', 'complex medical needs (gastrostomy)'],
    ],
  ),
  tc(
    'se-021',
    A,
    'Year 10 careers fair: employers include the NHS, the Met Police and the British Army. Stalls set up from 8am.',
    [],
    ['SPECIAL_CATEGORY_HEALTH', 'CRIMINAL_OFFENCE'],
  ),
  tc(
    'se-022',
    A,
    'Mum tells us the family are Roma and moved from Romania last year; the children speak little English. EAL support requested.',
    [['SPECIAL_CATEGORY_OTHER', 'the family are Roma']],
  ),
  tc(
    'se-023',
    A,
    'School nurse says the boy is often hungry and comes to school in dirty clothes. She thinks it may be neglect and wants a MASH referral.',
    [
      ['SAFEGUARDING', 'may be neglect'],
      ['SAFEGUARDING', 'MASH referral'],
    ],
  ),
  tc(
    'se-024',
    A,
    "The Teachers' Pensions portal password policy requires 12 characters. The portal is at https://www.teacherspensions.co.uk.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'se-025',
    A,
    'Tuition provider invoice: 12 sessions for pupil UPN A123456789012 at £45. Please raise a PO.',
    [],
    ['NHS_NUMBER', 'UK_PASSPORT', 'UK_NINO'],
  ),
];
