// The reading view: how the open message is marked, who is on it, what it holds and what the reader may do.
import { Badge, Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReadingSummary } from '../model/reading';
import { useViewStyles } from './styles';
import { audienceName, type Translate } from './types';

export interface ReadViewProps {
  t: Translate;
  summary: ReadingSummary;
  /** Opens a reply to the sender only; absent when the host cannot. */
  onReplyToSender?: () => void;
}

export function ReadView(props: ReadViewProps): React.JSX.Element {
  const { t, summary } = props;
  const styles = useViewStyles();
  const absent = t('ui.read.marking.absent');
  const names = (ids: string[]): string[] => ids.map((id) => audienceName(t, id));
  const header = summary.markingHeader;
  return (
    <div className={styles.view} data-testid="read-view">
      <section aria-labelledby="sg-marking" className={styles.item}>
        <h2 id="sg-marking" className={styles.heading}>
          {t('ui.read.marking.heading')}
        </h2>
        <MessageBar intent={summary.confidential ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody data-testid="confidential">
            {summary.confidential ? t('ui.read.confidential.yes') : t('ui.read.confidential.no')}
          </MessageBarBody>
        </MessageBar>
        <dl className={styles.list} data-testid="marking">
          <div className={styles.row}>
            <dt className={styles.subheading}>{t('ui.read.marking.label')}</dt>
            <dd style={{ margin: 0 }} data-testid="read-label">
              {summary.label === null
                ? t('ui.read.marking.unmarked')
                : summary.descriptor !== undefined
                  ? `${summary.label} - ${summary.descriptor}`
                  : summary.label}
            </dd>
          </div>
          <div className={styles.row}>
            <dt className={styles.subheading}>{t('ui.read.marking.subject')}</dt>
            <dd style={{ margin: 0 }}>{summary.subjectLabel ?? absent}</dd>
          </div>
          <div className={styles.row}>
            <dt className={styles.subheading}>{t('ui.read.marking.header')}</dt>
            <dd style={{ margin: 0 }}>
              {header === null
                ? absent
                : [header.sec, header.caveat].filter((p) => p !== undefined).join(' - ') +
                  (header.ns !== undefined
                    ? ` (${t('ui.read.marking.markedBy', { ns: header.ns })})`
                    : '')}
            </dd>
          </div>
          <div className={styles.row}>
            <dt className={styles.subheading}>{t('ui.read.marking.sensitivity')}</dt>
            <dd style={{ margin: 0 }}>{summary.sensitivity ?? absent}</dd>
          </div>
          <div className={styles.row}>
            <dt className={styles.subheading}>{t('ui.read.marking.purview')}</dt>
            <dd style={{ margin: 0 }}>{summary.purviewLabel ?? absent}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="sg-participants" className={styles.section}>
        <h2 id="sg-participants" className={styles.heading}>
          {t('ui.read.participants.heading')}
        </h2>
        <ul className={styles.list} data-testid="participants">
          {summary.participants.map((p, index) => (
            <li key={`${p.role}-${index}`} className={styles.row} data-audience={p.audience}>
              <Badge appearance="outline" color="informative">
                {t(`ui.read.role.${p.role}`)}
              </Badge>
              <span className={styles.address}>
                {p.displayName !== undefined ? `${p.displayName} <${p.address}>` : p.address}
              </span>
              <Badge appearance="tint" color={p.lookalikeOf !== undefined ? 'danger' : 'brand'}>
                {p.lookalikeOf !== undefined
                  ? t('ui.recipients.lookalike', { domain: p.lookalikeOf })
                  : audienceName(t, p.audience)}
              </Badge>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sg-read-findings" className={styles.section}>
        <h2 id="sg-read-findings" className={styles.heading}>
          {t('ui.read.findings.heading')}
        </h2>
        {summary.findings.length === 0 ? (
          <p>{t('ui.read.findings.none')}</p>
        ) : (
          <ul className={styles.list} data-testid="read-findings">
            {summary.findings.map((f) => (
              <li key={f.type} data-type={f.type}>
                {t(`ui.entity.${f.type}`)}: {t('ui.findings.count', { count: f.count })}
              </li>
            ))}
          </ul>
        )}
        {summary.requiredLabel !== null && (
          <p>{t('ui.findings.requires', { label: summary.requiredLabel })}</p>
        )}
      </section>

      <section aria-labelledby="sg-may" className={styles.section}>
        <h2 id="sg-may" className={styles.heading}>
          {t('ui.read.may.heading')}
        </h2>
        <ul className={styles.list} data-testid="sharing">
          {summary.confidential ? (
            <li>{t('ui.read.may.confidential')}</li>
          ) : (
            <>
              {summary.sharing.cleared.length > 0 && (
                <li>{t('ui.read.may.cleared', { audiences: names(summary.sharing.cleared) })}</li>
              )}
              {summary.sharing.encryptedOnly.length > 0 && (
                <li>
                  {t('ui.read.may.encrypted', { audiences: names(summary.sharing.encryptedOnly) })}
                </li>
              )}
            </>
          )}
          {summary.sharing.never.length > 0 && (
            <li>{t('ui.read.may.never', { audiences: names(summary.sharing.never) })}</li>
          )}
          <li>{t('ui.read.replyAllCaution')}</li>
        </ul>
        {props.onReplyToSender !== undefined && (
          <div>
            <Button appearance="primary" onClick={props.onReplyToSender}>
              {t('ui.read.replySender')}
            </Button>
          </div>
        )}
      </section>

      <section aria-labelledby="sg-retention" className={styles.section}>
        <h2 id="sg-retention" className={styles.heading}>
          {t('ui.read.retention.heading')}
        </h2>
        <p>{t('ui.read.retention.text')}</p>
        <p className={styles.muted}>{t('ui.read.pinned')}</p>
      </section>
    </div>
  );
}
