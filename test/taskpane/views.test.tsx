// The views render from props alone (no Office), in both languages, with names for every control.
import { renderToStaticMarkup } from 'react-dom/server';
import { evaluate } from '../../src/engine/evaluate';
import { translate, type Locale } from '../../src/i18n';
import { MessageSnapshotSchema } from '../../src/message/types';
import { defaultPolicy } from '../../src/policy/default';
import { ComposeView, type ComposeViewProps } from '../../taskpane/components/ComposeView';
import { ReadView } from '../../taskpane/components/ReadView';
import type { Translate } from '../../taskpane/components/types';
import { findingViews } from '../../taskpane/model/preview';
import { summariseReading } from '../../taskpane/model/reading';

const NOW = new Date('2026-11-22T10:00:00Z');
const tr =
  (locale: Locale): Translate =>
  (id, params) =>
    translate(locale, id, params ?? {});
const noop = (): void => undefined;

function composeProps(locale: Locale, send: ComposeViewProps['sendState']): ComposeViewProps {
  const message = MessageSnapshotSchema.parse({
    from: 'a.officer@examplecouncil.gov.uk',
    to: ['Priya Shah <priya.shah@stgeorges.nhs.uk>', 'press@bbc.co.uk'],
    subject: 'Case note',
    body: 'Her NHS number is 943 476 5919.',
  });
  const verdict = evaluate(message, defaultPolicy, NOW, { locale });
  return {
    t: tr(locale),
    verdict,
    openedFromSend: true,
    findings: findingViews(message, verdict, defaultPolicy.attachments.sizeBudgetBytes),
    labels: defaultPolicy.labels.scheme.map((l) => l.id),
    audiences: defaultPolicy.audiences.map((a) => a.id),
    justifications: {},
    busy: false,
    fixFailed: false,
    sendState: send,
    onApplyLabel: noop,
    onEncrypt: noop,
    onRemoveRecipient: noop,
    onMoveToBcc: noop,
    onAddRecipient: noop,
    onJustify: noop,
    onCheckAgain: noop,
    onSend: noop,
  };
}

describe('ComposeView', () => {
  it('shows the block, the masked preview, the minimum label and recipients by audience', () => {
    const html = renderToStaticMarkup(<ComposeView {...composeProps('en', 'idle')} />);
    expect(html).toContain('This message cannot be sent yet');
    expect(html).toContain('NHS number ••• ••• 5919');
    expect(html).not.toContain('943 476');
    expect(html).toContain('The minimum for this content is PROTECT.');
    expect(html).toContain('PROTECT (minimum for this content)');
    expect(html).toContain('Approved partners (1)');
    expect(html).toContain('Media (1)');
    expect(html).toContain('aria-label="Remove press@bbc.co.uk"');
    expect(html).toContain('aria-label="Move priya.shah@stgeorges.nhs.uk to Bcc"');
  });

  it('renders in Welsh and tells the user to send from Outlook where the pane cannot', () => {
    const html = renderToStaticMarkup(<ComposeView {...composeProps('cy', 'unsupported')} />);
    expect(html).toContain('Ni ellir anfon y neges hon eto');
    expect(html).toContain('Rhif GIG ••• ••• 5919');
    expect(html).toContain('Pan fyddwch yn barod, pwyswch Anfon yn Outlook.');
  });
});

describe('ReadView', () => {
  it('shows the marking, the Confidential warning, participants and the reply action', () => {
    const message = MessageSnapshotSchema.parse({
      from: 'cllr.tom.price@examplecouncil.gov.uk',
      to: ['a.officer@examplecouncil.gov.uk'],
      cc: ['sian.jenkins@gmail.com'],
      subject: '[CONFIDENTIAL] [PROTECT] Northgate appeal',
      body: 'Advice below.',
    });
    const summary = summariseReading(
      message,
      defaultPolicy,
      'a.officer@examplecouncil.gov.uk',
      NOW,
    );
    const html = renderToStaticMarkup(
      <ReadView t={tr('en')} summary={summary} onReplyToSender={noop} />,
    );
    expect(html).toContain('Confidential: keep it to the sender and the people it was sent to.');
    expect(html).toContain('Personal email accounts');
    expect(html).toContain('Reply to sender only');
    expect(html).toContain('Keeping it on your device');
    const welsh = renderToStaticMarkup(<ReadView t={tr('cy')} summary={summary} />);
    expect(welsh).toContain('Pobl ar y neges hon');
    expect(welsh).not.toContain('Ateb yr anfonwr yn unig');
  });
});
