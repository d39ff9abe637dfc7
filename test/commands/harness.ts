// Test harness: installs the fake Office host and registers the real event handlers on it.
import {
  installFakeOffice,
  type FakeOffice,
  type FakeOfficeOptions,
} from '../../src/office/fake/index';
import {
  onMessageAttachmentsChangedHandler,
  onMessageRecipientsChangedHandler,
  onMessageSendHandler,
  onNewMessageComposeHandler,
} from '../../commands/handlers';
import { LAUNCH_HANDLERS } from '../../src/office/names';

export const COUNCIL = 'examplecouncil.gov.uk';
export const USER = `a.officer@${COUNCIL}`;

/** A fake host for one compose item of the default council, with the handlers associated. */
export function setup(options: FakeOfficeOptions = {}): FakeOffice {
  const fake = installFakeOffice(globalThis, {
    organisationDomain: COUNCIL,
    userProfile: { emailAddress: USER, displayName: 'A Officer' },
    ...options,
  });
  const office = fake.Office;
  office.actions.associate(LAUNCH_HANDLERS.OnNewMessageCompose, onNewMessageComposeHandler);
  office.actions.associate(
    LAUNCH_HANDLERS.OnMessageRecipientsChanged,
    onMessageRecipientsChangedHandler,
  );
  office.actions.associate(
    LAUNCH_HANDLERS.OnMessageAttachmentsChanged,
    onMessageAttachmentsChangedHandler,
  );
  office.actions.associate(LAUNCH_HANDLERS.OnMessageSend, onMessageSendHandler);
  return fake;
}

/** Base64 of UTF-8 text (Node side of the tests only). */
export function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
