import { lazy, Suspense, useEffect } from 'react';
import { App as AntApp, ConfigProvider, Skeleton } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useMe } from './api/session';
import { Shell } from './components/Shell';
import { useLiveUpdates } from './live';
import { rememberLanguage } from './i18n';
import { SignIn } from './pages/SignIn';
import { FinishSignIn } from './pages/FinishSignIn';

const Home = lazy(() => import('./pages/Home'));
const OrderList = lazy(() => import('./pages/OrderList'));
const OrderEntry = lazy(() => import('./pages/OrderEntry'));
const OrderDetail = lazy(() => import('./pages/OrderDetail'));
const Bottlenecks = lazy(() => import('./pages/reports/Bottlenecks'));
const ProcessMap = lazy(() => import('./pages/reports/ProcessMap'));
const ImprovementActions = lazy(() => import('./pages/reports/Actions'));
const LateOrders = lazy(() => import('./pages/LateOrders'));
const ReviewInbox = lazy(() => import('./pages/ReviewInbox'));
const ExceptionDesk = lazy(() => import('./pages/ExceptionDesk'));
const Tasks = lazy(() => import('./pages/Tasks'));
const Segments = lazy(() => import('./pages/Segments'));
const Leads = lazy(() => import('./pages/Leads'));
const LeadDetail = lazy(() => import('./pages/LeadDetail'));
const SearchResults = lazy(() => import('./pages/SearchResults'));
const CustomerList = lazy(() => import('./pages/CustomerList'));
const CustomerDetail = lazy(() => import('./pages/CustomerDetail'));
const ProductList = lazy(() => import('./pages/ProductList'));
const ProductDetail = lazy(() => import('./pages/ProductDetail'));
const Stock = lazy(() => import('./pages/Stock'));
const Imports = lazy(() => import('./pages/Imports'));
const Capacity = lazy(() => import('./pages/Capacity'));
const Settings = lazy(() => import('./pages/Settings'));
const Account = lazy(() => import('./pages/Account'));
const Receivables = lazy(() => import('./pages/Receivables'));
const Notifications = lazy(() => import('./pages/Notifications'));
const CaseDesk = lazy(() => import('./pages/CaseDesk'));
const CaseDetail = lazy(() => import('./pages/CaseDetail'));
const FeedbackList = lazy(() => import('./pages/FeedbackList'));
const MonthlyReport = lazy(() => import('./pages/reports/Monthly'));
const NotFound = lazy(() => import('./pages/NotFound'));
// The customer portal is its own small app, loaded only by those who open it.
const PortalApp = lazy(() => import('./portal/PortalApp'));
// The survey a customer opens from a mail: no sign-in, no frame.
const SurveyPage = lazy(() => import('./pages/Survey'));
// The unsubscribe page a campaign's message links to: no sign-in, no frame.
const UnsubscribePage = lazy(() => import('./pages/Unsubscribe'));

/**
 * What shows while a screen's code or the session loads: the outline of a page (a heading
 * and a few rows) where the screen will be, not a blank page or a lone spinner.
 */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-label={t('uiQuality.loading')} data-testid="route-loading" style={{ padding: 24 }}>
      <Skeleton active title={{ width: 240 }} paragraph={{ rows: 6 }} />
    </div>
  );
}

/**
 * The console's look in one place. Each screen's title is its one h1, at the size the
 * screens had as h3. Secondary text, placeholders, links and the status colours (tags, danger
 * buttons) are dark enough for WCAG AA contrast on white and on the light health tints.
 */
const theme = {
  token: {
    colorPrimary: '#1f5fbf',
    colorLink: '#1f5fbf',
    colorSuccess: '#237804',
    colorWarning: '#ad6800',
    colorError: '#cf1322',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    fontSizeHeading1: 24,
  },
};

export function App() {
  const { i18n } = useTranslation();
  const me = useMe();
  const english = i18n.language === 'en';
  const { pathname } = useLocation();
  const inPortal = pathname === '/portal' || pathname.startsWith('/portal/');
  const inSurvey = pathname.startsWith('/survey/') || pathname.startsWith('/unsubscribe/');
  const signedIn = me.data?.stage === 'complete';
  useLiveUpdates(signedIn);
  // A language the person picked wins over this browser's, on any browser they sign in on; a default does not.
  const profileLanguage = me.data?.localeChosen ? me.data.locale : undefined;
  useEffect(() => {
    if (profileLanguage) rememberLanguage(profileLanguage);
  }, [profileLanguage]);
  useEffect(() => {
    dayjs.locale(english ? 'en' : 'zh-cn');
  }, [english]);

  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={theme}>
      <AntApp>
        {inPortal || inSurvey ? (
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/portal/*" element={<PortalApp me={me.data ?? null} meLoading={me.isPending} />} />
              <Route path="/survey/:token" element={<SurveyPage />} />
              <Route path="/unsubscribe/:token" element={<UnsubscribePage />} />
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
                <Route path="/" element={<Home me={me.data} />} />
                <Route path="/orders" element={<OrderList />} />
                <Route path="/orders/new" element={<OrderEntry />} />
                <Route path="/orders/:id" element={<OrderDetail me={me.data} />} />
                <Route path="/late" element={<LateOrders />} />
                <Route path="/review" element={<ReviewInbox />} />
                <Route path="/exceptions" element={<ExceptionDesk me={me.data} />} />
                <Route path="/tasks" element={<Tasks />} />
                <Route path="/customers" element={<CustomerList />} />
                <Route path="/customers/:id" element={<CustomerDetail />} />
                <Route path="/segments" element={<Segments />} />
                <Route path="/leads" element={<Leads />} />
                <Route path="/leads/:id" element={<LeadDetail />} />
                <Route path="/search" element={<SearchResults />} />
                <Route path="/products" element={<ProductList />} />
                <Route path="/products/:id" element={<ProductDetail />} />
                <Route path="/stock" element={<Stock />} />
                <Route path="/capacity" element={<Capacity />} />
                <Route path="/imports" element={<Imports />} />
                <Route path="/settings/:section?" element={<Settings me={me.data} />} />
                <Route path="/account" element={<Account />} />
                <Route path="/receivables" element={<Receivables />} />
                <Route path="/notifications" element={<Notifications />} />
                <Route path="/cases" element={<CaseDesk me={me.data} />} />
                <Route path="/cases/:id" element={<CaseDetail me={me.data} />} />
                <Route path="/feedback" element={<FeedbackList me={me.data} />} />
                <Route path="/reports" element={<MonthlyReport me={me.data} />} />
                <Route path="/reports/bottlenecks" element={<Bottlenecks />} />
                <Route path="/reports/process" element={<ProcessMap />} />
                <Route path="/reports/actions" element={<ImprovementActions me={me.data} />} />
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
