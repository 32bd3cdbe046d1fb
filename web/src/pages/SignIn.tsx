import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordSignInForm } from '../components/PasswordSignInForm';
import { StandalonePage } from '../components/StandalonePage';

export function SignIn() {
  const { t } = useTranslation();
  return (
    <StandalonePage title="Ordo">
      <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
      <PasswordSignInForm />
    </StandalonePage>
  );
}
