import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { rememberLanguage, type Language } from '../i18n';

/** Switches the language of the whole web app, and remembers it in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented
      size="small"
      aria-label={t('app.language')}
      value={i18n.language}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en' },
      ]}
      onChange={(value) => rememberLanguage(value as Language)}
    />
  );
}
