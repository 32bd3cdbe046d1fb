import { useState } from 'react';
import { Button, DatePicker, Drawer, List, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useFigureOrderPages, type FigureSource } from '../../api/process-reports';
import { QueryError } from '../../components/QueryError';

const day = 'YYYY-MM-DD';

/** The report period in the address (`from`, `to`); the last 30 days up to today when none is given. */
export function usePeriod(): { from: string; to: string; setPeriod: (from: string, to: string) => void; params: URLSearchParams; setParams: ReturnType<typeof useSearchParams>[1] } {
  const [params, setParams] = useSearchParams();
  const to = params.get('to') ?? dayjs().format(day);
  const from = params.get('from') ?? dayjs(to).subtract(29, 'day').format(day);
  const setPeriod = (nextFrom: string, nextTo: string) => {
    const next = new URLSearchParams(params);
    next.set('from', nextFrom);
    next.set('to', nextTo);
    setParams(next, { replace: true });
  };
  return { from, to, setPeriod, params, setParams };
}

export function PeriodPicker({ from, to, onChange }: { from: string; to: string; onChange: (from: string, to: string) => void }) {
  const { t } = useTranslation();
  return (
    <DatePicker.RangePicker
      aria-label={t('processReports.period')}
      value={[dayjs(from), dayjs(to)]}
      allowClear={false}
      onChange={(range) => {
        const [start, end] = (range ?? []) as [Dayjs | null, Dayjs | null];
        if (start && end) onChange(start.format(day), end.format(day));
      }}
    />
  );
}

/** The orders behind a figure, loaded a page at a time as the reader asks for more, each linking to the order. */
export function FigureOrderList({ source, count }: { source: FigureSource; count: number }) {
  const { t } = useTranslation();
  const pages = useFigureOrderPages(source);
  const orders = pages.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('processReports.ordersCount', { count })}</Typography.Paragraph>
      <QueryError query={pages} />
      <List
        size="small"
        loading={pages.isPending}
        dataSource={orders}
        data-testid="figure-orders"
        renderItem={(order) => (
          <List.Item>
            <Link to={`/orders/${order.id}`}>{order.number ?? t('processReports.unnumbered')}</Link>
          </List.Item>
        )}
      />
      {pages.hasNextPage && (
        <Button block onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
          {t('processReports.moreOrders', { shown: orders.length, count })}
        </Button>
      )}
    </>
  );
}

/** A figure about orders, clickable: it opens the list of the `count` orders behind it, read from the server when opened. */
export function OrdersFigure({ value, count, source, title }: { value: string | number; count: number; source: FigureSource; title: string }) {
  const [open, setOpen] = useState(false);
  if (count === 0) return <>{value}</>;
  return (
    <>
      <Typography.Link onClick={() => setOpen(true)} data-drill={title}>
        {value}
      </Typography.Link>
      <Drawer open={open} onClose={() => setOpen(false)} title={title} destroyOnHidden>
        {open && <FigureOrderList source={source} count={count} />}
      </Drawer>
    </>
  );
}
