import { lazy, Suspense } from 'react';
import { Card, Empty, Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useOrderEvents, type Order } from '../api/orders';
import { can, type Me } from '../api/session';
import { Acceptance } from './Acceptance';
import { Cases } from './Cases';
import { PlanGantt } from './PlanGantt';
import { Shipments } from './Shipments';

// The flowchart library is large: it loads with its own chunk when the tab is first opened.
const ProcessFlow = lazy(() => import('./ProcessFlow'));

const tabs = ['flow', 'plan', 'shipping', 'acceptance', 'cases'] as const;
type ExecutionTab = (typeof tabs)[number];

/**
 * How the order is carried out, for the staff who carry it out: the process with where the
 * order stands, the plan, shipments, acceptance and after-sales cases, one tab each (the
 * open tab is kept in the address, so a link shows the same view).
 */
export function OrderExecution({ order, me, narrow }: { order: Order; me: Me; narrow: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const events = useOrderEvents(order.id);
  const history = events.data?.pages.flatMap((p) => p.items) ?? [];
  const happened = (action: string) => history.some((e) => e.action === action);
  // Plans and acceptances are fetched only once the history shows they exist, so no screen asks for what is not there.
  const planned = happened('order.planned');
  const accepted = happened('order.accepted') || happened('order.acceptance_failed');
  const requested = params.get('tab') as ExecutionTab | null;
  const active = requested && tabs.includes(requested) ? requested : 'flow';

  const items = [
    {
      key: 'flow',
      label: t('flow.title'),
      children: (
        <Suspense fallback={<Spin />}>
          <ProcessFlow status={order.status} events={history} narrow={narrow} />
        </Suspense>
      ),
    },
    { key: 'plan', label: t('plan.title'), children: planned ? <PlanGantt order={order} me={me} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plan.none')} /> },
    { key: 'shipping', label: t('shipping.title'), children: <Shipments order={order} me={me} /> },
    { key: 'acceptance', label: t('portal.acceptance'), children: <Acceptance order={order} me={me} recorded={accepted} /> },
    ...(can(me, 'aftersales:read') ? [{ key: 'cases', label: t('cases.title'), children: <Cases orderId={order.id} me={me} /> }] : []),
  ];

  return (
    <Card size="small" loading={events.isPending} data-testid="order-execution">
      <Tabs
        activeKey={active}
        onChange={(key) =>
          setParams(
            (current) => {
              current.set('tab', key);
              return current;
            },
            { replace: true },
          )
        }
        items={items}
      />
    </Card>
  );
}
