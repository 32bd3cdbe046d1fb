import { useState } from 'react';
import { DatePicker, Drawer, List, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';

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

/** A figure about orders, clickable: it opens the list of those orders, each linking to the order. */
export function OrdersFigure({ value, orderIds, numbers, title }: { value: string | number; orderIds: string[]; numbers: Record<string, string | null>; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (orderIds.length === 0) return <>{value}</>;
  return (
    <>
      <Typography.Link onClick={() => setOpen(true)} data-drill={title}>
        {value}
      </Typography.Link>
      <Drawer open={open} onClose={() => setOpen(false)} title={title}>
        <Typography.Paragraph type="secondary">{t('processReports.ordersCount', { count: orderIds.length })}</Typography.Paragraph>
        <List
          size="small"
          dataSource={orderIds}
          renderItem={(id) => (
            <List.Item>
              <Link to={`/orders/${id}`}>{numbers[id] ?? t('processReports.unnumbered')}</Link>
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}
