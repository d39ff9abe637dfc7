// Puts a recipient domain or address into exactly one audience of the policy and flags lookalike domains.
import { parseMailbox } from '../message/address';
import type { Policy } from '../policy/schema';
import { audienceOf, compileAudiences } from './compile';
import { normaliseDomain } from './domain';
import { findLookalike } from './lookalike';

export interface DomainClass {
  audience: string;
  /** The listed domain this one imitates (see `findLookalike`). */
  lookalikeOf?: string;
}

export interface AddressClass extends DomainClass {
  /** Lower-cased address as written. */
  address: string;
  displayName?: string;
  /** Normalised ASCII domain (punycode for IDN); empty when the address has none. */
  domain: string;
}

export function classifyDomain(domain: string, policy: Policy): DomainClass {
  const ascii = normaliseDomain(domain);
  const audience = audienceOf(ascii, compileAudiences(policy));
  const lookalikeOf = findLookalike(ascii, policy);
  return lookalikeOf === undefined ? { audience } : { audience, lookalikeOf };
}

export function classifyAddress(raw: string, policy: Policy): AddressClass {
  const mailbox = parseMailbox(raw);
  const domain = normaliseDomain(mailbox.domain);
  const result: AddressClass = {
    address: mailbox.address,
    domain,
    ...classifyDomain(domain, policy),
  };
  if (mailbox.displayName !== undefined) result.displayName = mailbox.displayName;
  return result;
}
