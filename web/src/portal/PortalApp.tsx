import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Dropdown, Grid, Layout, Result, Spin } from 'antd';
import { DownOutlined, InboxOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { usePasswordStatus, usePortalCustomer } from '../api/portal';
import { can, sessionKeys, signOut as endSession, type Me } from '../api/session';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PortalSignIn } from './PortalSignIn';
import { useDocumentTitle } from '../document-title';

const PortalOrders = lazy(() => import('./PortalOrders'));
const PortalOrderDetail = lazy(() => import('./PortalOrderDetail'));
const PortalOrderNew = lazy(() => import('./PortalOrderNew'));
const PortalPassword = lazy(() => import('./PortalPassword'));
const PortalLink = lazy(() => import('./PortalLink'));

const loading = <Spin style={{ display: 'block', margin: '64px auto' }} />;
const passwordPage = '/portal/account/password';

/**
 * The customer portal (/portal): its own plain frame, no staff navigation. A signed-in
 * staff member is pointed back to the console; a customer never sees the console. A
 * mailed sign-in link (/portal/link/…) opens whoever is signed in.
 */
export default function PortalApp({ me, meLoading }: { me: Me | null; meLoading: boolean }) {
  const { t } = useTranslation();
  if (meLoading) return loading;
  return (
    <Suspense fallback={loading}>
      <Routes>
        <Route path="link/:token" element={<PortalLink />} />
        {!me ? (
          <>
            <Route path="sign-in" element={<PortalSignIn />} />
            <Route path="*" element={<Navigate to="/portal/sign-in" replace />} />
          </>
        ) : !can(me, 'portal:use') ? (
          <Route path="*" element={<Result status="403" title={t('portal.staffTitle')} subTitle={t('portal.staffHint')} extra={<Link to="/">{t('portal.toConsole')}</Link>} />} />
        ) : (
          <Route
            path="*"
            element={
              <PortalFrame me={me}>
                <Suspense fallback={loading}>
                  <Routes>
                    <Route index element={<PortalOrders />} />
                    <Route path="orders/new" element={<PortalOrderNew />} />
                    <Route path="orders/:id" element={<PortalOrderDetail />} />
                    <Route path="account/password" element={<PortalPassword />} />
                    <Route path="*" element={<Navigate to="/portal" replace />} />
                  </Routes>
                </Suspense>
              </PortalFrame>
            }
          />
        )}
      </Routes>
    </Suspense>
  );
}

/** The portal screen the tab names: the buyer's orders, a new order, one order, or the password page. */
function portalScreenTitle(t: TFunction, pathname: string): string {
  if (pathname === '/portal') return t('portal.myOrders');
  if (pathname === '/portal/orders/new') return t('portal.placeOrder');
  if (pathname.startsWith('/portal/orders/')) return t('uiQuality.portalOrder');
  if (pathname === passwordPage) return t('portal.setPassword');
  return t('portal.title');
}

function PortalFrame({ me, children }: { me: Me; children: React.ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const screens = Grid.useBreakpoint();
  const customer = usePortalCustomer();
  const { pathname } = useLocation();
  useDocumentTitle(portalScreenTitle(t, pathname));

  const signOut = async () => {
    await endSession();
    queryClient.clear();
    queryClient.setQueryData(sessionKeys.me, null);
    navigate('/portal/sign-in');
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#fff', padding: '0 16px', display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, borderBottom: '1px solid #f0f0f0' }}>
        {/* The portal's name and the customer's are the one heading of every portal screen. */}
        <h1 style={{ margin: 0, fontSize: 'inherit', minWidth: 0, overflow: 'hidden' }}>
          <Link to="/portal" style={{ minWidth: 0, display: 'flex', alignItems: 'center', gap: 8, color: 'inherit', fontWeight: 600, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>
            <InboxOutlined />
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {t('portal.title')}
              {customer.data ? ` · ${customer.data.name}` : ''}
            </span>
          </Link>
        </h1>
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexShrink: 0 }}>
          <LanguageSwitch />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'password', icon: <LockOutlined />, label: t('portal.setPassword'), onClick: () => navigate(passwordPage) },
                { key: 'signOut', icon: <LogoutOutlined />, label: t('app.signOut'), onClick: () => void signOut() },
              ],
            }}
          >
            <Button
              size="small"
              icon={<UserOutlined />}
              // The spoken name starts with the name shown, so voice control finds the button by what is on it.
              aria-label={screens.sm ? `${me.name} · ${t('portal.account')}` : t('portal.account')}
              data-testid="account-menu"
            >
              {screens.sm && me.name}
              <DownOutlined />
            </Button>
          </Dropdown>
        </div>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1100, width: '100%', margin: '0 auto' }}>
        <PasswordPrompt />
        {children}
      </Layout.Content>
    </Layout>
  );
}

const promptDismissedKey = 'ordo.portal.passwordPromptDismissed';

/** A portal user without a password (they signed in by link) is offered to set one, until they do or wave it away. */
function PasswordPrompt() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [dismissed, setDismissed] = useState(() => sessionStorage.getItem(promptDismissedKey) === '1');
  const status = usePasswordStatus();
  if (dismissed || status.data?.set !== false || pathname === passwordPage) return null;
  return (
    <Alert
      type="info"
      showIcon
      closable={{
        onClose: () => {
          sessionStorage.setItem(promptDismissedKey, '1');
          setDismissed(true);
        },
      }}
      title={t('portal.passwordPrompt')}
      action={
        <Button size="small" type="primary" onClick={() => navigate(passwordPage)} data-testid="password-prompt">
          {t('portal.setPassword')}
        </Button>
      }
      style={{ marginBottom: 16 }}
    />
  );
}
