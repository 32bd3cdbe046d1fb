import { useState } from 'react';
import { Alert, Button, Form, Input, Tabs, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { markSignedIn } from '../api/session';
import type { Me } from '../api/types';
import { problemMessage } from '../components/problems';
import { StandalonePage } from '../components/StandalonePage';

/** Portal sign-in: with a password, or by a one-time link mailed to the customer. */
export function PortalSignIn() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [linkSentTo, setLinkSentTo] = useState<string>();

  const signIn = async (values: { email: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await api('/api/v1/auth/login', { method: 'POST', body: values });
      markSignedIn(true);
      queryClient.setQueryData(['me'], await api<Me>('/api/v1/auth/me'));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const sendLink = async (values: { email: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await api('/api/v1/portal/magic-link', { method: 'POST', body: values });
      setLinkSentTo(values.email);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const emailField = (
    <Form.Item name="email" label={t('signIn.email')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
      <Input autoComplete="username" inputMode="email" />
    </Form.Item>
  );

  return (
    <StandalonePage title={t('portal.title')}>
      <Typography.Paragraph type="secondary">{t('portal.signInSubtitle')}</Typography.Paragraph>
      {error !== undefined && <Alert type="error" showIcon title={problemMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Tabs
        items={[
          {
            key: 'link',
            label: t('portal.emailMeALink'),
            children: linkSentTo ? (
              <Alert type="success" showIcon title={t('portal.linkSent', { email: linkSentTo })} data-testid="link-sent" />
            ) : (
              <Form layout="vertical" onFinish={sendLink} requiredMark={false}>
                {emailField}
                <Button type="primary" htmlType="submit" block loading={busy}>
                  {t('portal.sendLink')}
                </Button>
              </Form>
            ),
          },
          {
            key: 'password',
            label: t('signIn.password'),
            children: (
              <Form layout="vertical" onFinish={signIn} requiredMark={false}>
                {emailField}
                <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
                  <Input.Password autoComplete="current-password" />
                </Form.Item>
                <Button type="primary" htmlType="submit" block loading={busy}>
                  {t('signIn.submit')}
                </Button>
              </Form>
            ),
          },
        ]}
      />
    </StandalonePage>
  );
}
