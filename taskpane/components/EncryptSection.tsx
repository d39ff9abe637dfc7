// Whether the message will be encrypted, and the action that adds the policy's encryption token.
import { Button } from '@fluentui/react-components';
import { useViewStyles } from './styles';
import type { Translate } from './types';

export function EncryptSection(props: {
  t: Translate;
  encrypted: boolean;
  /** The engine suggested encryption as a fix. */
  suggested: boolean;
  busy: boolean;
  onEncrypt(): void;
}): React.JSX.Element {
  const { t, encrypted, suggested, busy } = props;
  const styles = useViewStyles();
  return (
    <section aria-labelledby="sg-encrypt" className={styles.section}>
      <h2 id="sg-encrypt" className={styles.heading}>
        {t('ui.encrypt.heading')}
      </h2>
      <p data-testid="encryption-state">{encrypted ? t('ui.encrypt.on') : t('ui.encrypt.off')}</p>
      {!encrypted && (
        <div>
          <Button
            appearance={suggested ? 'primary' : 'secondary'}
            disabled={busy}
            onClick={props.onEncrypt}
          >
            {t('ui.encrypt.action')}
          </Button>
        </div>
      )}
    </section>
  );
}
