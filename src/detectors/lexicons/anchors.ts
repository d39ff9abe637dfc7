// Person anchors shared by the lexicons: words that tie a sensitive term to an individual.

/** Pronouns, titles, family relations and the roles a council's case notes use for a person. */
export const PERSON_ANCHORS: readonly string[] = [
  // pronouns and possessives (not "they/their": too often about a group)
  'he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself', 'my', 'myself',
  "he's", "she's", "he'd", "she'd", 'I have', "I've", 'I am', "I'm", 'I was',
  // titles
  'mr', 'mrs', 'ms', 'miss', 'mx', 'master',
  // family
  'son', 'daughter', 'stepson', 'stepdaughter', 'mother', 'mum', 'father', 'dad', 'stepfather', 'stepmother',
  'parent', 'grandmother', 'grandfather', 'nan', 'grandson', 'granddaughter', 'brother', 'sister', 'sibling',
  'husband', 'wife', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'uncle', 'aunt', 'nephew', 'niece',
  'baby', 'infant', 'toddler', 'the child', 'this child', 'the children', 'a child', 'child is', 'child has',
  'young person', 'the young person', 'teenager', 'the boy', 'the girl', 'the man', 'the woman',
  // roles in case work
  'client', 'service user', 'the resident', 'this resident', 'the tenant', 'tenant', 'the applicant', 'applicant',
  'claimant', 'the claimant', 'patient', 'pupil', 'the pupil', 'the student', 'carer', 'cared for person',
  'adult at risk', 'the adult', 'the individual', 'this individual', 'the person', 'this person', 'the customer',
  'the occupant', 'householder', 'victim', 'the victim', 'perpetrator', 'the perpetrator', 'the suspect',
  'the employee', 'employee', 'staff member', 'member of staff', 'colleague', 'the officer concerned',
  'new starter', 'job applicant', 'the candidate', 'candidate',
  // person-record markers
  'dob', 'd.o.b', 'date of birth', 'nhs number', 'nhs no', 'case ref', 'case reference', 'case number',
  'mosaic id', 'liquidlogic', 'upn', 'ehcp', 'education health and care plan',
  // predicates that only apply to a person
  'diagnosed with', 'has been diagnosed', 'was diagnosed', 'recently diagnosed', 'suffers from', 'suffering from',
  'is living with', 'lives with', 'has a history of', 'history of', 'identifies as', 'disclosed that',
  'told us that', 'informed us that', 'self-identifies', 'self identifies',
];
