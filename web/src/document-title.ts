import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab names the screen first, then the product, so tabs and history tell screens apart. */
export function useDocumentTitle(screen: string | undefined) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = screen ? `${screen} · ${t('app.title')}` : `${t('app.title')} · Ordo`;
  }, [screen, t]);
}
