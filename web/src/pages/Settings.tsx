import type { ReactNode } from 'react';
import { Alert, Col, Grid, Menu, Row, Typography } from 'antd';
import { ApiOutlined, ApartmentOutlined, BellOutlined, CarOutlined, ClockCircleOutlined, HeartOutlined, HistoryOutlined, KeyOutlined, OrderedListOutlined, RobotOutlined, SafetyCertificateOutlined, SafetyOutlined, ScheduleOutlined, TeamOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { useChannelStatus } from '../api/notifications';
import type { Me } from '../api/session';
import { SettingsAccess } from './settings/access';
import { NotificationTemplatesSection } from './settings/NotificationTemplatesSection';
import { PlanTemplatesSection } from './settings/PlanTemplatesSection';
import { PrioritySection } from './settings/PrioritySection';
import { ReviewSection } from './settings/ReviewSection';
import { SlaSection } from './settings/SlaSection';
import { settingsSectionLabel, visibleSettingsSections, type SettingsSectionKey } from './settings/sections';
import { UsersSection } from './settings/UsersSection';
import { WebhooksSection } from './settings/WebhooksSection';
import { TeamChatSection } from './settings/TeamChatSection';
import { SignInSection } from './settings/SignInSection';
import { CarriersSection } from './settings/CarriersSection';
import { DeadJobsSection } from './settings/DeadJobsSection';
import { AuditChainSection } from './settings/AuditChainSection';
import { ApiTokensSection } from './settings/ApiTokensSection';
import { ReturnVisitsSection } from './settings/ReturnVisitsSection';
import { RetentionSection } from './settings/RetentionSection';

const screens: Record<SettingsSectionKey, { icon: ReactNode; render(): ReactNode }> = {
  users: { icon: <TeamOutlined />, render: () => <UsersSection /> },
  priority: { icon: <OrderedListOutlined />, render: () => <PrioritySection /> },
  sla: { icon: <ClockCircleOutlined />, render: () => <SlaSection /> },
  review: { icon: <ApartmentOutlined />, render: () => <ReviewSection /> },
  plans: { icon: <ScheduleOutlined />, render: () => <PlanTemplatesSection /> },
  notifications: { icon: <BellOutlined />, render: () => <NotificationTemplatesSection /> },
  webhooks: { icon: <ApiOutlined />, render: () => <WebhooksSection /> },
  teamChat: { icon: <RobotOutlined />, render: () => <TeamChatSection /> },
  signIn: { icon: <SafetyOutlined />, render: () => <SignInSection /> },
  carriers: { icon: <CarOutlined />, render: () => <CarriersSection /> },
  customerCare: { icon: <HeartOutlined />, render: () => <ReturnVisitsSection /> },
  retention: { icon: <HistoryOutlined />, render: () => <RetentionSection /> },
  deadJobs: { icon: <WarningOutlined />, render: () => <DeadJobsSection /> },
  auditChain: { icon: <SafetyCertificateOutlined />, render: () => <AuditChainSection /> },
  apiTokens: { icon: <KeyOutlined />, render: () => <ApiTokensSection /> },
};

/** Settings (SPEC §12): one section per concern, each deep-linkable at /settings/{section}. */
export default function Settings({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { section } = useParams();
  const narrow = !Grid.useBreakpoint().lg;
  const channels = useChannelStatus();
  const visible = visibleSettingsSections(me);
  const current = visible.find((s) => s.key === section);
  if (!current) return visible[0] ? <Navigate to={`/settings/${visible[0].key}`} replace /> : <Navigate to="/" replace />;

  const menu = (
    <Menu
      mode={narrow ? 'horizontal' : 'inline'}
      selectedKeys={[current.key]}
      items={visible.map((s) => ({ key: s.key, icon: screens[s.key].icon, label: t(settingsSectionLabel(s)) }))}
      onClick={({ key }) => navigate(`/settings/${key}`)}
      data-testid="settings-menu"
    />
  );
  return (
    <SettingsAccess.Provider value={me}>
      <Typography.Title level={1} style={{ marginTop: 0 }}>
        {t('settings.title')}
      </Typography.Title>
      {channels.data?.email === false && (
        <Alert type="warning" showIcon title={t('settings.noMail')} description={t('settings.noMailHelp')} style={{ marginBottom: 16 }} data-testid="settings-no-mail" />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={5}>
          {menu}
        </Col>
        <Col xs={24} lg={19} data-testid={`settings-${current.key}`}>
          {screens[current.key].render()}
        </Col>
      </Row>
    </SettingsAccess.Provider>
  );
}
