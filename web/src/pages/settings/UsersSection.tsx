import { useState } from 'react';
import { App, Button, Card, Form, Input, Select, Space, Switch, Table, Tag, Tooltip } from 'antd';
import { CheckOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../api/session';
import { createUserAccount, resetUserMfa, setUserPassword, updateUserAccount, userKeys, useRoles, type Locale, type StaffRole, type UserAccount } from '../../api/users';
import { useFormat } from '../../format';
import { useSettingsAccess, useUsers } from './access';
import { RoleSelect, staffRoles } from './fields';
import { FormModal } from './FormModal';
import { settingsProblemMessage } from './VersionedForm';

const languages = ['zh-CN', 'en'] as const satisfies readonly Locale[];

// The account list answers roles and locale as plain strings; the forms hold the values the server accepts.
const isStaffRole = (role: string): role is StaffRole => (staffRoles as readonly string[]).includes(role);
const localeOf = (locale: string): Locale => languages.find((l) => l === locale) ?? 'zh-CN';
const customerRole = 'customer';

/** The length part of the server's password policy (12 to 256 characters); the server checks the rest. */
function usePasswordRules() {
  const { t } = useTranslation();
  return [
    { required: true, message: t('fieldErrors.required') },
    { min: 12, message: t('settings.problems.password') },
    { max: 256, message: t('fieldErrors.maxLength') },
  ];
}

function useRefreshUsers() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: userKeys.users });
}

/** A staff user's roles (a portal user's stay the customer role) and interface language. */
function RolesAndLanguage({ portalUser = false }: { portalUser?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {portalUser ? (
        <Form.Item label={t('settings.users.roles')} extra={t('settings.users.portalUser')}>
          <Tag>{t('settings.users.customerRole')}</Tag>
        </Form.Item>
      ) : (
        <Form.Item name="roles" label={t('settings.users.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('fieldErrors.minItems') }]}>
          <RoleSelect multiple />
        </Form.Item>
      )}
      <Form.Item name="locale" label={t('settings.users.locale')}>
        <Select options={languages.map((l) => ({ value: l, label: t(`settings.templates.language.${l}`) }))} />
      </Form.Item>
    </>
  );
}

interface NewUser {
  email: string;
  name?: string;
  password: string;
  roles: StaffRole[];
  locale: Locale;
}

function CreateUser({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useRefreshUsers();
  const required = { required: true, message: t('fieldErrors.required') };
  return (
    <FormModal<NewUser, UserAccount>
      title={t('settings.users.create')}
      okText={t('settings.users.create')}
      initialValues={{ roles: [], locale: 'zh-CN' }}
      submit={(values) => createUserAccount({ ...values, name: values.name?.trim() || undefined })}
      onDone={() => {
        refresh();
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item name="email" label={t('settings.users.email')} rules={[required, { type: 'email', message: t('fieldErrors.format') }, { max: 320 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label={t('settings.users.name')} rules={[{ max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="password" label={t('settings.users.password')} rules={usePasswordRules()} extra={t('settings.users.passwordHint')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <RolesAndLanguage />
    </FormModal>
  );
}

interface UserChanges {
  name: string;
  roles: StaffRole[];
  locale: Locale;
}

function EditUser({ user, onClose }: { user: UserAccount; onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useRefreshUsers();
  const portalUser = user.roles.includes(customerRole);
  return (
    <FormModal<UserChanges, UserAccount>
      title={t('settings.users.edit', { name: user.name })}
      okText={t('settings.save')}
      initialValues={{ name: user.name, roles: user.roles.filter(isStaffRole), locale: localeOf(user.locale) }}
      submit={({ roles, ...rest }) =>
        updateUserAccount(user, portalUser ? rest : { ...rest, roles })
      }
      onDone={() => {
        refresh();
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('settings.users.name')} rules={[{ required: true, message: t('fieldErrors.required') }, { max: 100 }]}>
        <Input />
      </Form.Item>
      <RolesAndLanguage portalUser={portalUser} />
    </FormModal>
  );
}

function ResetPassword({ user, onClose }: { user: UserAccount; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <FormModal<{ password: string }, { sessionsEnded: number; tokensRevoked: number }>
      title={t('settings.users.resetPassword', { name: user.name })}
      okText={t('settings.users.setPassword')}
      submit={(values) => setUserPassword(user.id, values)}
      onDone={(result) => {
        message.success(t('settings.users.passwordSet', { count: result.sessionsEnded, tokens: result.tokensRevoked }));
        onClose();
      }}
      onClose={onClose}
    >
      <Form.Item name="password" label={t('settings.users.newPassword')} rules={usePasswordRules()} extra={t('settings.users.resetHint')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}

/** Which permissions each role grants: rows are permissions, columns roles. */
function RolesMatrix() {
  const { t } = useTranslation();
  const roles = useRoles();
  const items = roles.data?.items ?? [];
  const permissions = [...new Set(items.flatMap((r) => r.permissions))].sort();
  return (
    <Card title={t('settings.users.matrix')} data-testid="roles-matrix">
      <Table
        rowKey="permission"
        size="small"
        loading={roles.isPending}
        pagination={false}
        scroll={{ x: true }}
        dataSource={permissions.map((permission) => ({ permission }))}
        columns={[
          { title: t('settings.users.permission'), dataIndex: 'permission', fixed: 'left', render: (p: string) => t(`settings.permissions.${p.replace(':', '_')}`, { defaultValue: p }) },
          ...items.map((r) => ({
            title: t(`role.${r.role}`),
            key: r.role,
            align: 'center' as const,
            render: (_: unknown, row: { permission: string }) => (r.permissions.includes(row.permission) ? <CheckOutlined style={{ color: '#389e0d' }} aria-label="✓" /> : null),
          })),
        ]}
      />
    </Card>
  );
}

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password'; user: UserAccount };

/** Users and roles (SPEC §12): who may sign in, with which roles, and what each role may do. */
export function UsersSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const { message, modal } = App.useApp();
  const { me } = useSettingsAccess();
  const writable = can(me, 'users:write');
  const users = useUsers();
  const refresh = useRefreshUsers();
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<Dialog>();

  const needle = search.trim().toLowerCase();
  const shown = (users.data?.items ?? []).filter(
    (u) => !needle || u.name.toLowerCase().includes(needle) || u.email.includes(needle) || u.roles.some((r) => r === needle || t(`role.${r}`, { defaultValue: r }).toLowerCase().includes(needle)),
  );

  const setActive = async (user: UserAccount, active: boolean) => {
    try {
      await updateUserAccount(user, { active });
      message.success(active ? t('settings.users.activated', { name: user.name }) : t('settings.users.deactivated', { name: user.name }));
    } catch (err) {
      message.error(settingsProblemMessage(t, err));
    }
    refresh();
  };

  // A lost phone: the user's authenticator and recovery codes go, and so do their sessions (audited as user.mfa_reset).
  const resetMfa = (user: UserAccount) =>
    modal.confirm({
      title: t('settings.users.resetMfa', { name: user.name }),
      content: t('settings.users.resetMfaHint'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          const { sessionsEnded } = await resetUserMfa(user.id);
          message.success(t('settings.users.mfaReset', { count: sessionsEnded }));
        } catch (err) {
          message.error(settingsProblemMessage(t, err));
        }
      },
    });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('settings.section.users')}
        extra={
          writable && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="user-create">
              {t('settings.users.create')}
            </Button>
          )
        }
      >
        <Input.Search allowClear placeholder={t('settings.users.search')} value={search} onChange={(e) => setSearch(e.target.value)} style={{ maxWidth: 320, marginBottom: 12 }} />
        <Table<UserAccount>
          rowKey="id"
          size="small"
          loading={users.isPending}
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          columns={[
            { title: t('settings.users.name'), dataIndex: 'name' },
            { title: t('settings.users.email'), dataIndex: 'email' },
            {
              title: t('settings.users.roles'),
              dataIndex: 'roles',
              render: (roles: string[]) => roles.map((r) => <Tag key={r} color={r === 'admin' ? 'red' : r === customerRole ? 'purple' : 'blue'}>{r === customerRole ? t('settings.users.customerRole') : t(`role.${r}`, { defaultValue: r })}</Tag>),
            },
            { title: t('settings.users.locale'), dataIndex: 'locale', render: (l: string) => t(`settings.templates.language.${l}`, { defaultValue: l }) },
            {
              title: t('settings.users.active'),
              dataIndex: 'active',
              render: (active: boolean, u) => (
                <Tooltip title={u.id === me?.id ? t('settings.users.notYourself') : undefined}>
                  <Switch checked={active} disabled={!writable || (u.id === me?.id && active)} aria-label={t('settings.users.activeOf', { name: u.name })} onChange={(on) => void setActive(u, on)} />
                </Tooltip>
              ),
            },
            { title: t('settings.users.created'), dataIndex: 'createdAt', render: (at: string) => format.dateTime(at) },
            {
              key: 'actions',
              render: (_, u) =>
                writable && (
                  <Space size="small">
                    <Button size="small" onClick={() => setDialog({ kind: 'edit', user: u })}>
                      {t('settings.users.editShort')}
                    </Button>
                    <Button size="small" onClick={() => setDialog({ kind: 'password', user: u })}>
                      {t('settings.users.resetShort')}
                    </Button>
                    {!u.roles.includes(customerRole) && (
                      <Button size="small" onClick={() => resetMfa(u)} data-testid={`reset-mfa-${u.email}`}>
                        {t('settings.users.resetMfaShort')}
                      </Button>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <RolesMatrix />
      {dialog?.kind === 'create' && <CreateUser onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'edit' && <EditUser user={dialog.user} onClose={() => setDialog(undefined)} />}
      {dialog?.kind === 'password' && <ResetPassword user={dialog.user} onClose={() => setDialog(undefined)} />}
    </Space>
  );
}
