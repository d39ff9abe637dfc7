// Recipients grouped by audience, each with remove and move-to-Bcc, plus the verdict's recipient fixes.
import { Badge, Button } from '@fluentui/react-components';
import type { RecipientVerdict, Verdict } from '../../src/engine/types';
import { useViewStyles } from './styles';
import { audienceName, type Translate } from './types';

export interface RecipientsSectionProps {
  t: Translate;
  verdict: Verdict;
  /** Audience ids in policy order. */
  audiences: readonly string[];
  busy: boolean;
  onRemoveRecipient(address: string): void;
  onMoveToBcc(addresses: string[]): void;
  onAddRecipient(address: string): void;
}

export function RecipientsSection(props: RecipientsSectionProps): React.JSX.Element {
  const { t, verdict, audiences, busy } = props;
  const styles = useViewStyles();
  const groups = new Map<string, RecipientVerdict[]>();
  const order = [
    ...audiences,
    ...verdict.recipients.map((r) => r.audience).filter((a) => !audiences.includes(a)),
  ];
  for (const audience of order) groups.set(audience, []);
  for (const recipient of verdict.recipients) groups.get(recipient.audience)?.push(recipient);
  const moveAll = verdict.fixes.find((f) => f.kind === 'move-to-bcc');
  const additions = verdict.fixes.flatMap((f) => (f.kind === 'add-recipient' ? [f.address] : []));
  return (
    <section aria-labelledby="sg-recipients" className={styles.section}>
      <h2 id="sg-recipients" className={styles.heading}>
        {t('ui.recipients.heading')}
      </h2>
      {verdict.recipients.length === 0 && <p>{t('ui.recipients.none')}</p>}
      {(moveAll !== undefined || additions.length > 0) && (
        <div className={styles.row}>
          {moveAll !== undefined && (
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => props.onMoveToBcc(moveAll.addresses)}
            >
              {t('ui.recipients.moveAllToBcc', { count: moveAll.addresses.length })}
            </Button>
          )}
          {additions.map((address) => (
            <Button key={address} disabled={busy} onClick={() => props.onAddRecipient(address)}>
              {t('ui.recipients.add', { address })}
            </Button>
          ))}
        </div>
      )}
      {[...groups.entries()]
        .filter(([, members]) => members.length > 0)
        .map(([audience, members]) => (
          <div key={audience} className={styles.item} data-audience={audience}>
            <h3 className={styles.subheading} id={`sg-aud-${audience}`}>
              {audienceName(t, audience)} ({members.length})
            </h3>
            <ul className={styles.list} aria-labelledby={`sg-aud-${audience}`}>
              {members.map((r) => (
                <li key={`${r.field}:${r.address}`} className={styles.row} data-address={r.address}>
                  <Badge appearance="outline" color="informative">
                    {t(`ui.recipients.field.${r.field}`)}
                  </Badge>
                  <span className={styles.address}>
                    {r.displayName !== undefined ? `${r.displayName} <${r.address}>` : r.address}
                  </span>
                  {r.lookalikeOf !== undefined && (
                    <Badge appearance="tint" color="danger">
                      {t('ui.recipients.lookalike', { domain: r.lookalikeOf })}
                    </Badge>
                  )}
                  <Button
                    size="small"
                    disabled={busy}
                    aria-label={t('ui.recipients.removeNamed', { address: r.address })}
                    onClick={() => props.onRemoveRecipient(r.address)}
                  >
                    {t('ui.recipients.remove')}
                  </Button>
                  {r.field !== 'bcc' && (
                    <Button
                      size="small"
                      disabled={busy}
                      aria-label={t('ui.recipients.moveToBccNamed', { address: r.address })}
                      onClick={() => props.onMoveToBcc([r.address])}
                    >
                      {t('ui.recipients.moveToBcc')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
