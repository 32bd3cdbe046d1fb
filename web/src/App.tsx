import { lazy, Suspense, useEffect } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useMe } from './api/session';
import { Shell } from './components/Shell';
import { useLiveUpdates } from './live';
import { SignIn } from './pages/SignIn';
import { FinishSignIn } from './pages/FinishSignIn';

const Dashboard = lazy(() => import('./pages/Dashboard'));
const OrderList = lazy(() => import('./pages/OrderList'));
const OrderEntry = lazy(() => import('./pages/OrderEntry'));
const OrderDetail = lazy(() => import('./pages/OrderDetail'));
const LateOrders = lazy(() => import('./pages/LateOrders'));
const ReviewInbox = lazy(() => import('./pages/ReviewInbox'));
const ExceptionDesk = lazy(() => import('./pages/ExceptionDesk'));
const Tasks = lazy(() => import('./pages/Tasks'));
const CustomerList = lazy(() => import('./pages/CustomerList'));
const CustomerDetail = lazy(() => import('./pages/CustomerDetail'));
const ProductList = lazy(() => import('./pages/ProductList'));
const ProductDetail = lazy(() => import('./pages/ProductDetail'));
const Stock = lazy(() => import('./pages/Stock'));
const Capacity = lazy(() => import('./pages/Capacity'));
const Settings = lazy(() => import('./pages/Settings'));
const Account = lazy(() => import('./pages/Account'));
const Receivables = lazy(() => import('./pages/Receivables'));
const CaseDesk = lazy(() => import('./pages/CaseDesk'));
const CaseDetail = lazy(() => import('./pages/CaseDetail'));
const FeedbackList = lazy(() => import('./pages/FeedbackList'));
const NotFound = lazy(() => import('./pages/NotFound'));
// The customer portal is its own small app, loaded only by those who open it.
const PortalApp = lazy(() => import('./portal/PortalApp'));
// The survey a customer opens from a mail: no sign-in, no frame.
const SurveyPage = lazy(() => import('./pages/Survey'));

export function Loading() {
  return <Spin style={{ display: 'block', margin: '64px auto' }} />;
}

export function App() {
  const { i18n } = useTranslation();
  const me = useMe();
  const english = i18n.language === 'en';
  const { pathname } = useLocation();
  const inPortal = pathname === '/portal' || pathname.startsWith('/portal/');
  const inSurvey = pathname.startsWith('/survey/');
  const signedIn = me.data?.stage === 'complete';
  useLiveUpdates(signedIn);
  useEffect(() => {
    dayjs.locale(english ? 'en' : 'zh-cn');
  }, [english]);

  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={{ token: { colorPrimary: '#1f5fbf' } }}>
      <AntApp>
        {inPortal || inSurvey ? (
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/portal/*" element={<PortalApp me={me.data ?? null} meLoading={me.isPending} />} />
              <Route path="/survey/:token" element={<SurveyPage />} />
            </Routes>
          </Suspense>
        ) : me.isPending ? (
          <Loading />
        ) : !me.data ? (
          <SignIn />
        ) : !signedIn ? (
          <FinishSignIn me={me.data} />
        ) : me.data.roles.includes('customer') ? (
          // A customer's person never sees the staff console, however they signed in.
          <Navigate to="/portal" replace />
        ) : (
          <Shell me={me.data}>
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path="/" element={<Dashboard me={me.data} />} />
                <Route path="/orders" element={<OrderList />} />
                <Route path="/orders/new" element={<OrderEntry />} />
                <Route path="/orders/:id" element={<OrderDetail me={me.data} />} />
                <Route path="/late" element={<LateOrders />} />
                <Route path="/review" element={<ReviewInbox />} />
                <Route path="/exceptions" element={<ExceptionDesk me={me.data} />} />
                <Route path="/tasks" element={<Tasks />} />
                <Route path="/customers" element={<CustomerList />} />
                <Route path="/customers/:id" element={<CustomerDetail />} />
                <Route path="/products" element={<ProductList />} />
                <Route path="/products/:id" element={<ProductDetail />} />
                <Route path="/stock" element={<Stock />} />
                <Route path="/capacity" element={<Capacity />} />
                <Route path="/settings/:section?" element={<Settings me={me.data} />} />
                <Route path="/account" element={<Account />} />
                <Route path="/receivables" element={<Receivables />} />
                <Route path="/cases" element={<CaseDesk me={me.data} />} />
                <Route path="/cases/:id" element={<CaseDetail me={me.data} />} />
                <Route path="/feedback" element={<FeedbackList me={me.data} />} />
                <Route path="/signin" element={<Navigate to="/" replace />} />
                <Route path="/login" element={<Navigate to="/" replace />} />
                <Route path="*" element={<NotFound />} />
              </Routes>
            </Suspense>
          </Shell>
        )}
      </AntApp>
    </ConfigProvider>
  );
}
