import { useState } from 'react';
import { Alert, Button, Form, Input, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { mailSignInLink, useSignInOptions } from '../api/portal';
import { PasswordSignInForm } from '../components/PasswordSignInForm';
import { problemMessage } from '../components/problems';
import { StandalonePage } from '../components/StandalonePage';

/**
 * Portal sign-in: with a password, or by a one-time link mailed to the customer. Without a
 * mail server no link can be mailed, so the page says whom to ask instead of pretending.
 */
export function PortalSignIn() {
  const { t } = useTranslation();
  const options = useSignInOptions();
  const emailLinks = options.data?.emailLinks ?? true;
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [linkSentTo, setLinkSentTo] = useState<string>();

  const sendLink = async (values: { email: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await mailSignInLink(values);
      setLinkSentTo(values.email);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <StandalonePage title={t('portal.title')}>
      <Typography.Paragraph type="secondary">{t('portal.signInSubtitle')}</Typography.Paragraph>
      <Tabs
        key={String(emailLinks)}
        defaultActiveKey={emailLinks ? 'link' : 'password'}
        items={[
          {
            key: 'link',
            label: t('portal.emailMeALink'),
            children: !emailLinks ? (
              <Alert type="info" showIcon title={t('portal.noEmailLinks')} description={t('portal.noEmailLinksHelp')} data-testid="no-email-links" />
            ) : linkSentTo ? (
              <Alert type="success" showIcon title={t('portal.linkSent', { email: linkSentTo })} data-testid="link-sent" />
            ) : (
              <Form layout="vertical" onFinish={sendLink} requiredMark={false}>
                {error !== undefined && <Alert type="error" showIcon title={problemMessage(t, error)} style={{ marginBottom: 16 }} />}
                <Form.Item name="email" label={t('signIn.email')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
                  <Input autoComplete="username" inputMode="email" />
                </Form.Item>
                <Button type="primary" htmlType="submit" block loading={busy}>
                  {t('portal.sendLink')}
                </Button>
              </Form>
            ),
          },
          { key: 'password', label: t('signIn.password'), children: <PasswordSignInForm /> },
        ]}
      />
    </StandalonePage>
  );
}
