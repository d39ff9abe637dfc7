// UK_BANK_ACCOUNT: a sort code with an 8-digit account number; weak on its own, reported only near bank words.
import { allSameDigits, sequentialDigits } from './lib/checks';
import type { Detector } from './types';

const SORT_CODE = String.raw`(?:\d{2}-\d{2}-\d{2}|\d{2} \d{2} \d{2}|\d{6})`;

/** An 8-digit account run, and a sort code as one 6-digit run or three 2-digit ones. */
const ACCOUNT_RUNS = {
  runLengths: [
    [8, 6],
    [8, 2],
  ],
};

/** The last value parts() read and its result: validate and invalidate read the same match in turn. */
let lastValue = '';
let lastParts: { account: string | undefined; sortCode: string } = {
  account: undefined,
  sortCode: '',
};

/** The first 8-digit run of a match (the account number) and the other runs joined (the sort code). */
function parts(value: string): { account: string | undefined; sortCode: string } {
  if (value === lastValue) return lastParts;
  const runs = value.match(/\d+/g) ?? [];
  const account = runs.find((r) => r.length === 8);
  const sortCode = runs.filter((r) => r.length !== 8).join('');
  lastValue = value;
  lastParts = { account, sortCode };
  return lastParts;
}

export const detector: Detector = {
  meta: {
    id: 'uk-bank-account',
    entityType: 'UK_BANK_ACCOUNT',
    description: 'A UK sort code together with an 8-digit account number, near banking words',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  patterns: [
    {
      name: 'sort-code-then-account',
      regex: new RegExp(String.raw`\b${SORT_CODE}\b\D{1,40}\b\d{8}\b`, 'g'),
      score: 0.3,
      zoneNeeds: ACCOUNT_RUNS,
    },
    {
      name: 'account-then-sort-code',
      regex: new RegExp(String.raw`\b\d{8}\b\D{1,40}\b${SORT_CODE}\b`, 'g'),
      score: 0.3,
      zoneNeeds: ACCOUNT_RUNS,
    },
  ],
  context: [
    // "Sort:" labels a sort code ("Account: 31926819, Sort: 20-00-00"); the pattern is specific
    // enough (an account run and a sort-code shape within 40 characters) for the bare word.
    'sort',
    'sort code',
    'sortcode',
    's/c',
    'account number',
    'account no',
    'acc',
    'acc no',
    'acct',
    'a/c',
    'a/c no',
    'bank',
    'bank account',
    'bank details',
    'banking details',
    'building society',
    'bacs',
    'direct debit',
    'standing order',
    'payee',
    // Welsh, with the mutated forms a word takes after fy/ei/eich (`ei gyfeiriad`, `fy nghod post`).
    'cod didoli',
    'god didoli',
    'rhif cyfrif',
    'rif cyfrif',
    'manylion banc',
    'cyfrif banc',
    'banc',
  ],
  minDigits: 14,
  minRun: 8,
  validate: (value) => {
    const { account, sortCode } = parts(value);
    return account !== undefined && sortCode.length === 6;
  },
  invalidate: (value) => {
    const { account = '', sortCode } = parts(value);
    return allSameDigits(account) || sequentialDigits(account) || allSameDigits(sortCode);
  },
};
