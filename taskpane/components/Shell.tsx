// The pane's frame: Fluent theme, the Sendguard heading and the language switch.
import {
  FluentProvider,
  Label,
  Select,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { LOCALES, type Locale } from '../../src/i18n';
import type { Translate } from './types';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  language: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function Shell(props: {
  t: Translate;
  locale: Locale;
  onLocaleChange(locale: Locale): void;
  /** Heading level 1 text under the product name, e.g. "About this message". */
  subtitle?: string;
  children: ReactNode;
}): React.JSX.Element {
  const { t, locale } = props;
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} dir="ltr" lang={locale}>
      <main aria-labelledby="sg-title">
        <header className={styles.header}>
          <h1 id="sg-title" className={styles.title}>
            {props.subtitle !== undefined
              ? `${t('ui.app.name')}: ${props.subtitle}`
              : t('ui.app.name')}
          </h1>
          <div className={styles.language}>
            <Label htmlFor="sg-language" size="small">
              {t('ui.language.label')}
            </Label>
            <Select
              id="sg-language"
              size="small"
              value={locale}
              data-testid="language"
              onChange={(_, data) => props.onLocaleChange(data.value === 'cy' ? 'cy' : 'en')}
            >
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`ui.language.${l}`)}
                </option>
              ))}
            </Select>
          </div>
        </header>
        {props.children}
      </main>
    </FluentProvider>
  );
}
