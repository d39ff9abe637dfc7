// HR mail: sickness absence, disciplinary and grievance cases, recruitment, payroll, with hard negatives.
import { tc, type CorpusCase } from '../types';

const A = 'hr' as const;

export const hrCases: readonly CorpusCase[] = [
  tc('hr-001', A, 'Occupational health referral for Gary in Parks: he has been off for six weeks with work-related stress and is now on antidepressants. OH appointment on Monday.', [
    ['SPECIAL_CATEGORY_HEALTH', 'off for six weeks with work-related stress'],
    ['SPECIAL_CATEGORY_HEALTH', 'on antidepressants'],
  ]),
  tc('hr-002', A, 'New starter form: Aisha Rahman, date of birth 07/08/1990, NI number YT295044B, start date 05/01/2026. Payroll to set up.', [
    ['DATE_OF_BIRTH', '07/08/1990'],
    ['UK_NINO', 'YT295044B'],
  ]),
  tc('hr-003', A, 'Disciplinary hearing outcome: final written warning for Mr Bates. He disclosed that he has a spent conviction for drink driving, which is not relevant to the allegation.', [
    ['CRIMINAL_OFFENCE', 'spent conviction for drink driving'],
  ]),
  tc('hr-004', A, 'Please note the helpline for questions about the restructure consultation is 020 7946 0321, staffed 9 to 5.', [
    ['UK_PHONE', '020 7946 0321'],
  ]),
  tc('hr-005', A, 'Grievance: Kemi says her line manager made comments about her being a Muslim and wearing a hijab, and she feels she was passed over for the acting-up role because of it.', [
    ['SPECIAL_CATEGORY_OTHER', 'her being a Muslim'],
  ]),
  tc('hr-006', A, 'Reasonable adjustments meeting: John has type 1 diabetes and epilepsy and needs a fixed break at 12:30. He has asked that the team is not told.', [
    ['SPECIAL_CATEGORY_HEALTH', 'has type 1 diabetes and epilepsy'],
  ]),
  tc('hr-007', A, 'Payroll query: salary for employee 104482 went to the old account. New details are sort code 60-83-71, account number 29384756. Please re-run.', [
    ['UK_BANK_ACCOUNT', '60-83-71, account number 29384756'],
  ]),
  tc('hr-008', A, 'The Pay Policy Statement 2026/27 goes to Full Council on 25 February. It sets out pay multiples for chief officers under section 38 of the Localism Act 2011.', [], ['DATE_OF_BIRTH', 'COMMERCIAL_CONFIDENTIAL']),
  tc('hr-009', A, 'Hi Jan, for the right to work check the candidate showed passport no. 543219876, expiring 2031. Copy on file.', [
    ['UK_PASSPORT', '543219876'],
  ]),
  tc('hr-010', A, 'Please bring your passport or birth certificate to the ID check on your first day. Photocopies are not accepted.', [], ['UK_PASSPORT', 'DATE_OF_BIRTH']),
  tc('hr-011', A, 'Mandatory health and safety induction and manual handling training must be completed within four weeks of starting.', [], ['SPECIAL_CATEGORY_HEALTH']),
  tc('hr-012', A, 'Enhanced DBS for the new residential care worker shows a caution for shoplifting in 2019. Recruitment panel to risk-assess before confirming the offer.', [
    ['CRIMINAL_OFFENCE', 'caution for shoplifting'],
  ]),
  tc('hr-013', A, 'Maternity leave: Sophie is pregnant, due date 14/04/2026, and wants to start leave on 02/03/2026. MATB1 attached.', [
    ['SPECIAL_CATEGORY_HEALTH', 'Sophie is pregnant'],
  ], ['DATE_OF_BIRTH']),
  tc('hr-014', A, 'Strike ballot: the GMB have notified us of industrial action in waste services from 1 March. Contingency plans attached.', [], ['SPECIAL_CATEGORY_OTHER', 'DATE_OF_BIRTH']),
  tc('hr-015', A, 'Sickness record for Lee Parry (employee 209911): 14 days this year with a back injury, and a further 10 days for alcohol dependency treatment. Stage 2 meeting due.', [
    ['SPECIAL_CATEGORY_HEALTH', 'back injury'],
    ['SPECIAL_CATEGORY_HEALTH', 'alcohol dependency treatment'],
  ]),
  tc('hr-016', A, 'Equality monitoring returns: 62% of respondents completed the ethnicity and sexual orientation questions this year, up from 48%.', [], ['SPECIAL_CATEGORY_OTHER']),
  tc('hr-017', A, 'Employee has told her manager that she is a lesbian and is worried about remarks made in the team WhatsApp group. Please handle discreetly.', [
    ['SPECIAL_CATEGORY_OTHER', 'she is a lesbian'],
  ]),
  tc('hr-018', A, 'The Driving at Work policy requires staff to show their licence each year. The licence check portal is at https://www.gov.uk/view-driving-licence.', [], ['UK_DRIVING_LICENCE']),
  tc('hr-019', A, 'Pool car booking for Darren Morgan: driving licence number MORGA753116SM9IJ checked on the DVLA portal, 3 points.', [
    ['UK_DRIVING_LICENCE', 'MORGA753116SM9IJ'],
  ]),
  tc('hr-020', A, 'Employment tribunal claim received. The claimant alleges discrimination on the grounds of his sexual orientation and that colleagues outed him as bisexual.', [
    ['SPECIAL_CATEGORY_OTHER', 'his sexual orientation'],
    ['SPECIAL_CATEGORY_OTHER', 'outed him as bisexual'],
  ]),
  tc('hr-021', A, 'The European Union (Withdrawal) Act changes how we check right to work for EU nationals hired after 2021. HR guidance version 1.3 attached.', [], ['SPECIAL_CATEGORY_OTHER', 'IP_ADDRESS']),
  tc('hr-022', A, 'Job applicant Alan Pike has declared a conviction for assault occasioning actual bodily harm from 2016. Please pass to the Head of Service for the risk assessment.', [
    ['CRIMINAL_OFFENCE', 'conviction for assault occasioning actual bodily harm'],
  ]),
  tc('hr-023', A, 'Staff survey invite: please complete by Friday. It takes 10 minutes and is anonymous. Link: https://survey.examplecouncil.gov.uk/s/8814732399', [], ['NHS_NUMBER']),
  tc('hr-024', A, 'Agency worker timesheet: Jodie Walsh, NI number NE672419C – wait, that is her sister\'s. Hers is KB 49 10 26 C. Please correct.', [
    ['UK_NINO', 'NE672419C'],
    ['UK_NINO', 'KB 49 10 26 C'],
  ]),
  tc('hr-025', A, 'Please remind managers that sickness absence should be recorded on iTrent on the first day. The absence policy is at paragraph 6.2.', [], ['SPECIAL_CATEGORY_HEALTH']),
  tc('hr-026', A, 'Exit interview: Carl resigned to care for his partner, who was diagnosed with motor neurone disease in the summer.', [
    ['SPECIAL_CATEGORY_HEALTH', 'diagnosed with motor neurone disease'],
  ]),
  tc('hr-027', A, 'Conservative estimate for the apprenticeship levy spend this year is £410k; we could draw down more if services put roles forward.', [], ['SPECIAL_CATEGORY_OTHER']),
  tc('hr-028', A, 'Phased return plan for Nadia after her cancer treatment: 50% hours for two weeks, then 75%. OH recommends no lone working for now.', [
    ['SPECIAL_CATEGORY_HEALTH', 'her cancer treatment'],
  ]),
  tc('hr-029', A, 'Emergency contact for Ben Cole (started 10/11/2025): his father, on +44 7700 900218.', [
    ['UK_PHONE', '+44 7700 900218'],
  ], ['DATE_OF_BIRTH']),
  tc('hr-030', A, 'Suspension letter: you are suspended on full pay pending investigation of the allegation that you accessed social care records without a business reason. This is not a disciplinary sanction.', [], ['CRIMINAL_OFFENCE']),
  tc('hr-031', A, 'Candidate pack: shortlisted applicants are asked for their date of birth only on the equality form, which is detached before shortlisting.', [], ['DATE_OF_BIRTH']),
  tc('hr-032', A, 'Bank details for the new starter: Ms Lily Chen, Santander, sort code 09-01-28, account no. 56129087.', [
    ['UK_BANK_ACCOUNT', '09-01-28, account no. 56129087'],
  ]),
];
