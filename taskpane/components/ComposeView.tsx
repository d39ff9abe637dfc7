// The compose view: decision, findings with masked previews, label, recipients, encryption, reasons, Send.
import { Button, Spinner } from '@fluentui/react-components';
import type { Verdict } from '../../src/engine/types';
import type { RuleId } from '../../src/policy/schema';
import type { FindingView } from '../model/preview';
import { DecisionSection } from './DecisionSection';
import { EncryptSection } from './EncryptSection';
import { FindingsSection } from './FindingsSection';
import { JustificationSection } from './JustificationSection';
import { LabelSection } from './LabelSection';
import { RecipientsSection } from './RecipientsSection';
import { useViewStyles } from './styles';
import type { Translate } from './types';

export type SendState = 'unsupported' | 'idle' | 'sending' | 'sent' | 'failed';

export interface ComposeViewProps {
  t: Translate;
  verdict: Verdict;
  /** The pane was opened by the "Fix" button of the Send dialog. */
  openedFromSend: boolean;
  findings: FindingView[];
  /** Label scheme, lowest first. */
  labels: readonly string[];
  /** Audience ids in policy order. */
  audiences: readonly string[];
  justifications: Partial<Record<RuleId, string>>;
  /** A change is being applied to the item. */
  busy: boolean;
  /** The last fix failed (the item is unchanged). */
  fixFailed: boolean;
  sendState: SendState;
  onApplyLabel(label: string): void;
  onEncrypt(): void;
  onRemoveRecipient(address: string): void;
  onMoveToBcc(addresses: string[]): void;
  onAddRecipient(address: string): void;
  onJustify(rule: RuleId, text: string): void;
  onCheckAgain(): void;
  onSend(): void;
}

export function ComposeView(props: ComposeViewProps): React.JSX.Element {
  const { t, verdict, busy, sendState } = props;
  const styles = useViewStyles();
  return (
    <div className={styles.view} data-testid="compose-view" data-decision={verdict.decision}>
      {props.openedFromSend && <p data-testid="from-send">{t('ui.compose.fromSend')}</p>}
      <DecisionSection t={t} verdict={verdict} />
      <div>
        <Button size="small" disabled={busy} onClick={props.onCheckAgain}>
          {t('ui.recheck.action')}
        </Button>
      </div>
      <div role="status" aria-live="polite" className={styles.muted}>
        {busy ? (
          <Spinner size="tiny" label={t('ui.fix.working')} />
        ) : props.fixFailed ? (
          t('ui.fix.failed')
        ) : (
          ''
        )}
      </div>
      <FindingsSection t={t} findings={props.findings} />
      <LabelSection
        key={verdict.label ?? ''}
        t={t}
        verdict={verdict}
        labels={props.labels}
        busy={busy}
        onApplyLabel={props.onApplyLabel}
      />
      <RecipientsSection
        t={t}
        verdict={verdict}
        audiences={props.audiences}
        busy={busy}
        onRemoveRecipient={props.onRemoveRecipient}
        onMoveToBcc={props.onMoveToBcc}
        onAddRecipient={props.onAddRecipient}
      />
      <EncryptSection
        t={t}
        encrypted={verdict.encrypted}
        suggested={verdict.fixes.some((f) => f.kind === 'encrypt')}
        busy={busy}
        onEncrypt={props.onEncrypt}
      />
      <JustificationSection
        t={t}
        reasons={verdict.reasons}
        justifications={props.justifications}
        busy={busy}
        onJustify={props.onJustify}
      />
      <section aria-labelledby="sg-send" className={styles.section}>
        <h2 id="sg-send" className={styles.heading}>
          {t('ui.send.action')}
        </h2>
        {sendState === 'unsupported' ? (
          <p>{t('ui.send.outlook')}</p>
        ) : (
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={
                busy ||
                verdict.decision === 'block' ||
                sendState === 'sending' ||
                sendState === 'sent'
              }
              onClick={props.onSend}
            >
              {sendState === 'sending' ? t('ui.send.sending') : t('ui.send.action')}
            </Button>
            <span role="status" data-testid="send-status">
              {sendState === 'sent'
                ? t('ui.send.sent')
                : sendState === 'failed'
                  ? t('ui.send.failed')
                  : ''}
            </span>
          </div>
        )}
      </section>
    </div>
  );
}
