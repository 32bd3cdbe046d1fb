import { lazy, Suspense, useEffect } from 'react';
import { Button, Layout, Result, Segmented, Space, Spin, Typography } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { can, markSignedIn } from '../api/session';
import type { Me } from '../api/types';
import { rememberLanguage, type Language } from '../i18n';
import { PortalSignIn } from './PortalSignIn';
import type { PortalCustomer } from './types';

const PortalOrders = lazy(() => import('./PortalOrders'));
const PortalOrderDetail = lazy(() => import('./PortalOrderDetail'));
const PortalOrderNew = lazy(() => import('./PortalOrderNew'));

const loading = <Spin style={{ display: 'block', margin: '64px auto' }} />;

/**
 * The customer portal (/portal): its own plain frame, no staff navigation. A signed-in
 * staff member is pointed back to the console; a customer never sees the console.
 */
export default function PortalApp({ me, meLoading }: { me: Me | null; meLoading: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();

  // Back from a sign-in link: the server set the session cookie, which the page cannot see.
  const fromLink = params.has('welcome');
  useEffect(() => {
    if (!fromLink) return;
    markSignedIn(true);
    void queryClient.invalidateQueries({ queryKey: ['me'] }).then(() => setParams({}, { replace: true }));
  }, [fromLink, queryClient, setParams]);

  if (meLoading || fromLink) return loading;
  if (!me) {
    return (
      <Routes>
        <Route path="sign-in" element={<PortalSignIn />} />
        <Route path="*" element={<Navigate to="/portal/sign-in" replace />} />
      </Routes>
    );
  }
  if (!can(me, 'portal:use')) {
    return <Result status="403" title={t('portal.staffTitle')} subTitle={t('portal.staffHint')} extra={<Link to="/">{t('portal.toConsole')}</Link>} />;
  }
  return (
    <PortalFrame me={me}>
      <Suspense fallback={loading}>
        <Routes>
          <Route index element={<PortalOrders />} />
          <Route path="orders/new" element={<PortalOrderNew />} />
          <Route path="orders/:id" element={<PortalOrderDetail />} />
          <Route path="*" element={<Navigate to="/portal" replace />} />
        </Routes>
      </Suspense>
    </PortalFrame>
  );
}

function PortalFrame({ me, children }: { me: Me; children: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const customer = useQuery({ queryKey: ['portal', 'customer'], queryFn: () => api<PortalCustomer>('/api/v1/portal/customer') });

  const signOut = async () => {
    await api('/api/v1/auth/logout', { method: 'POST' }).catch(() => undefined);
    markSignedIn(false);
    queryClient.clear();
    queryClient.setQueryData(['me'], null);
    navigate('/portal/sign-in');
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#fff', padding: '0 16px', display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, borderBottom: '1px solid #f0f0f0' }}>
        <Link to="/portal" style={{ minWidth: 0, display: 'flex', alignItems: 'center', gap: 8, color: 'inherit', fontWeight: 600, overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>
          <InboxOutlined />
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {t('portal.title')}
            {customer.data ? ` · ${customer.data.name}` : ''}
          </span>
        </Link>
        <Space size="small">
          <Segmented
            size="small"
            aria-label={t('app.language')}
            value={i18n.language}
            options={[
              { label: '中文', value: 'zh-CN' },
              { label: 'EN', value: 'en' },
            ]}
            onChange={(value) => rememberLanguage(value as Language)}
          />
          <Typography.Text type="secondary">{me.name}</Typography.Text>
          <Button size="small" onClick={signOut}>
            {t('app.signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16, maxWidth: 1100, width: '100%', margin: '0 auto' }}>{children}</Layout.Content>
    </Layout>
  );
}
