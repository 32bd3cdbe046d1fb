import { useEffect, useRef, useState } from 'react';
import { Grid, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStage } from '../api/plans';
import { companyToday } from '../format';
import { healthStrokes, healthTints, type Health } from './tags';

/** The narrowest a day may get; on a wide screen days widen to fill the space. */
const minDayWidth = 28;
const rowHeight = 44;
const headerHeight = 36;
const dayMs = 86_400_000;

/** Days since the epoch of a calendar date (`YYYY-MM-DD`). */
function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
}

function dateOf(day: number): Date {
  return new Date(day * dayMs);
}

/** The calendar day, in the company's zone, an actual start or end fell on. */
function companyDay(instant: string): number {
  return dayNumber(companyToday(new Date(instant)));
}

/** Late: not done by its planned end, finished after it, or reported delayed. */
export function isLate(stage: PlanStage, today = dayNumber(companyToday())): boolean {
  if (stage.status === 'delayed') return true;
  if (stage.status === 'cancelled') return false;
  if (stage.actualEnd) return companyDay(stage.actualEnd) > dayNumber(stage.plannedEnd);
  return dayNumber(stage.plannedEnd) < today;
}

/**
 * A stage's schedule health, coloured like orders: done (grey) once done or cancelled; late
 * (red) past its planned end; at risk (yellow) when delayed, blocked on the customer, or
 * not started though its planned start has passed; on track (green) otherwise.
 */
export function stageHealth(stage: PlanStage, today = dayNumber(companyToday())): Health {
  if (stage.status === 'done' || stage.status === 'cancelled') return 'done';
  if (dayNumber(stage.plannedEnd) < today) return 'late';
  if (stage.status === 'delayed' || stage.status === 'blocked' || (stage.status === 'pending' && dayNumber(stage.plannedStart) < today)) return 'at_risk';
  return 'on_track';
}

/**
 * The plan as a Gantt chart in plain SVG: one row per stage in dependency order (each waits
 * for the one before, drawn as a connector), the planned bar above the actual one, coloured
 * by health (green on track, yellow at risk, red late, grey done) and a line for today. Wider than the screen, it scrolls sideways.
 */
export function GanttChart({ stages, language }: { stages: PlanStage[]; language: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const today = dayNumber(companyToday());
  const chartArea = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  useEffect(() => {
    const element = chartArea.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setAvailable(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // Today is always on the chart: a plan that starts next week still shows how far off it is.
  const days = stages.flatMap((s) => [
    today,
    dayNumber(s.plannedStart),
    dayNumber(s.plannedEnd),
    ...(s.actualStart ? [companyDay(s.actualStart)] : []),
    ...(s.actualEnd ? [companyDay(s.actualEnd)] : []),
  ]);
  const first = Math.min(...days) - 1;
  const last = Math.max(...days) + 1;
  const span = last - first + 1;
  const dayWidth = Math.max(minDayWidth, Math.floor(available / span));
  const x = (day: number) => (day - first) * dayWidth;
  const width = span * dayWidth;
  const height = headerHeight + stages.length * rowHeight;
  const dayFormat = new Intl.DateTimeFormat(language, { timeZone: 'UTC', month: 'short' });
  const labelWidth = Grid.useBreakpoint().md ? 140 : 96;

  return (
    <div style={{ display: 'flex', border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius }} data-testid="plan-gantt">
      <div style={{ flex: `0 0 ${labelWidth}px`, borderRight: `1px solid ${token.colorBorderSecondary}` }}>
        <div style={{ height: headerHeight }} />
        {stages.map((stage) => (
          <div key={stage.id} style={{ height: rowHeight, padding: '4px 8px', overflow: 'hidden', lineHeight: '18px' }} data-stage={stage.key}>
            <Typography.Text strong ellipsis type={isLate(stage, today) ? 'danger' : undefined} style={{ display: 'block' }}>
              {language === 'en' ? stage.name.en : stage.name['zh-CN']}
            </Typography.Text>
            <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
              {t(`role.${stage.ownerRole}`, { defaultValue: stage.ownerRole })}
            </Typography.Text>
          </div>
        ))}
      </div>
      <div ref={chartArea} style={{ overflowX: 'auto', flex: 1, minWidth: 0 }}>
        <svg width={width} height={height} role="img" aria-label={t('plan.gantt')} style={{ display: 'block', fontSize: 11 }}>
          {Array.from({ length: span }, (_, i) => {
            const day = first + i;
            const date = dateOf(day);
            const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
            const monthStart = i === 0 || date.getUTCDate() === 1;
            return (
              <g key={day}>
                {weekend && <rect x={x(day)} y={headerHeight} width={dayWidth} height={height - headerHeight} fill={token.colorFillQuaternary} />}
                <line x1={x(day)} x2={x(day)} y1={headerHeight - 14} y2={height} stroke={token.colorSplit} />
                {monthStart && (
                  <text x={x(day) + 3} y={12} fill={token.colorTextSecondary}>
                    {dayFormat.format(date)}
                  </text>
                )}
                <text x={x(day) + dayWidth / 2} y={headerHeight - 4} textAnchor="middle" fill={token.colorTextSecondary}>
                  {date.getUTCDate()}
                </text>
              </g>
            );
          })}
          {stages.map((stage, index) => {
            const top = headerHeight + index * rowHeight;
            const late = isLate(stage, today);
            const health = stageHealth(stage, today);
            const start = dayNumber(stage.plannedStart);
            const end = dayNumber(stage.plannedEnd);
            const actualStart = stage.actualStart ? companyDay(stage.actualStart) : null;
            // Started and not finished (under way, delayed or waiting for the customer): the actual bar runs to today.
            const actualEnd = stage.actualEnd ? companyDay(stage.actualEnd) : actualStart !== null ? Math.max(today, actualStart) : null;
            const next = stages[index + 1];
            const actualColour = healthStrokes[health];
            return (
              <g key={stage.id} data-stage={stage.key} data-status={stage.status} data-late={late} data-health={health}>
                <line x1={0} x2={width} y1={top + rowHeight} y2={top + rowHeight} stroke={token.colorSplit} />
                <rect
                  x={x(start) + 1}
                  y={top + 7}
                  width={(end - start + 1) * dayWidth - 2}
                  height={12}
                  rx={3}
                  fill={healthTints[health]}
                  stroke={healthStrokes[health]}
                  data-testid="gantt-planned"
                >
                  <title>{`${t('plan.planned')}: ${stage.plannedStart} – ${stage.plannedEnd}`}</title>
                </rect>
                {actualStart !== null && actualEnd !== null && (
                  <rect
                    x={x(actualStart) + 1}
                    y={top + 23}
                    width={(Math.max(actualEnd, actualStart) - actualStart + 1) * dayWidth - 2}
                    height={12}
                    rx={3}
                    fill={actualColour}
                    opacity={stage.status === 'done' ? 1 : 0.7}
                    data-testid="gantt-actual"
                    data-running={stage.actualEnd === null}
                  >
                    <title>{`${t('plan.actual')}: ${t(`plan.stageStatus.${stage.status}`, { defaultValue: stage.status })}${stage.actualEnd === null ? ` · ${t('planAcceptance.runningToday')}` : ''}`}</title>
                  </rect>
                )}
                {next && (
                  <path
                    d={`M ${x(end + 1) - 1} ${top + 13} h 6 V ${top + rowHeight + 13} H ${x(dayNumber(next.plannedStart)) + 1}`}
                    fill="none"
                    stroke={token.colorTextQuaternary}
                    markerEnd="url(#gantt-arrow)"
                  />
                )}
              </g>
            );
          })}
          <g data-testid="gantt-today">
            <line x1={x(today) + dayWidth / 2} x2={x(today) + dayWidth / 2} y1={headerHeight - 14} y2={height} stroke={token.colorError} strokeWidth={1.5} strokeDasharray="4 3" />
          </g>
          <defs>
            <marker id="gantt-arrow" viewBox="0 0 6 6" refX="5" refY="3" markerWidth="6" markerHeight="6" orient="auto">
              <path d="M0,0 L6,3 L0,6 z" fill={token.colorTextQuaternary} />
            </marker>
          </defs>
        </svg>
      </div>
    </div>
  );
}
