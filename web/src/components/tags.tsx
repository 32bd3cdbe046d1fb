import { useEffect, useState } from 'react';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

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

function splitSeconds(total: number): string {
  const abs = Math.abs(total);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/**
 * Time left to a deadline, ticking every second. It counts from the server's own
 * `secondsLeft` (the server's clock decides what is overdue), not from this computer's clock.
 */
export function Countdown({ secondsLeft }: { secondsLeft: number }) {
  const { t } = useTranslation();
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
      {left < 0 ? t('sla.overdueBy', { time: splitSeconds(left) }) : t('sla.left', { time: splitSeconds(left) })}
    </Typography.Text>
  );
}
