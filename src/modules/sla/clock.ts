import type { Change, OutboxMessage } from '../../platform/audit/record.js';
import type { SlaClockRow } from './schema.js';
import type { SlaStatus } from './states.js';

/* What an SLA clock is to the rest of the system: its kinds, its view, its messages. */

/**
 * The deadlines a clock can watch (SPEC §4): the response to an order and its execution
 * plan. A new kind (e.g. a department confirming resources within 1 h) is one more name
 * here and a caller that opens and closes it.
 */
export const slaKinds = ['response', 'plan'] as const;
export type SlaKind = (typeof slaKinds)[number];


export interface SlaClockView {
  orderId: string;
  orderNumber: string;
  customerId: string;
  kind: SlaKind;
  status: SlaStatus;
  dueAt: string;
  warnAt: string;
  /** Until the due time by the server's clock, negative when overdue; null once the step is done. */
  secondsLeft: number | null;
  warnedAt: string | null;
  escalatedAt: string | null;
  satisfiedAt: string | null;
  lateReason: { reason: string; by: string; at: string } | null;
}

export function secondsUntil(dueAt: Date, now: Date): number {
  return Math.floor((dueAt.getTime() - now.getTime()) / 1000);
}

export function toClockView(row: SlaClockRow, now: Date): SlaClockView {
  return {
    orderId: row.orderId,
    orderNumber: row.orderNumber,
    customerId: row.customerId,
    kind: row.kind as SlaKind,
    status: row.status,
    dueAt: row.dueAt.toISOString(),
    warnAt: row.warnAt.toISOString(),
    secondsLeft: row.satisfiedAt ? null : secondsUntil(row.dueAt, now),
    warnedAt: row.warnedAt?.toISOString() ?? null,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    satisfiedAt: row.satisfiedAt?.toISOString() ?? null,
    lateReason:
      row.lateReason && row.lateReasonBy && row.lateReasonAt ? { reason: row.lateReason, by: row.lateReasonBy, at: row.lateReasonAt.toISOString() } : null,
  };
}

/** An event in the order's history about one of its clocks. */
export function clockChange(row: SlaClockRow, action: string, before: Record<string, unknown>, after: Record<string, unknown>): Change {
  return { entityType: 'order', entityId: row.orderId, customerId: row.customerId, action, before: { kind: row.kind, ...before }, after: { kind: row.kind, ...after } };
}

function message(topic: string, row: SlaClockRow, audience: { roles: string[]; userIds?: string[] }): OutboxMessage {
  return {
    topic,
    customerId: row.customerId,
    payload: { orderId: row.orderId, number: row.orderNumber, kind: row.kind, dueAt: row.dueAt.toISOString(), audience },
  };
}

/** Before the deadline: the specialists, and the order's owner by name. */
export function warningMessage(row: SlaClockRow): OutboxMessage {
  return message('sla.warning', row, { roles: ['specialist'], ...(row.ownerId ? { userIds: [row.ownerId] } : {}) });
}

/** The deadline is missed: the managers are told. */
export function escalationMessage(row: SlaClockRow): OutboxMessage {
  return message('sla.escalated', row, { roles: ['manager'] });
}

export function lateReasonMessage(row: SlaClockRow): OutboxMessage {
  const base = message('sla.late_reason_recorded', row, { roles: ['manager'] });
  return { ...base, payload: { ...base.payload, reason: row.lateReason } };
}
