import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { changePassword, disableMfa, sessionKeys, useMfaStatus } from '../api/session';
import { codeRules, MfaEnrolment } from '../components/MfaEnrolment';
import { problemMessage, showFieldProblems } from '../components/problems';

/** Turning MFA off: the password and a current code. */
function DisableMfa({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const submit = async (values: { password: string; code: string }) => {
    setError(undefined);
    try {
      await disableMfa(values);
      onDone();
    } catch (err) {
      setError(err);
      if (err instanceof ApiProblem) showFieldProblems(t, form, err.errors, new Set(['password', 'code']));
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false} data-testid="mfa-disable">
      <Alert type="warning" showIcon title={t('mfa.disableIntro')} style={{ marginBottom: 16 }} />
      {error !== undefined && <Alert type="error" showIcon title={problemMessage(t, error)} style={{ marginBottom: 16 }} />}
      <Form.Item name="password" label={t('mfa.password')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="code" label={t('mfa.code')} rules={codeRules(t)}>
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      </Form.Item>
      <Button danger htmlType="submit">
        {t('mfa.disable')}
      </Button>
    </Form>
  );
}

function MfaCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const status = useMfaStatus();
  const [mode, setMode] = useState<'enrol' | 'disable'>();
  const refresh = () => {
    setMode(undefined);
    void queryClient.invalidateQueries({ queryKey: sessionKeys.mfa });
  };
  const data = status.data;
  return (
    <Card title={t('mfa.title')} loading={status.isPending} data-testid="account-mfa">
      {data && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('mfa.title')}>
              <Tag color={data.enabled ? 'green' : 'default'} data-testid="mfa-status">
                {data.enabled ? t('mfa.statusOn') : t('mfa.statusOff')}
              </Tag>
              {data.required && <Tag color="blue">{t('mfa.required')}</Tag>}
            </Descriptions.Item>
            {data.enabled && <Descriptions.Item label={t('signIn.mfa.recoveryCode')}>{t('mfa.recoveryLeft', { count: data.recoveryCodesLeft })}</Descriptions.Item>}
          </Descriptions>
          {mode === 'enrol' ? (
            <MfaEnrolment
              onDone={() => {
                message.success(t('mfa.enabled'));
                refresh();
              }}
            />
          ) : mode === 'disable' ? (
            <DisableMfa
              onDone={() => {
                message.success(t('mfa.disabled'));
                refresh();
              }}
            />
          ) : data.enabled ? (
            data.required ? <Alert type="info" showIcon title={t('mfa.cannotDisable')} /> : <Button onClick={() => setMode('disable')}>{t('mfa.disable')}</Button>
          ) : (
            <Button type="primary" onClick={() => setMode('enrol')} data-testid="mfa-begin">
              {t('mfa.start')}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}

/** Changing one's own password: the current one, and a new one the policy accepts. */
function PasswordCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    setError(undefined);
    try {
      await changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      form.resetFields();
      message.success(t('account.changed'));
    } catch (err) {
      setError(err);
      if (err instanceof ApiProblem) showFieldProblems(t, form, err.errors, new Set(['currentPassword', 'newPassword']));
    }
  };
  const required = { required: true, message: t('fieldErrors.required') };
  return (
    <Card title={t('account.passwordTitle')} data-testid="account-password">
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} requiredMark={false} style={{ maxWidth: 420 }}>
        {error !== undefined && <Alert type="error" showIcon title={problemMessage(t, error)} style={{ marginBottom: 16 }} />}
        <Form.Item name="currentPassword" label={t('account.current')} rules={[required]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('account.new')} rules={[required, { min: 12, message: t('fieldErrors.weak_password_too_short') }, { max: 256, message: t('fieldErrors.weak_password_too_long') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('account.confirm')}
          dependencies={['newPassword']}
          rules={[required, ({ getFieldValue }) => ({ validator: (_, value) => (value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('account.mismatch')))) })]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('account.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** My account, for every staff user: two-step verification and my password. */
export default function Account() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={1} style={{ marginTop: 0 }}>
        {t('account.title')}
      </Typography.Title>
      <MfaCard />
      <PasswordCard />
    </Space>
  );
}
