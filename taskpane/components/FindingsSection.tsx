// Sensitive information by type and place, each with masked previews shown only in the pane.
import type { FindingView } from '../model/preview';
import { useViewStyles } from './styles';
import { locationName, type Translate } from './types';

export function FindingsSection(props: {
  t: Translate;
  findings: FindingView[];
}): React.JSX.Element {
  const { t, findings } = props;
  const styles = useViewStyles();
  return (
    <section aria-labelledby="sg-findings" className={styles.section}>
      <h2 id="sg-findings" className={styles.heading}>
        {t('ui.findings.heading')}
      </h2>
      {findings.length === 0 ? (
        <p>{t('ui.findings.none')}</p>
      ) : (
        <>
          <ul className={styles.list} data-testid="findings">
            {findings.map((finding) => (
              <li key={finding.type} className={styles.item} data-type={finding.type}>
                <span className={styles.subheading}>
                  {t(`ui.entity.${finding.type}`)}:{' '}
                  {t('ui.findings.count', { count: finding.count })}
                </span>
                <span className={styles.muted}>
                  {t('ui.findings.where', {
                    places: finding.locations.map((l) => locationName(t, l)),
                  })}
                </span>
                {finding.previews.length > 0 && (
                  <ul className={styles.list}>
                    {finding.previews.map((preview, index) => (
                      <li key={index} className={styles.mono} data-testid="masked-preview">
                        {t(`ui.entity.${finding.type}`)} {preview.masked}
                      </li>
                    ))}
                    {finding.more > 0 && (
                      <li className={styles.muted}>
                        {t('ui.findings.more', { count: finding.more })}
                      </li>
                    )}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <p className={styles.muted}>{t('ui.findings.privacy')}</p>
        </>
      )}
    </section>
  );
}
