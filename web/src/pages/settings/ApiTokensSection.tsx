import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminKeys, createApiToken, revokeApiToken, useApiTokens, type ApiToken, type CreatedApiToken, type NewApiToken } from '../../api/admin';
import { useFormat } from '../../format';
import { FormModal } from './FormModal';
import { settingsProblemMessage } from './VersionedForm';

/** A new token: its name and lifetime; the secret comes back this once and is shown until dismissed. */
function CreateToken({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedApiToken>();
  if (created) {
    return (
      <Modal open title={t('adminConsole.tokens.create')} onCancel={onClose} footer={<Button type="primary" onClick={onClose}>{t('settings.done')}</Button>}>
        <Alert
          type="success"
          showIcon
          data-testid="token-secret"
          title={t('adminConsole.tokens.secretOnce', { name: created.name })}
          description={<Typography.Text code copyable={{ tooltips: [t('adminConsole.tokens.copy'), t('adminConsole.tokens.copied')] }}>{created.token}</Typography.Text>}
        />
      </Modal>
    );
  }
  return (
    <FormModal<NewApiToken, CreatedApiToken>
      title={t('adminConsole.tokens.create')}
      okText={t('adminConsole.tokens.create')}
      initialValues={{ name: '' }}
      submit={(values) => createApiToken({ name: values.name.trim(), ...(values.expiresInDays ? { expiresInDays: values.expiresInDays } : {}) })}
      onDone={(token) => {
        setCreated(token);
        void queryClient.invalidateQueries({ queryKey: adminKeys.tokens });
      }}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('adminConsole.tokens.name')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 100 }]}>
        <Input placeholder={t('adminConsole.tokens.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="expiresInDays" label={t('adminConsole.tokens.expiresInDays')} extra={t('adminConsole.tokens.expiresHelp')}>
        <InputNumber min={1} max={3650} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </FormModal>
  );
}

/**
 * My API tokens for integrations (ERP, scripts): they act as me, with my roles. Created here
 * with a name and an optional lifetime, listed without their secret, revoked for good.
 */
export function ApiTokensSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const tokens = useApiTokens();
  const [creating, setCreating] = useState(false);

  const revoke = async (token: ApiToken) => {
    try {
      await revokeApiToken(token.id);
      message.success(t('adminConsole.tokens.revoked'));
    } catch (err) {
      message.error(settingsProblemMessage(t, err));
    }
    void queryClient.invalidateQueries({ queryKey: adminKeys.tokens });
  };
  const state = (token: ApiToken) => {
    if (token.revokedAt) return <Tag>{t('adminConsole.tokens.states.revoked')}</Tag>;
    if (token.expiresAt && Date.parse(token.expiresAt) <= Date.now()) return <Tag color="orange">{t('adminConsole.tokens.states.expired')}</Tag>;
    return <Tag color="green">{t('adminConsole.tokens.states.active')}</Tag>;
  };

  return (
    <Card
      title={t('adminConsole.tokens.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
          {t('adminConsole.tokens.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('adminConsole.tokens.help')}</Typography.Paragraph>
      <Table<ApiToken>
        rowKey="id"
        size="small"
        loading={tokens.isPending}
        dataSource={tokens.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('adminConsole.tokens.none') }}
        data-testid="api-tokens"
        columns={[
          { title: t('adminConsole.tokens.name'), dataIndex: 'name' },
          { title: t('adminConsole.tokens.state'), render: (_, token) => state(token) },
          { title: t('adminConsole.tokens.created'), dataIndex: 'createdAt', render: (at: string) => format.dateTime(at) },
          { title: t('adminConsole.tokens.expires'), dataIndex: 'expiresAt', render: (at: string | null) => (at ? format.dateTime(at) : t('adminConsole.tokens.never')) },
          {
            key: 'revoke',
            render: (_, token) =>
              !token.revokedAt && (
                <Popconfirm title={t('adminConsole.tokens.revokeConfirm', { name: token.name })} okText={t('adminConsole.tokens.revoke')} cancelText={t('common.cancel')} onConfirm={() => revoke(token)}>
                  <Button size="small" danger>
                    {t('adminConsole.tokens.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      {creating && <CreateToken onClose={() => setCreating(false)} />}
    </Card>
  );
}
