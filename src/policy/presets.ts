// Label scheme presets: the 2014 Government Security Classifications (OFFICIAL < OFFICIAL-SENSITIVE).
import { deepFreeze } from './freeze';
import type { Policy, PolicyInput } from './schema';

export interface LabelPreset {
  id: string;
  description: string;
  labels: Policy['labels'];
  /** Minimum label per entity type in this scheme's terms. */
  minimumLabels: Policy['detection']['minimumLabels'];
  bulk: NonNullable<Policy['detection']['bulk']>;
  /** Rule options that name labels, restated in this scheme's terms. */
  rules: NonNullable<PolicyInput['rules']>;
}

/**
 * OFFICIAL is the baseline; every type the default policy marks PROTECT or RESTRICTED needs
 * OFFICIAL-SENSITIVE, so media and personal webmail are barred from it and it needs encryption outside.
 */
export const official2014Scheme: LabelPreset = deepFreeze({
  id: 'official-2014',
  description: 'Government Security Classifications (2014): OFFICIAL < OFFICIAL-SENSITIVE',
  labels: {
    scheme: [
      { id: 'OFFICIAL', description: 'Routine council business; no marking required' },
      {
        id: 'OFFICIAL-SENSITIVE',
        description: 'Personal, commercial or other sensitive information',
      },
    ],
    descriptors: ['PERSONAL', 'COMMERCIAL', 'LOCSEN'],
    purview: [],
  },
  minimumLabels: {
    SPECIAL_CATEGORY_HEALTH: 'OFFICIAL-SENSITIVE',
    SPECIAL_CATEGORY_OTHER: 'OFFICIAL-SENSITIVE',
    CRIMINAL_OFFENCE: 'OFFICIAL-SENSITIVE',
    SAFEGUARDING: 'OFFICIAL-SENSITIVE',
    CREDENTIAL: 'OFFICIAL-SENSITIVE',
    NHS_NUMBER: 'OFFICIAL-SENSITIVE',
    UK_NINO: 'OFFICIAL-SENSITIVE',
    PAYMENT_CARD: 'OFFICIAL-SENSITIVE',
    UK_BANK_ACCOUNT: 'OFFICIAL-SENSITIVE',
    IBAN: 'OFFICIAL-SENSITIVE',
    UK_PASSPORT: 'OFFICIAL-SENSITIVE',
    UK_DRIVING_LICENCE: 'OFFICIAL-SENSITIVE',
    DATE_OF_BIRTH: 'OFFICIAL-SENSITIVE',
    COMMERCIAL_CONFIDENTIAL: 'OFFICIAL-SENSITIVE',
    EMAIL_ADDRESS: null,
    UK_PHONE: null,
    UK_POSTCODE: null,
    IP_ADDRESS: null,
  },
  bulk: { threshold: 10, label: 'OFFICIAL-SENSITIVE' },
  rules: {
    'audience-not-cleared': {
      options: { barred: { 'OFFICIAL-SENSITIVE': ['media', 'personal-webmail'] } },
    },
    'encryption-required': { options: { minimumLabel: 'OFFICIAL-SENSITIVE' } },
  },
});

export const LABEL_PRESETS: readonly LabelPreset[] = [official2014Scheme];

/** `policy` restated in the preset's labels: scheme, minimum labels, bulk label and label-naming rule options. */
export function applyPreset<P extends PolicyInput>(policy: P, preset: LabelPreset): P {
  const rules: NonNullable<PolicyInput['rules']> = { ...policy.rules };
  for (const id of Object.keys(preset.rules) as (keyof typeof preset.rules)[]) {
    const setting = preset.rules[id];
    if (setting)
      rules[id] = {
        ...rules[id],
        ...setting,
        options: { ...rules[id]?.options, ...setting.options },
      };
  }
  return {
    ...policy,
    labels: { ...structuredCopy(preset.labels), purview: [] },
    detection: {
      ...policy.detection,
      minimumLabels: { ...preset.minimumLabels },
      bulk: { ...preset.bulk },
    },
    rules,
  };
}

function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
