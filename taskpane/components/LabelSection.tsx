// The protective label: the applied one, the minimum the content needs, a picker and a one-click fix.
import { Button, Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { Verdict } from '../../src/engine/types';
import { useViewStyles } from './styles';
import type { Translate } from './types';

export interface LabelSectionProps {
  t: Translate;
  verdict: Verdict;
  /** The policy's scheme, lowest first. */
  labels: readonly string[];
  busy: boolean;
  onApplyLabel(label: string): void;
}

export function LabelSection(props: LabelSectionProps): React.JSX.Element {
  const { t, verdict, labels, busy, onApplyLabel } = props;
  const styles = useViewStyles();
  const minimumRank = verdict.requiredLabel === null ? -1 : labels.indexOf(verdict.requiredLabel);
  const suggested = verdict.fixes.find((f) => f.kind === 'apply-label');
  const initial = suggested?.label ?? verdict.label ?? verdict.requiredLabel ?? labels[0] ?? '';
  const [choice, setChoice] = useState(initial);
  const optionText = (label: string, rank: number): string =>
    rank === minimumRank
      ? t('ui.label.optionMinimum', { label })
      : rank < minimumRank
        ? t('ui.label.optionBelow', { label })
        : t('ui.label.option', { label });
  return (
    <section aria-labelledby="sg-label" className={styles.section}>
      <h2 id="sg-label" className={styles.heading}>
        {t('ui.label.heading')}
      </h2>
      <p data-testid="applied-label">
        {t('ui.label.applied', { label: verdict.label ?? t('ui.label.none') })}
      </p>
      <p data-testid="required-label">
        {verdict.requiredLabel === null
          ? t('ui.label.noneRequired')
          : t('ui.label.required', { label: verdict.requiredLabel })}
      </p>
      {suggested !== undefined && (
        <div>
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => onApplyLabel(suggested.label)}
          >
            {t('ui.label.applyRequired', { label: suggested.label })}
          </Button>
        </div>
      )}
      <div className={styles.row}>
        <Field label={t('ui.label.picker')}>
          <Select value={choice} onChange={(_, data) => setChoice(data.value)} disabled={busy}>
            {labels.map((label, rank) => (
              <option key={label} value={label}>
                {optionText(label, rank)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="secondary"
          disabled={busy || choice === '' || choice === (verdict.label ?? labels[0])}
          onClick={() => onApplyLabel(choice)}
          style={{ alignSelf: 'flex-end' }}
        >
          {t('ui.label.apply')}
        </Button>
      </div>
    </section>
  );
}
