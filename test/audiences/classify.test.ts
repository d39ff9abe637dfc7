// Audience classification per the brief: exact vs wildcard, most specific wins, case, IDN, trailing dots.
import { classifyAddress, classifyDomain } from '../../src/audiences/classify';
import { normaliseDomain } from '../../src/audiences/domain';
import { defaultPolicy } from '../../src/policy/default';
import type { Policy } from '../../src/policy/schema';

function policyWith(audiences: Policy['audiences']): Policy {
  return { ...defaultPolicy, audiences };
}

describe('classifyDomain with the default policy', () => {
  test.each([
    ['examplecouncil.gov.uk', 'internal'],
    ['mail.examplecouncil.gov.uk', 'internal'],
    ['a.b.c.examplecouncil.gov.uk', 'internal'],
    ['EXAMPLECOUNCIL.GOV.UK', 'internal'],
    ['examplecouncil.gov.uk.', 'internal'],
    ['hmrc.gov.uk', 'secure-partner'],
    ['gov.uk', 'external'],
    ['nhs.net', 'secure-partner'],
    ['trust.nhs.net', 'secure-partner'],
    ['met.police.uk', 'secure-partner'],
    ['gov.wales', 'external'],
    ['llyw.cymru', 'external'],
    ['ysgol.llyw.cymru', 'secure-partner'],
    ['mygov.scot', 'external'],
    ['cjsm.net', 'secure-partner'],
    ['probation.cjsm.net', 'secure-partner'],
    ['england.nhs.uk', 'partner'],
    ['nhs.uk', 'external'],
    ['school.sch.uk', 'partner'],
    ['ox.ac.uk', 'partner'],
    ['bbc.co.uk', 'media'],
    ['news.bbc.co.uk', 'media'],
    ['itv.com', 'media'],
    ['gmail.com', 'personal-webmail'],
    ['GMail.Com.', 'personal-webmail'],
    ['proton.me', 'personal-webmail'],
    ['sky.com', 'personal-webmail'],
    ['example.org', 'external'],
    ['gmail.com.evil.org', 'external'],
    ['', 'external'],
  ])('%s -> %s', (domain, audience) => {
    expect(classifyDomain(domain, defaultPolicy).audience).toBe(audience);
  });
});

describe('most specific match wins', () => {
  const policy = policyWith([
    { id: 'internal', domains: ['council.gov.uk', '*.council.gov.uk'] },
    { id: 'secure-partner', domains: ['*.gov.uk', 'partner.example.org'] },
    { id: 'partner', domains: ['*.example.org', '*.special.gov.uk'] },
    { id: 'media', domains: ['*.news.example.org'] },
  ]);
  test.each([
    ['partner.example.org', 'secure-partner', 'an exact domain beats a wildcard'],
    ['x.example.org', 'partner', 'a wildcard covers subdomains'],
    ['example.org', 'external', '*.d does not match d itself'],
    ['desk.news.example.org', 'media', 'a longer suffix beats a shorter one'],
    ['a.special.gov.uk', 'partner', 'a longer suffix beats a shorter one'],
    ['special.gov.uk', 'secure-partner', 'a wildcard does not cover its own base'],
    ['council.gov.uk', 'internal', 'internal exact'],
    ['x.council.gov.uk', 'internal', 'internal wildcard'],
  ])('%s -> %s (%s)', (domain, audience) => {
    expect(classifyDomain(domain, policy).audience).toBe(audience);
  });

  test('internal beats a more specific match of another audience', () => {
    const overlapping = policyWith([
      { id: 'internal', domains: ['*.council.gov.uk'] },
      { id: 'partner', domains: ['schools.council.gov.uk', '*.schools.council.gov.uk'] },
    ]);
    expect(classifyDomain('schools.council.gov.uk', overlapping).audience).toBe('internal');
    expect(classifyDomain('a.schools.council.gov.uk', overlapping).audience).toBe('internal');
  });
});

describe('IDN and punycode', () => {
  const policy = policyWith([
    { id: 'internal', domains: ['council.gov.uk'] },
    { id: 'partner', domains: ['bücher.example', '*.xn--caf-dma.example'] },
  ]);
  test('a Unicode policy entry matches the punycode recipient and the other way round', () => {
    expect(classifyDomain('xn--bcher-kva.example', policy).audience).toBe('partner');
    expect(classifyDomain('BÜCHER.example.', policy).audience).toBe('partner');
    expect(classifyDomain('shop.café.example', policy).audience).toBe('partner');
  });
  test('normaliseDomain folds case, ideographic dots and trailing dots', () => {
    expect(normaliseDomain(' Bücher。Example. ')).toBe('xn--bcher-kva.example');
    expect(normaliseDomain('EXAMPLE.ORG..')).toBe('example.org');
  });
});

describe('classifyAddress', () => {
  test('parses the mailbox and classifies its domain', () => {
    expect(
      classifyAddress('"Smith, Jo" <Jo.Smith@Mail.ExampleCouncil.gov.uk>', defaultPolicy),
    ).toEqual({
      address: 'jo.smith@mail.examplecouncil.gov.uk',
      displayName: 'Smith, Jo',
      domain: 'mail.examplecouncil.gov.uk',
      audience: 'internal',
    });
    expect(classifyAddress('reporter@bbc.co.uk', defaultPolicy)).toEqual({
      address: 'reporter@bbc.co.uk',
      domain: 'bbc.co.uk',
      audience: 'media',
    });
  });
  test('an IDN address gets the punycode domain', () => {
    expect(classifyAddress('a@exämple.org', defaultPolicy).domain).toBe('xn--exmple-cua.org');
  });
  test('a lookalike carries the domain it imitates', () => {
    expect(classifyAddress('Payroll <payroll@examplecounci1.gov.uk>', defaultPolicy)).toMatchObject(
      {
        audience: 'secure-partner',
        lookalikeOf: 'examplecouncil.gov.uk',
      },
    );
  });
  test('an address without a domain is external', () => {
    expect(classifyAddress('nobody', defaultPolicy)).toMatchObject({
      domain: '',
      audience: 'external',
    });
  });
});

test('classification of 10 000 addresses stays fast', () => {
  const started = performance.now();
  for (let i = 0; i < 10_000; i++)
    classifyAddress(`user${i}@dept${i % 50}.examplecouncil.gov.uk`, defaultPolicy);
  expect(performance.now() - started).toBeLessThan(2000);
});
