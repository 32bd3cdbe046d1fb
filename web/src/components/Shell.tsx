import { useState, type ReactNode } from 'react';
import { Button, Grid, Layout, Menu, Space, Typography } from 'antd';
import { AccountBookOutlined, AlertOutlined, ApartmentOutlined, AuditOutlined, BarChartOutlined, CalendarOutlined, CheckSquareOutlined, ClusterOutlined, CustomerServiceOutlined, DashboardOutlined, FlagOutlined, FileAddOutlined, FunnelPlotOutlined, FundOutlined, ImportOutlined, InboxOutlined, SearchOutlined, SettingOutlined, ShopOutlined, SmileOutlined, TeamOutlined, UnorderedListOutlined, UserOutlined, WarningOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { can, sessionKeys, signOut as endSession, type Me } from '../api/session';
import { useDocumentTitle } from '../document-title';
import { settingsSectionLabel, visibleSettingsSections } from '../pages/settings/sections';
import { NotificationBell } from './NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { GlobalSearch } from './GlobalSearch';

/** The console's frame: navigation for what the user's roles allow, language and sign-out. */
export function Shell({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const [collapsed, setCollapsed] = useState(true);
  const narrow = !screens.lg;

  const items = [
    { key: '/', icon: <DashboardOutlined />, label: t('nav.dashboard'), show: true },
    { key: '/orders', icon: <UnorderedListOutlined />, label: t('nav.orders'), show: can(me, 'orders:read') },
    { key: '/orders/new', icon: <FileAddOutlined />, label: t('nav.newOrder'), show: can(me, 'orders:create') },
    { key: '/late', icon: <AlertOutlined />, label: t('lateOrders.nav'), show: can(me, 'orders:read') && me.roles.some((r) => r === 'manager' || r === 'admin' || r === 'specialist') },
    { key: '/review', icon: <AuditOutlined />, label: t('nav.review'), show: can(me, 'review:read') },
    { key: '/exceptions', icon: <WarningOutlined />, label: t('exceptionDesk.nav'), show: can(me, 'orders:read') },
    { key: '/tasks', icon: <CheckSquareOutlined />, label: t('tasksPage.nav'), show: can(me, 'tasks:read') },
    { key: '/leads', icon: <FunnelPlotOutlined />, label: t('leads.nav'), show: can(me, 'leads:read') },
    { key: '/customers', icon: <TeamOutlined />, label: t('nav.customers'), show: can(me, 'customers:read') },
    { key: '/segments', icon: <ClusterOutlined />, label: t('segments.nav'), show: can(me, 'segments:use') },
    { key: '/products', icon: <ShopOutlined />, label: t('nav.products'), show: can(me, 'products:read') },
    { key: '/stock', icon: <InboxOutlined />, label: t('masterData.nav.stock'), show: can(me, 'stock:read') },
    { key: '/capacity', icon: <CalendarOutlined />, label: t('masterData.nav.capacity'), show: can(me, 'production_lines:read') },
    { key: '/cases', icon: <CustomerServiceOutlined />, label: t('aftersalesDesk.nav'), show: can(me, 'aftersales:read') },
    { key: '/feedback', icon: <SmileOutlined />, label: t('aftersalesDesk.feedbackNav'), show: can(me, 'feedback:read') },
    { key: '/reports', icon: <BarChartOutlined />, label: t('monthlyReport.nav'), show: can(me, 'orders:read') },
    { key: '/reports/bottlenecks', icon: <FundOutlined />, label: t('processReports.nav.bottlenecks'), show: can(me, 'audit:read') },
    { key: '/reports/process', icon: <ApartmentOutlined />, label: t('processReports.nav.process'), show: can(me, 'audit:read') },
    { key: '/reports/actions', icon: <FlagOutlined />, label: t('improvementActions.nav'), show: can(me, 'orders:read') },
    { key: '/receivables', icon: <AccountBookOutlined />, label: t('payments.nav'), show: can(me, 'payments:read') },
    { key: '/imports', icon: <ImportOutlined />, label: t('imports.nav'), show: can(me, 'imports:run') },
    { key: '/settings', icon: <SettingOutlined />, label: t('settings.nav'), show: visibleSettingsSections(me).length > 0 },
  ].filter((item) => item.show);
  const selected = items
    .map((item) => item.key)
    .filter((key) => key === location.pathname || (key !== '/' && location.pathname.startsWith(`${key}/`) && !items.some((i) => i.key === location.pathname)))
    .sort((a, b) => b.length - a.length)[0];
  const settingsSection = visibleSettingsSections(me).find((s) => location.pathname === `/settings/${s.key}`);
  useDocumentTitle(
    location.pathname === '/account'
      ? t('account.title')
      : location.pathname === '/notifications'
        ? t('notificationsPage.title')
        : settingsSection
          ? t(settingsSectionLabel(settingsSection))
          : items.find((item) => item.key === selected)?.label,
  );

  const signOut = async () => {
    await endSession();
    queryClient.clear();
    queryClient.setQueryData(sessionKeys.me, null);
    navigate('/');
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={0}
        collapsed={narrow ? collapsed : false}
        onCollapse={setCollapsed}
        trigger={narrow ? undefined : null}
        zeroWidthTriggerStyle={{ top: 12 }}
        style={narrow ? { position: 'fixed', height: '100vh', zIndex: 20 } : undefined}
      >
        <div style={{ color: '#fff', fontWeight: 600, fontSize: 18, padding: '16px 24px' }}>
          <InboxOutlined /> Ordo
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={items.map(({ key, icon, label }) => ({ key, icon, label }))}
          onClick={({ key }) => {
            navigate(key);
            if (narrow) setCollapsed(true);
          }}
        />
      </Layout.Sider>
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{ background: '#fff', padding: narrow ? '0 12px 0 56px' : '0 24px', display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}
        >
          <Typography.Text strong ellipsis style={{ minWidth: 0 }}>
            {t('app.title')}
          </Typography.Text>
          <Space size="small">
            {can(me, 'orders:read') &&
              // A phone's top bar has no room for the box: the button opens the results page, which has its own.
              (narrow ? (
                <Button type="text" size="small" icon={<SearchOutlined />} onClick={() => navigate('/search')} aria-label={t('archive.search.label')} title={t('archive.search.label')} data-testid="global-search-open" />
              ) : (
                <GlobalSearch width={280} />
              ))}
            <NotificationBell />
            <LanguageSwitch />
            <Button type="text" size="small" icon={<UserOutlined />} onClick={() => navigate('/account')} aria-label={narrow ? t('account.title') : undefined} title={t('account.title')} data-testid="my-account">
              {!narrow && me.name}
            </Button>
            <Button size="small" onClick={signOut}>
              {t('app.signOut')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
