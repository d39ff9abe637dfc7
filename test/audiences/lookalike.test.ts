// Lookalike domains: edit distance and confusables against internal/partner domains, and legitimate domains left alone.
import { foldConfusables } from '../../src/audiences/confusables';
import { editDistance } from '../../src/audiences/distance';
import { allowedEdits, findLookalike } from '../../src/audiences/lookalike';
import { defaultPolicy } from '../../src/policy/default';
import type { Policy } from '../../src/policy/schema';

describe('lookalikes of the default policy', () => {
  test.each([
    ['examplecounci1.gov.uk', 'examplecouncil.gov.uk', 'digit 1 for l, although *.gov.uk matches'],
    ['examp1ecounci1.gov.uk', 'examplecouncil.gov.uk', 'two digit swaps'],
    ['exampelcouncil.gov.uk', 'examplecouncil.gov.uk', 'adjacent swap counts one'],
    ['examplecouncl.gov.uk', 'examplecouncil.gov.uk', 'one deletion'],
    ['examplecounciil.gov.uk', 'examplecouncil.gov.uk', 'one insertion'],
    ['exarnplecouncil.gov.uk', 'examplecouncil.gov.uk', 'rn for m'],
    ['examplec0uncil.gov.uk', 'examplecouncil.gov.uk', 'digit 0 for o'],
    ['examplecouncil.co.uk', 'examplecouncil.gov.uk', 'one edit in the suffix'],
    [
      'examplecouncil.gov.uk.evil.com',
      'examplecouncil.gov.uk',
      'the domain with its dots kept inside a longer one',
    ],
    ['examplecouncil-gov-uk.com', 'examplecouncil.gov.uk', 'dots turned into hyphens'],
    ['secure-examplecouncil-gov-uk.net', 'examplecouncil.gov.uk', 'hyphenated copy after a prefix'],
    ['mail.examplecounci1.gov.uk', 'examplecouncil.gov.uk', 'a lookalike under a subdomain'],
    ['\u0435xamplecouncil.gov.uk', 'examplecouncil.gov.uk', 'Cyrillic e'],
    ['examplec\u043euncil.gov.uk', 'examplecouncil.gov.uk', 'Cyrillic o'],
    ['xn--xamplecouncil-v3k.gov.uk', 'examplecouncil.gov.uk', 'punycode of a Cyrillic e'],
    ['\u03b5xamplecouncil.gov.uk', 'examplecouncil.gov.uk', 'Greek epsilon'],
    ['éxamplecouncil.gov.uk', 'examplecouncil.gov.uk', 'accented letter'],
    ['nhs.met', 'nhs.net', 'one edit from a short listed domain'],
    ['nhs.n\u0435t', 'nhs.net', 'homoglyph in a short listed domain'],
    ['nhs-net.co.uk', 'nhs.net', 'hyphenated copy of a short domain'],
    ['nhs.net.attacker.io', 'nhs.net', 'short domain kept inside a longer one'],
    ['cjsrn.net', 'cjsm.net', 'rn for m in a short domain'],
  ])('%s imitates %s (%s)', (domain, target) => {
    expect(findLookalike(domain, defaultPolicy)).toBe(target);
  });
});

describe('legitimate domains are not lookalikes', () => {
  test.each([
    ['examplecouncil.gov.uk', 'the council itself'],
    ['mail.examplecouncil.gov.uk', 'its subdomain'],
    ['EXAMPLECOUNCIL.GOV.UK.', 'case and trailing dot'],
    ['nhs.net', 'a listed partner'],
    ['trust.nhs.net', 'subdomain of a listed partner'],
    ['cjsm.net', 'a listed partner'],
    ['hmrc.gov.uk', 'another public body'],
    ['bromley.gov.uk', 'another council'],
    ['ons.gov.uk', 'short public-body domain'],
    ['ons.net', 'two edits from nhs.net, short name'],
    ['nhs.uk', 'the NHS website domain'],
    ['england.nhs.uk', 'a partner under a wildcard'],
    ['nhs.scot', 'NHS Scotland'],
    ['met.police.uk', 'police'],
    ['gmail.com', 'webmail'],
    ['bbc.co.uk', 'media'],
    ['example.org', 'unrelated'],
    ['nhs.network.example', 'listed name only as part of a longer label'],
    ['johns-net.com', 'listed name only as part of a longer label'],
    ['xn--80ak6aa92e.com', 'a Cyrillic copy of an unlisted domain'],
  ])('%s (%s)', (domain) => {
    expect(findLookalike(domain, defaultPolicy)).toBeUndefined();
  });
});

describe('rules of comparison', () => {
  test('wildcard entries are never compared by edit distance', () => {
    const policy: Policy = {
      ...defaultPolicy,
      audiences: [
        { id: 'internal', domains: ['council.example'] },
        { id: 'partner', domains: ['*.partnerbody.org'] },
      ],
    };
    expect(findLookalike('partnerbodv.org', policy)).toBeUndefined();
    expect(findLookalike('counci1.example', policy)).toBe('council.example');
  });

  test('explicit domains of media and personal-webmail are not protected', () => {
    expect(findLookalike('gmall.com', defaultPolicy)).toBeUndefined();
    expect(findLookalike('bbc.co.uk.evil.com', defaultPolicy)).toBeUndefined();
  });

  test('a domain that is itself listed is never a lookalike', () => {
    const policy: Policy = {
      ...defaultPolicy,
      audiences: [
        { id: 'internal', domains: ['examplecouncil.gov.uk'] },
        { id: 'partner', domains: ['examplecounci1.gov.uk'] },
      ],
    };
    expect(findLookalike('examplecounci1.gov.uk', policy)).toBeUndefined();
  });

  test('edits allowed shrink with the length of the name', () => {
    expect(allowedEdits('examplecouncil.gov.uk')).toBe(2);
    expect(allowedEdits('cjsm.net')).toBe(1);
    expect(allowedEdits('bt.com')).toBe(0);
  });

  test('a two-letter listed name only matches homoglyph copies', () => {
    const policy: Policy = {
      ...defaultPolicy,
      audiences: [{ id: 'internal', domains: ['ab.gov.uk'] }],
    };
    expect(findLookalike('ac.gov.uk', policy)).toBeUndefined();
    expect(findLookalike('\u0430b.gov.uk', policy)).toBe('ab.gov.uk');
  });

  test('optimal string alignment distance', () => {
    expect(editDistance('examplecouncil', 'exampelcouncil', 2)).toBe(1);
    expect(editDistance('abc', 'abc', 2)).toBe(0);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('', 'ab', 2)).toBe(2);
  });

  test('confusables fold to one Latin skeleton', () => {
    expect(foldConfusables('\u0435x\u0430mp1e\u0441ouncil')).toBe('examplecouncil');
    expect(foldConfusables('rnvv')).toBe('mw');
  });
});
