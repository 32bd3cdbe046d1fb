import { useEffect, useState } from 'react';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../format';

/** Done is green, problems are red, everything on its way is yellow (the colour rule). */
const doneStatuses = new Set(['approved', 'planned', 'shipped', 'delivered', 'accepted', 'completed']);
const problemStatuses = new Set(['exception', 'acceptance_failed', 'cancelled', 'after_sales']);

export function statusColour(status: string): 'success' | 'error' | 'warning' {
  if (problemStatuses.has(status)) return 'error';
  if (doneStatuses.has(status)) return 'success';
  return 'warning';
}

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColour(status)} data-status={status}>
      {t(`status.${status}`)}
    </Tag>
  );
}

const priorityColours: Record<string, string> = { high: 'red', medium: 'orange', low: 'blue' };

export function PriorityTag({ level }: { level: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={priorityColours[level] ?? 'default'} data-priority={level}>
      {t(`priority.${level}`)}
    </Tag>
  );
}

/** Schedule health decides an order's colour: green on track, yellow at risk, red late, grey done. */
export type Health = 'on_track' | 'at_risk' | 'late' | 'done';
const healthColours: Record<Health, 'success' | 'warning' | 'error' | 'default'> = { on_track: 'success', at_risk: 'warning', late: 'error', done: 'default' };
/** Row and card tints of each health. */
export const healthTints: Record<Health, string> = { on_track: '#f6ffed', at_risk: '#fffbe6', late: '#fff1f0', done: '#fafafa' };
/** Solid colours of each health (card edges, Gantt bars). */
export const healthStrokes: Record<Health, string> = { on_track: '#389e0d', at_risk: '#d48806', late: '#cf1322', done: '#8c8c8c' };

export function healthColour(health: Health): 'success' | 'warning' | 'error' | 'default' {
  return healthColours[health];
}

export function HealthTag({ health }: { health: Health }) {
  const { t } = useTranslation();
  return (
    <Tag color={healthColours[health]} data-health={health}>
      {t(`health.${health}`)}
    </Tag>
  );
}

/**
 * Time left to a deadline, ticking every second. It counts from the server's own
 * `secondsLeft` (the server's clock decides what is overdue), not from this computer's clock.
 */
export function Countdown({ secondsLeft }: { secondsLeft: number }) {
  const { t, i18n } = useTranslation();
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setStartedAt(Date.now());
  }, [secondsLeft]);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const left = secondsLeft - Math.max(0, Math.floor((now - startedAt) / 1000));
  return (
    <Typography.Text type={left < 0 ? 'danger' : left < 1800 ? 'warning' : undefined} data-countdown>
      {left < 0 ? t('sla.overdueBy', { time: formatDuration(left, i18n.language) }) : t('sla.left', { time: formatDuration(left, i18n.language) })}
    </Typography.Text>
  );
}
