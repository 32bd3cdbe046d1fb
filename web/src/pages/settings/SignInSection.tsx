import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/session';
import { useSettingsAccess } from './access';
import { RoleSelect } from './fields';
import { settingSource, type SignInSettings } from '../../api/settings';
import { VersionedForm } from './VersionedForm';

/** Which roles must use two-step verification; only who manages users may change it. */
export function SignInSection() {
  const { t } = useTranslation();
  const { me } = useSettingsAccess();
  return (
    <VersionedForm<SignInSettings, SignInSettings>
      source={settingSource('sign-in')}
      title={t('settings.signIn.title')}
      toForm={(value) => value}
      fromForm={(values) => ({ mfaRequiredRoles: values.mfaRequiredRoles ?? [] })}
      editable={can(me, 'users:write')}
      testId="sign-in-settings"
    >
      {(_form, editable) => (
        <>
          <Typography.Paragraph type="secondary">{editable ? t('settings.signIn.hint') : `${t('settings.signIn.hint')} ${t('settings.signIn.adminOnly')}`}</Typography.Paragraph>
          <Form.Item name="mfaRequiredRoles" label={t('settings.signIn.mfaRequiredRoles')}>
            <RoleSelect multiple />
          </Form.Item>
        </>
      )}
    </VersionedForm>
  );
}
