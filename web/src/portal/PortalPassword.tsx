import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { portalKeys, setPortalPassword, usePasswordStatus } from '../api/portal';
import { useMe } from '../api/session';
import { fieldMessage, problemMessage, showFieldProblems } from '../components/problems';
import { useFormat } from '../format';

/** The length part of the server's password policy (identity password-policy.ts), checked as the user types. */
const passwordLength = { min: 12, max: 256 } as const;

interface PasswordValues {
  currentPassword?: string;
  newPassword: string;
  confirmPassword: string;
}

/** Set or change my password. Right after a link sign-in the current one is not needed. */
export default function PortalPassword() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PasswordValues>();
  const [problem, setProblem] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const me = useMe();
  const status = usePasswordStatus();
  const graceUntil = status.data?.withoutCurrentUntil ?? null;

  const submit = async (values: PasswordValues) => {
    setBusy(true);
    setProblem(undefined);
    setSaved(false);
    try {
      const body = graceUntil ? { newPassword: values.newPassword } : { currentPassword: values.currentPassword, newPassword: values.newPassword };
      queryClient.setQueryData(portalKeys.password, await setPortalPassword(body));
      form.resetFields();
      setSaved(true);
    } catch (err) {
      if (err instanceof ApiProblem && err.code === 'current_password_required') void status.refetch();
      const problems = err instanceof ApiProblem ? err.errors.map((p) => ({ ...p, message: t(`portal.passwordForm.fieldProblems.${p.code}`, { context: p.params?.rule, defaultValue: fieldMessage(t, p) }) })) : [];
      // Said next to its field when the form shows that field; above the form otherwise.
      if (showFieldProblems(t, form, problems, new Set(graceUntil ? ['newPassword'] : ['currentPassword', 'newPassword'])).length === problems.length) setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  const problemText = (err: unknown) => (err instanceof ApiProblem ? t(`portal.passwordForm.problems.${err.code}`, { defaultValue: problemMessage(t, err) }) : problemMessage(t, err));

  return (
    <Card title={t('portal.setPassword')} style={{ maxWidth: 560, margin: '0 auto' }} loading={status.isPending} data-testid="portal-password">
      <Typography.Paragraph type="secondary">{t('portal.passwordForm.intro')}</Typography.Paragraph>
      {graceUntil && <Alert type="info" showIcon title={t('portal.passwordForm.linkGrace', { time: format.dateTime(graceUntil) })} style={{ marginBottom: 16 }} />}
      {saved && <Alert type="success" showIcon title={t('portal.passwordForm.saved')} style={{ marginBottom: 16 }} data-testid="password-saved" />}
      {problem !== undefined && <Alert type="error" showIcon title={problemText(problem)} style={{ marginBottom: 16 }} />}
      <Form<PasswordValues> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {/* A hidden username lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={me.data?.email ?? ''} readOnly hidden />
        {!graceUntil && (
          <Form.Item name="currentPassword" label={t('portal.passwordForm.current')} rules={[{ required: true, message: t('fieldErrors.required') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        )}
        <Form.Item
          name="newPassword"
          label={t('portal.passwordForm.new')}
          rules={[
            { required: true, message: t('fieldErrors.required') },
            { min: passwordLength.min, message: t('portal.passwordForm.tooShort') },
            { max: passwordLength.max, message: t('portal.passwordForm.tooLong') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('portal.passwordForm.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('fieldErrors.required') },
            ({ getFieldValue }) => ({
              validator: (_, value?: string) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('portal.passwordForm.mismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('portal.passwordForm.submit')}
        </Button>
      </Form>
      {!graceUntil && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t('portal.passwordForm.forgot')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
