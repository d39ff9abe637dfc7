// A written reason for each block the policy lets the sender override.
import { Button, Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Reason } from '../../src/engine/types';
import type { RuleId } from '../../src/policy/schema';
import { useViewStyles } from './styles';
import type { Translate } from './types';

/** Shortest reason accepted: long enough to say something to information governance. */
export const MIN_JUSTIFICATION_LENGTH = 10;

export function JustificationSection(props: {
  t: Translate;
  reasons: Reason[];
  justifications: Partial<Record<RuleId, string>>;
  busy: boolean;
  onJustify(rule: RuleId, text: string): void;
}): React.JSX.Element | null {
  const { t, busy } = props;
  const styles = useViewStyles();
  const [drafts, setDrafts] = useState<Partial<Record<RuleId, string>>>(props.justifications);
  const overridable = props.reasons.filter((r) => r.overridable && r.level === 'block');
  if (overridable.length === 0) return null;
  return (
    <section aria-labelledby="sg-justify" className={styles.section}>
      <h2 id="sg-justify" className={styles.heading}>
        {t('ui.justify.heading')}
      </h2>
      <p>{t('ui.justify.intro')}</p>
      {overridable.map((reason) => {
        const draft = drafts[reason.rule] ?? '';
        const tooShort = draft.trim().length < MIN_JUSTIFICATION_LENGTH;
        const saved =
          reason.overridden !== undefined && reason.overridden.justification === draft.trim();
        return (
          <div key={reason.rule} className={styles.item} data-rule={reason.rule}>
            <p>{reason.message}</p>
            <Field
              label={t('ui.justify.field', { rule: t(`ui.rule.${reason.rule}`) })}
              hint={
                tooShort ? t('ui.justify.tooShort', { count: MIN_JUSTIFICATION_LENGTH }) : undefined
              }
              validationState={saved ? 'success' : 'none'}
              validationMessage={saved ? t('ui.justify.saved') : undefined}
            >
              <Textarea
                value={draft}
                resize="vertical"
                onChange={(_, data) => setDrafts({ ...drafts, [reason.rule]: data.value })}
              />
            </Field>
            <div>
              <Button
                disabled={busy || tooShort || saved}
                onClick={() => props.onJustify(reason.rule, draft.trim())}
              >
                {t('ui.justify.save')}
              </Button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
