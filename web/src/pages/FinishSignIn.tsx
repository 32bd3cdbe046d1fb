import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reloadMe, sessionKeys, signOut as endSession, verifyMfa, type Me } from '../api/session';
import { codeRules, MfaEnrolment } from '../components/MfaEnrolment';
import { problemMessage } from '../components/problems';
import { StandalonePage } from '../components/StandalonePage';

/** The code from the authenticator app, or a recovery code: the second sign-in step. */
function CodeStep({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();

  const submit = async (values: { code?: string; recoveryCode?: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      // The shown field is required, so the form only finishes with it filled in.
      await verifyMfa(recovery ? { recoveryCode: values.recoveryCode ?? '' } : { code: values.code ?? '' });
      onDone();
    } catch (err) {
      setError(err);
      form.resetFields();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false} data-testid="mfa-code-step">
      <Typography.Paragraph type="secondary">{recovery ? t('signIn.mfa.recoveryIntro') : t('signIn.mfa.intro')}</Typography.Paragraph>
      {error !== undefined && <Alert type="error" showIcon title={problemMessage(t, error)} style={{ marginBottom: 16 }} data-testid="mfa-error" />}
      {recovery ? (
        <Form.Item name="recoveryCode" label={t('signIn.mfa.recoveryCode')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
          <Input autoComplete="off" />
        </Form.Item>
      ) : (
        <Form.Item name="code" label={t('signIn.mfa.code')} rules={codeRules(t)}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="mfa-verify">
        {t('signIn.mfa.verify')}
      </Button>
      <Button type="link" block onClick={() => setRecovery(!recovery)} data-testid="mfa-toggle-recovery">
        {recovery ? t('signIn.mfa.useCode') : t('signIn.mfa.useRecovery')}
      </Button>
    </Form>
  );
}

/**
 * A password sign-in that is not complete yet: the authenticator code, or, for a role that
 * must use MFA and has none, setting one up. Nothing else of the console loads until then.
 */
export function FinishSignIn({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const done = () => reloadMe(queryClient);
  const signOut = async () => {
    await endSession();
    queryClient.setQueryData(sessionKeys.me, null);
  };
  const enrolling = me.stage === 'mfa_enrolment';
  return (
    <StandalonePage title={enrolling ? t('signIn.mfa.enrolTitle') : t('signIn.mfa.title')} testId="finish-sign-in">
      {enrolling ? (
        <>
          <Alert type="info" showIcon title={t('signIn.mfa.enrolRequired')} style={{ marginBottom: 16 }} />
          <MfaEnrolment onDone={() => void done()} />
        </>
      ) : (
        <CodeStep onDone={() => void done()} />
      )}
      <Button type="link" block onClick={() => void signOut()} data-testid="mfa-sign-out">
        {t('signIn.mfa.signOut')}
      </Button>
    </StandalonePage>
  );
}
