import { useState } from 'react';
import { Alert, Button, Form, Input, List, QRCode, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { confirmMfaEnrolment, startMfaEnrolment, type MfaEnrolmentSecret } from '../api/session';
import { problemMessage } from './problems';

export const codeRules = (t: (key: string) => string) => [{ required: true, pattern: /^\d{6}$/, message: t('mfa.codeFormat') }];

/**
 * Setting up an authenticator app: the secret as a QR code and as text, confirmed with a
 * code; then the ten recovery codes, shown this once, before `onDone`.
 */
export function MfaEnrolment({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState<MfaEnrolmentSecret>();
  const [recoveryCodes, setRecoveryCodes] = useState<string[]>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const start = () => run(async () => setSecret(await startMfaEnrolment()));
  const confirm = (values: { code: string }) =>
    run(async () => setRecoveryCodes((await confirmMfaEnrolment(values)).recoveryCodes));

  const problem = error !== undefined && <Alert type="error" showIcon title={problemMessage(t, error)} data-testid="mfa-error" />;
  if (recoveryCodes) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="mfa-recovery-codes">
        <Typography.Title level={5}>{t('mfa.recoveryTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('mfa.recoveryIntro')}</Typography.Paragraph>
        <List size="small" bordered dataSource={recoveryCodes} renderItem={(code) => <List.Item><Typography.Text code copyable>{code}</Typography.Text></List.Item>} />
        <Button type="primary" onClick={onDone} data-testid="mfa-done">
          {t('mfa.done')}
        </Button>
      </Space>
    );
  }
  if (!secret) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        {problem}
        <Button type="primary" loading={busy} onClick={() => void start()} data-testid="mfa-start">
          {t('mfa.start')}
        </Button>
      </Space>
    );
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="mfa-enrolment">
      <Typography.Paragraph>{t('mfa.scan')}</Typography.Paragraph>
      <QRCode value={secret.otpauthUri} size={180} />
      <Typography.Text>
        {t('mfa.secret')}: <Typography.Text code copyable data-testid="mfa-secret">{secret.secret}</Typography.Text>
      </Typography.Text>
      {problem}
      <Form layout="vertical" onFinish={(values: { code: string }) => void confirm(values)} requiredMark={false}>
        <Form.Item name="code" label={t('mfa.code')} rules={codeRules(t)}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="mfa-confirm">
          {t('mfa.confirm')}
        </Button>
      </Form>
    </Space>
  );
}
