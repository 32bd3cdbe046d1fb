import { useState } from 'react';
import { App, Alert, Button, Card, Col, Form, Input, Modal, Popconfirm, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { LinkOutlined, MailOutlined, StopOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiProblem, type FieldProblem } from '../api/client';
import { customerKeys, deactivatePortalUser, invitePortalUser, reinvitePortalUser, usePortalUsers, type PortalUser } from '../api/customers';
import { useChannelStatus } from '../api/notifications';
import { useFormat } from '../format';
import { fieldMessage, problemMessage, showFieldProblems } from './problems';

interface InviteValues {
  name: string;
  email: string;
  locale: 'zh-CN' | 'en';
}

const inviteFields = new Set(['name', 'email', 'locale']);

/** A failed request about portal users, in words: this card's own codes first, then the common ones. */
function portalUserProblem(t: TFunction, err: unknown): string {
  return err instanceof ApiProblem ? t(`portalUsers.problems.${err.code}`, { defaultValue: problemMessage(t, err) }) : problemMessage(t, err);
}

/** An invitation link the server answered because it could not mail it: shown once, to hand over. */
interface HandedOver {
  name: string;
  url: string;
  expiresAt: string;
}

/**
 * The customer's portal users on the customer page: who was invited, who signed in, and
 * inviting, re-inviting (a new link) and deactivating them. Without a mail server the card
 * says so, and each new link is shown once for the inviter to pass on.
 */
export function PortalUsersCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const users = usePortalUsers(customerId);
  const mail = useChannelStatus().data?.email ?? true;
  const [inviting, setInviting] = useState(false);
  const [working, setWorking] = useState<string>();
  const [handedOver, setHandedOver] = useState<HandedOver>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: customerKeys.portalUsers(customerId) });

  const act = async (user: PortalUser, action: 'invitation' | 'deactivate') => {
    setWorking(`${action}:${user.id}`);
    try {
      if (action === 'invitation') {
        const { expiresAt, handedOverLink } = await reinvitePortalUser(customerId, user.id);
        if (handedOverLink) setHandedOver({ name: user.name, ...handedOverLink });
        else void message.success(t('portalUsers.resent', { date: format.dateTime(expiresAt) }));
      } else {
        await deactivatePortalUser(customerId, user.id);
        void message.success(t('portalUsers.deactivated', { name: user.name }));
      }
      await refresh();
    } catch (err) {
      void message.error(portalUserProblem(t, err));
    } finally {
      setWorking(undefined);
    }
  };

  return (
    <Card
      size="small"
      title={t('portalUsers.title')}
      data-testid="portal-users"
      extra={
        !inviting && (
          <Button size="small" icon={<UserAddOutlined />} onClick={() => setInviting(true)} data-testid="invite-portal-user">
            {t('portalUsers.invite')}
          </Button>
        )
      }
    >
      {!mail && <Alert type="warning" showIcon title={t('portalUsers.noMail')} description={t('portalUsers.noMailHelp')} style={{ marginBottom: 16 }} data-testid="no-mail" />}
      {inviting && (
        <InviteForm
          customerId={customerId}
          mail={mail}
          onDone={(invited) => {
            setInviting(false);
            if (invited) {
              if (invited.handedOverLink) setHandedOver({ name: invited.name, ...invited.handedOverLink });
              else void message.success(t('portalUsers.invited', { email: invited.email }));
              void refresh();
            }
          }}
        />
      )}
      <Modal
        open={handedOver !== undefined}
        title={t('portalUsers.linkTitle', { name: handedOver?.name })}
        onCancel={() => setHandedOver(undefined)}
        footer={<Button type="primary" onClick={() => setHandedOver(undefined)}>{t('portalUsers.linkDone')}</Button>}
        destroyOnHidden
      >
        {handedOver && (
          <div data-testid="handed-over-link">
            <Typography.Paragraph>{t('portalUsers.linkIntro', { date: format.dateTime(handedOver.expiresAt) })}</Typography.Paragraph>
            <Typography.Paragraph copyable={{ text: handedOver.url }} code style={{ wordBreak: 'break-all' }}>
              {handedOver.url}
            </Typography.Paragraph>
            <Alert type="warning" showIcon title={t('portalUsers.linkOnce')} />
          </div>
        )}
      </Modal>
      {users.isError ? (
        <Alert type="error" showIcon title={problemMessage(t, users.error)} />
      ) : (
        <Table<PortalUser>
          rowKey="id"
          size="small"
          loading={users.isPending}
          dataSource={users.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t(mail ? 'portalUsers.empty' : 'portalUsers.emptyNoMail') }}
          columns={[
            {
              title: t('portalUsers.name'),
              render: (_, u) => (
                <Space orientation="vertical" size={0}>
                  <Typography.Text>{u.name}</Typography.Text>
                  <Typography.Text type="secondary">{u.email}</Typography.Text>
                </Space>
              ),
            },
            {
              title: t('portalUsers.status'),
              render: (_, u) => (
                <Space size={4} wrap>
                  <Tag color={u.active ? 'success' : 'default'}>{u.active ? t('portalUsers.active') : t('portalUsers.inactive')}</Tag>
                  {u.active && !u.passwordSet && <Tag>{t('portalUsers.noPassword')}</Tag>}
                </Space>
              ),
            },
            { title: t('portalUsers.invitedAt'), render: (_, u) => format.dateTime(u.invitedAt) },
            { title: t('portalUsers.lastSignIn'), render: (_, u) => (u.lastSignInAt ? format.dateTime(u.lastSignInAt) : t('portalUsers.never')) },
            {
              title: t('portalUsers.actions'),
              render: (_, u) =>
                u.active && (
                  <Space size="small" wrap>
                    <Button size="small" icon={mail ? <MailOutlined /> : <LinkOutlined />} loading={working === `invitation:${u.id}`} onClick={() => void act(u, 'invitation')}>
                      {t(mail ? 'portalUsers.resend' : 'portalUsers.newLink')}
                    </Button>
                    <Popconfirm title={t('portalUsers.deactivateConfirm', { name: u.name })} okButtonProps={{ danger: true }} okText={t('portalUsers.deactivate')} cancelText={t('portalUsers.cancel')} onConfirm={() => act(u, 'deactivate')}>
                      <Button size="small" danger icon={<StopOutlined />} loading={working === `deactivate:${u.id}`}>
                        {t('portalUsers.deactivate')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      )}
    </Card>
  );
}

type Invited = Awaited<ReturnType<typeof invitePortalUser>>;

/** Invites one person; what the server refuses is said next to the field, and what was typed stays. */
function InviteForm({ customerId, mail, onDone }: { customerId: string; mail: boolean; onDone: (invited?: Invited) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InviteValues>();
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: InviteValues) => {
    setBusy(true);
    setProblem(undefined);
    try {
      onDone(await invitePortalUser(customerId, { name: values.name.trim(), email: values.email.trim(), locale: values.locale }));
    } catch (err) {
      const problems = err instanceof ApiProblem ? err.errors : [];
      // A taken email says what it means here: that person already has an account.
      const messageOf = (p: FieldProblem) => t(`portalUsers.fieldProblems.${p.code}`, { defaultValue: fieldMessage(t, p) });
      if (showFieldProblems(t, form, problems, inviteFields, messageOf).length === problems.length) setProblem(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<InviteValues> form={form} layout="vertical" onFinish={submit} initialValues={{ locale: 'zh-CN' }} style={{ marginBottom: 16 }} data-testid="invite-form">
      {problem !== undefined && <Alert type="error" showIcon title={portalUserProblem(t, problem)} style={{ marginBottom: 16 }} />}
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item name="name" label={t('portalUsers.name')} rules={[{ required: true, whitespace: true, message: t('fieldErrors.required') }, { max: 100, message: t('fieldErrors.maxLength') }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name="email"
            label={t('portalUsers.email')}
            rules={[
              { required: true, whitespace: true, message: t('fieldErrors.required') },
              { type: 'email', message: t('portalUsers.emailInvalid') },
              { max: 320, message: t('fieldErrors.maxLength') },
            ]}
          >
            <Input inputMode="email" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="locale" label={t('portalUsers.language')}>
            <Select
              options={[
                { value: 'zh-CN', label: t('portalUsers.languages.zhCN') },
                { value: 'en', label: t('portalUsers.languages.en') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t(mail ? 'portalUsers.sendInvite' : 'portalUsers.createWithLink')}
        </Button>
        <Button onClick={() => onDone()}>{t('portalUsers.cancel')}</Button>
      </Space>
    </Form>
  );
}
