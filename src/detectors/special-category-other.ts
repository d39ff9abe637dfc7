// SPECIAL_CATEGORY_OTHER detector: a person's ethnicity, politics, religion, union membership, genetics, biometrics or sex life.
import {
  compilePhrases,
  createLexiconDetector,
  findPhrases,
  phraseKey,
  type LexiconMatch,
} from './lexicon';
import {
  otherPartyVerbs,
  otherPracticeVerbs,
  specialCategoryOtherLexicon,
} from './lexicons/special-category-other';
import type { Detector } from './types';

/** Every verb the prose matcher starts from, in one trie regex over the scan's word index. */
const LEADS = compilePhrases([...otherPartyVerbs, ...otherPracticeVerbs]);
const PRACTICE_KEYS = new Set(otherPracticeVerbs.map(phraseKey));
/** After a party verb: a named party ("the Socialist Workers Party", "Plaid Cymru"). Case-sensitive on purpose. Sticky at the verb's end. */
const NAMED_PARTY =
  /[\t ]+(?:the[\t ]+)?(?:[A-Z][a-z]+[\t ]+){1,4}Party\b|[\t ]+(?:Plaid Cymru|the SNP|Sinn F[e\u00e9]in)\b/y;
/** After a practice verb: a faith ("Hinduism", "the Sikh faith", "Islam"). Sticky at the verb's end. */
const FAITH =
  /[\t ]+(?:(?:hinduism|islam|judaism|sikhism|buddhism|christianity|catholicism|paganism|jainism|rastafarianism|zoroastrianism)\b|the[\t ]+(?:muslim|hindu|sikh|jewish|christian|catholic|buddhist|jain|baha'i|rastafarian|pagan)[\t ]+(?:faith|religion)\b)/iy;

/** Capitalised words before "Party" that name a gathering or a legal party, not a political one. */
const NOT_POLITICAL = new Set(
  (
    'christmas summer garden working tea birthday leaving retirement street office staff dinner hen ' +
    'stag block search third interested responsible injured guilty opposing other contracting ' +
    'relevant affected host house pool beach launch works wedding costume fancy dress team'
  ).split(' '),
);

/** Whether a named party is a political one: the word before "Party" is not a gathering's or a legal role's. */
function political(name: string): boolean {
  const words = name.trim().split(/[\t ]+/);
  const before = words[words.length - 2];
  return before === undefined || !NOT_POLITICAL.has(before.toLowerCase());
}

/** Matched verb text → whether it is a practice verb, memoised (a few dozen spellings of common words). */
const practiceCache = new Map<string, boolean>();

function isPracticeVerb(matched: string): boolean {
  let practice = practiceCache.get(matched);
  if (practice === undefined) {
    practice = PRACTICE_KEYS.has(phraseKey(matched));
    if (practiceCache.size < 1024) practiceCache.set(matched, practice);
  }
  return practice;
}

/**
 * A person's political party or faith written as prose the phrase list does not name: a membership
 * or activity verb before a named party ("active in the Socialist Workers Party") and a practice verb
 * before a faith ("practises Hinduism").
 */
export function beliefInProse(text: string): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  for (const lead of findPhrases(text, LEADS)) {
    const practice = isPracticeVerb(text.slice(lead.start, lead.end));
    const tail = practice ? FAITH : NAMED_PARTY;
    tail.lastIndex = lead.end;
    const found = tail.exec(text);
    if (found !== null && (practice || political(found[0])))
      matches.push({
        start: lead.start,
        end: lead.end + found[0].length,
        kind: 'phrase',
        anchored: true,
      });
  }
  return matches;
}

export const detector: Detector = createLexiconDetector(
  {
    id: 'special-category-other',
    entityType: 'SPECIAL_CATEGORY_OTHER',
    description:
      'Racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic or biometric data, sex life or sexual orientation of a person ("is a member of Unison"), not the European Union or Labour costs.',
    clause: '003_c86f3bbf0626c1ee.txt 1.5',
  },
  specialCategoryOtherLexicon,
  undefined,
  beliefInProse,
);
