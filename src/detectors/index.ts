// The registry: every detector, one file each, sorted by id.
import { detector as commercialConfidential } from './commercial-confidential';
import { detector as credential } from './credential';
import { detector as criminalOffence } from './criminal-offence';
import { detector as dateOfBirth } from './date-of-birth';
import { detector as emailAddress } from './email-address';
import { detector as iban } from './iban';
import { detector as ipAddress } from './ip-address';
import { detector as nhsNumber } from './nhs-number';
import { detector as paymentCard } from './payment-card';
import { detector as safeguarding } from './safeguarding';
import { detector as specialCategoryHealth } from './special-category-health';
import { detector as specialCategoryOther } from './special-category-other';
import { detector as ukBankAccount } from './uk-bank-account';
import { detector as ukDrivingLicence } from './uk-driving-licence';
import { detector as ukNino } from './uk-nino';
import { detector as ukPassport } from './uk-passport';
import { detector as ukPhone } from './uk-phone';
import { detector as ukPostcode } from './uk-postcode';
import type { Detector } from './types';

export const detectors: readonly Detector[] = [
  commercialConfidential,
  credential,
  criminalOffence,
  dateOfBirth,
  emailAddress,
  iban,
  ipAddress,
  nhsNumber,
  paymentCard,
  safeguarding,
  specialCategoryHealth,
  specialCategoryOther,
  ukBankAccount,
  ukDrivingLicence,
  ukNino,
  ukPassport,
  ukPhone,
  ukPostcode,
];
