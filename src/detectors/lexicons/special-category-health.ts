// Lexicon for SPECIAL_CATEGORY_HEALTH: a person's physical or mental health, disability, care and treatment.
import type { LexiconData } from '../lexicon';
import { PERSON_ANCHORS } from './anchors';

export const specialCategoryHealthLexicon: LexiconData = {
  entityType: 'SPECIAL_CATEGORY_HEALTH',
  extensionsNeedAnchor: true,
  phrases: [
    // detention and assessment under the Mental Health Act 1983
    'sectioned under the mental health act', 'detained under the mental health act', 'detained under section 2',
    'detained under section 3', 'detained under s2', 'detained under s3', 'has been sectioned', 'was sectioned',
    'been sectioned', 'mental health act assessment', 'mha assessment', 'community treatment order',
    // HR health records
    'occupational health referral', 'referral to occupational health', 'referred to occupational health',
    'oh referral', 'occupational health report', 'occupational health assessment', 'fit note', 'sick note',
    'signed off sick', 'signed off with', 'statement of fitness for work', 'ill health retirement',
    'ill-health retirement', 'phased return following',
    // housing and benefits medical evidence
    'medical priority', 'medical assessment form', 'medical evidence from', 'letter from her gp', 'letter from his gp',
    'letter from their gp', 'gp letter confirms', 'consultant letter', 'medical needs banding',
    // diagnoses stated about a named person
    'her diagnosis', 'his diagnosis', 'their diagnosis of', 'diagnosis of autism', 'diagnosis of adhd',
    'diagnosis of dementia', 'diagnosis of cancer', 'tested positive for', 'hiv positive', 'hiv-positive',
    'is autistic', 'is diabetic', 'is epileptic', 'is terminally ill', 'is registered blind', 'is deaf',
    'has dementia', 'has cancer', 'has diabetes', 'has epilepsy', 'has autism', 'has adhd', 'has a learning disability',
    'has learning disabilities', 'mental health crisis', 'suicidal thoughts', 'suicidal ideation', 'suicide attempt',
    'attempted suicide', 'took an overdose', 'self-harming', 'self harming',
  ],
  anchoredTerms: [
    // conditions
    'diabetes', 'diabetic', 'type 1 diabetes', 'type 2 diabetes', 'dementia', "alzheimer's", 'alzheimers',
    'cancer', 'chemotherapy', 'radiotherapy', 'tumour', 'leukaemia', 'lymphoma', 'hiv', 'hepatitis', 'tuberculosis',
    'epilepsy', 'epileptic', 'seizure', 'seizures', 'stroke', 'heart attack', 'heart condition', 'heart failure',
    'multiple sclerosis', "parkinson's", 'motor neurone disease', 'copd', 'asthma', 'arthritis', 'cerebral palsy',
    'spina bifida', "down's syndrome", 'down syndrome', "huntington's", 'cystic fibrosis', 'sickle cell',
    'autism', 'autistic', 'asd', 'adhd', 'dyslexia', 'dyslexic', 'dyspraxia', 'global developmental delay',
    'learning disability', 'learning disabilities', 'physical disability', 'disability', 'disabled',
    'sensory impairment', 'hearing impairment', 'visual impairment', 'visually impaired', 'sight loss', 'blind',
    'wheelchair user', 'mobility problems', 'mobility issues', 'incontinence', 'incontinent', 'catheter', 'dialysis',
    'amputation', 'long covid', 'covid', 'chronic fatigue', 'fibromyalgia', 'terminal illness', 'terminally ill',
    'palliative care', 'end of life care', 'life-limiting', 'blood pressure', 'obesity', 'pregnant', 'pregnancy',
    'miscarriage', 'termination of pregnancy', 'ivf', 'stillbirth', 'menopause',
    // mental health
    'mental health', 'mental health condition', 'mental health problems', 'mental health issues', 'mental illness',
    'mental ill health', 'depression', 'depressed', 'anxiety', 'panic attacks', 'bipolar', 'schizophrenia',
    'schizophrenic', 'psychosis', 'psychotic', 'personality disorder', 'eating disorder', 'anorexia', 'bulimia',
    'ptsd', 'post-traumatic stress', 'ocd', 'self-harm', 'self harm', 'suicidal', 'overdose', 'stress-related',
    'work-related stress', 'camhs', 'cmht', 'crisis team', 'mental health act', 'sectioned',
    // substance use
    'alcohol dependency', 'alcohol dependent', 'alcoholic', 'alcohol misuse', 'substance misuse', 'drug misuse',
    'drug addiction', 'addiction', 'heroin', 'methadone', 'detox',
    // treatment and records
    'diagnosis', 'diagnosed', 'prognosis', 'medication', 'prescribed', 'antidepressants', 'insulin', 'surgery',
    'admitted to hospital', 'in hospital', 'discharged from hospital', 'hospital admission', 'medical condition',
    'medical conditions', 'medical needs', 'medical history', 'health condition', 'health conditions',
    'health problems', 'health issues', 'ill health', 'sickness absence', 'sick leave', 'off sick',
    'personal independence payment', 'pip award', 'disability living allowance', 'dla', 'attendance allowance',
    'limited capability for work', 'blue badge', 'sexual health clinic', 'sexually transmitted',
  ],
  anchors: [...PERSON_ANCHORS, 'psychiatrist', 'paediatrician', 'sen support'],
  negatives: [
    'health and safety', 'health & safety', 'environmental health', 'public health', 'public health campaign',
    'health and wellbeing board', 'health and wellbeing', 'health and social care', 'health scrutiny',
    'healthwatch', 'health visitor', 'health visiting', 'nhs health check', 'health check programme',
    'health impact assessment', 'integrated care board', 'mental health awareness', 'mental health awareness week',
    'mental health first aid', 'mental health first aider', 'mental health first aiders', 'world mental health day',
    'mental health strategy', 'mental health and wellbeing strategy', 'mental health charity', 'mental health champions',
    'dementia friendly', 'dementia-friendly', 'dementia friends', 'dementia action week', 'autism awareness',
    'autism strategy', 'cancer awareness', 'cancer research', 'stroke association', 'diabetes prevention programme',
    'diabetes uk', 'disabled facilities grant', 'disabled facilities grants', 'disabled parking', 'disabled parking bay',
    'disabled toilet', 'disabled access', 'disability confident', 'disability access', 'disability awareness',
    'disability history month', 'disability network', 'sickness absence policy', 'sickness absence procedure',
    'sickness absence management', 'sickness absence figures', 'sickness absence rates', 'sickness absence data',
    'sickness absence statistics', 'sickness absence training', 'pregnancy and maternity', 'covid-19 recovery',
    'covid recovery', 'covid-19 restrictions', 'covid restrictions', 'covid inquiry', 'blue badge scheme',
    'blue badge applications', 'stress awareness', 'anxiety about the deadline', 'health and wellbeing survey',
    'in good health',
  ],
};
