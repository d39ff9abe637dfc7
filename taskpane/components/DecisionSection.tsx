// The decision in plain words and each reason the engine gave, blocks first.
import { Badge, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Reason, Verdict } from '../../src/engine/types';
import { useViewStyles } from './styles';
import type { Translate } from './types';

const INTENT = { allow: 'success', warn: 'warning', block: 'error' } as const;

export function DecisionSection(props: { t: Translate; verdict: Verdict }): React.JSX.Element {
  const { t, verdict } = props;
  const styles = useViewStyles();
  const reasons: Reason[] = [...verdict.reasons].sort((a, b) =>
    a.level === b.level ? 0 : a.level === 'block' ? -1 : 1,
  );
  return (
    <section aria-labelledby="sg-decision" className={styles.item}>
      <MessageBar intent={INTENT[verdict.decision]} layout="multiline">
        <MessageBarBody>
          <h2 id="sg-decision" className={styles.heading}>
            {t(`ui.decision.${verdict.decision}`)}
          </h2>
          <p className={styles.plain}>{t(`ui.decision.${verdict.decision}.detail`)}</p>
        </MessageBarBody>
      </MessageBar>
      {reasons.length > 0 && (
        <ul className={styles.list} aria-label={t('ui.reasons.heading')} data-testid="reasons">
          {reasons.map((reason, index) => (
            <li key={`${reason.rule}-${index}`} className={styles.row} data-rule={reason.rule}>
              <Badge
                appearance="tint"
                color={
                  reason.overridden
                    ? 'informative'
                    : reason.level === 'block'
                      ? 'danger'
                      : 'warning'
                }
              >
                {reason.overridden ? t('ui.reasons.overridden') : t(`ui.reasons.${reason.level}`)}
              </Badge>
              <span>{reason.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
