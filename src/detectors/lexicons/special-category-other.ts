// Lexicon for SPECIAL_CATEGORY_OTHER: ethnicity, politics, religion, trade union, genetic, biometric, sex life.
import type { LexiconData } from '../lexicon';
import { PERSON_ANCHORS } from './anchors';

const UNIONS = ['unison', 'unite', 'gmb', 'the gmb', 'neu', 'the neu', 'nasuwt', 'naht', 'ucu', 'rcn', 'the rcn', 'pcs', 'aspect', 'bma', 'the bma', 'fbu', 'the fbu', 'a trade union', 'a union', 'the union'];

export const specialCategoryOtherLexicon: LexiconData = {
  entityType: 'SPECIAL_CATEGORY_OTHER',
  extensionsNeedAnchor: true,
  phrases: [
    // trade union membership of a person
    ...UNIONS.map((union) => `is a member of ${union}`),
    ...UNIONS.map((union) => `is a ${union.replace(/^(?:the|a) /, '')} member`),
    'unison member', 'gmb member', 'unite member', 'neu member', 'nasuwt member', 'ucu member', 'rcn member',
    'union membership number', 'union subscriptions deducted', 'deduction of union subscriptions',
    'accompanied by her union rep', 'accompanied by his union rep', 'accompanied by her union representative',
    'accompanied by his union representative', 'her trade union', 'his trade union', 'her union rep', 'his union rep',
    // political opinion of a person
    'member of the labour party', 'member of the conservative party', 'member of the liberal democrats',
    'member of the green party', 'member of reform uk', 'member of plaid cymru', 'member of the snp',
    'labour party member', 'conservative party member', 'green party member', 'lib dem member', 'reform uk member',
    'votes labour', 'voted labour', 'votes conservative', 'voted conservative', 'votes tory', 'voted tory',
    'voted reform', 'votes reform', 'voted lib dem', 'voted green', 'her political views', 'his political views',
    'her political opinions', 'his political opinions',
    // religion or belief of a person
    'is a practising muslim', 'is muslim', 'is a muslim', 'is jewish', 'is hindu', 'is a hindu', 'is sikh', 'is a sikh',
    'is buddhist', 'is a buddhist', 'is christian', 'is a christian', 'is catholic', 'is a catholic', 'is an atheist',
    "is a jehovah's witness", 'converted to islam', 'converted to christianity', 'her religion', 'his religion',
    'her faith', 'his faith', 'her religious beliefs', 'his religious beliefs', 'fasting for ramadan',
    // ethnicity of a person
    'her ethnicity', 'his ethnicity', 'ethnicity is recorded as', 'ethnic origin is', 'of black caribbean heritage',
    'of black african heritage', 'of pakistani heritage', 'of bangladeshi heritage', 'of mixed heritage',
    'of dual heritage', 'from the traveller community', 'from a traveller family', 'romany gypsy family',
    // sex life and sexual orientation of a person
    'came out as gay', 'came out as lesbian', 'came out as bisexual', 'came out as trans', 'is gay', 'is lesbian',
    'is bisexual', 'is transgender', 'her sexual orientation', 'his sexual orientation', 'her sexuality',
    'his sexuality', 'same-sex partner', 'her sex life', 'his sex life', 'sexual relationship with',
    // genetic and biometric data of a person
    'genetic test results', 'genetic testing showed', 'dna test results', 'paternity test', 'brca gene',
    'her fingerprints', 'his fingerprints', 'fingerprint records', 'facial recognition match', 'biometric data of',
  ],
  anchoredTerms: [
    'ethnicity', 'ethnic origin', 'racial origin', 'black british', 'white british', 'white irish', 'white other',
    'mixed race', 'asian british', 'black caribbean', 'black african', 'gypsy', 'roma', 'irish traveller', 'traveller',
    'pakistani', 'bangladeshi', 'somali',
    'political views', 'political opinions', 'political beliefs', 'political affiliation', 'party membership',
    'labour supporter', 'conservative supporter', 'tory voter', 'labour voter',
    'religion', 'religious beliefs', 'religious belief', 'philosophical beliefs', 'philosophical belief',
    'muslim', 'jewish', 'hindu', 'sikh', 'buddhist', 'atheist', 'humanist', "jehovah's witness", 'attends mosque',
    'attends church', 'attends synagogue', 'attends the gurdwara', 'attends the temple', 'ramadan',
    'trade union membership', 'union membership', 'trade union member', 'union member', 'union rep',
    'union representative', 'trade union representative',
    'genetic condition', 'genetic disorder', 'genetic test', 'genetic testing', 'dna test', 'dna sample',
    'biometric data', 'biometric', 'fingerprints', 'fingerprint', 'facial image', 'iris scan', 'retina scan',
    'voiceprint',
    'sexual orientation', 'sexuality', 'gay', 'lesbian', 'bisexual', 'homosexual', 'heterosexual', 'transgender',
    'gender reassignment', 'sex life', 'sexual partner', 'sexual partners', 'sex worker',
  ],
  anchors: PERSON_ANCHORS,
  negatives: [
    'european union', 'credit union', 'credit unions', 'union street', 'union road', 'union lane', 'union square',
    'union terrace', 'students union', "students' union", 'student union', "mothers' union", 'rugby union',
    'union jack', 'trade union facility time', 'facility time', 'trade union recognition', 'recognised trade unions',
    'trade unions have been consulted', 'trade union consultation', 'union rep meeting room', 'joint trade unions',
    'trade union side', 'labour costs', 'labour cost', 'labour market', 'labour-intensive', 'labour intensive',
    'labour rates', 'direct labour', 'child labour', 'forced labour', 'labour group', 'conservative group',
    'labour councillor', 'labour councillors', 'conservative councillor', 'conservative councillors',
    'conservative estimate', 'conservative estimates', 'conservative approach', 'conservative assumption',
    'conservation area', 'green party group', 'political restriction', 'politically restricted',
    'politically neutral', 'political neutrality', 'political balance', 'church hall', 'church street',
    'church road', 'church lane', 'christ church', 'catholic school', 'catholic primary', 'catholic high',
    'jewish community centre', 'faith groups', 'faith leaders', 'faith communities', 'faith school', 'faith schools',
    'gypsy and traveller site', 'gypsy and traveller sites', 'traveller site', 'traveller sites',
    'gypsy and traveller accommodation assessment', 'ethnicity data', 'ethnicity breakdown', 'by ethnicity',
    'ethnicity pay gap', 'biometric equivalents', 'biometric login', 'biometric residence permit',
    'biometric residence permits', 'fingerprint reader', 'fingerprint scanner', 'fingerprint login',
    'fingerprint unlock', 'biometric authentication', 'lgbt history month', 'lgbtq+ network', 'pride month',
    'sexual orientation and gender identity', 'equality monitoring form', 'equality act', 'roma supermarket',
  ],
};
