import { Segmented } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { rememberLanguage, type Language } from '../i18n';
import { saveMyLanguage, sessionKeys, useMe, type Me } from '../api/session';

/**
 * Switches the language of the whole web app and remembers it in this browser; for someone
 * signed in it is saved to their profile too, so every browser they sign in on uses it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const choose = (language: Language) => {
    rememberLanguage(language);
    if (me.data?.stage !== 'complete') return;
    // The switch has already taken effect here; a failed save only means other browsers keep the old language.
    void saveMyLanguage(language).then(
      (saved) => queryClient.setQueryData<Me>(sessionKeys.me, (current) => (current ? { ...current, locale: saved.locale } : current)),
      () => undefined,
    );
  };
  return (
    <Segmented
      size="small"
      aria-label={t('app.language')}
      value={i18n.language}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en' },
      ]}
      onChange={(value) => choose(value as Language)}
    />
  );
}
