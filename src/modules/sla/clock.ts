import type { Change, OutboxMessage } from '../../platform/audit/record.js';
import type { Audience } from '../identity/service.js';
import type { SlaClockView, SlaKind } from './contract.js';
import type { SlaClockRow } from './schema.js';

/* What an SLA clock is to the rest of the system: its kinds, its view, its messages. */


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

function notice(row: SlaClockRow, audience: Audience) {
  return { orderId: row.orderId, number: row.orderNumber, kind: row.kind, dueAt: row.dueAt.toISOString(), audience };
}

/** Before the deadline: the specialists, and the order's owner by name. */
export function warningMessage(row: SlaClockRow): OutboxMessage {
  return { topic: 'sla.warned', customerId: row.customerId, payload: notice(row, { roles: ['specialist'], ...(row.ownerId ? { userIds: [row.ownerId] } : {}) }) };
}

/** The deadline is missed: the managers are told. */
export function escalationMessage(row: SlaClockRow): OutboxMessage {
  return { topic: 'sla.escalated', customerId: row.customerId, payload: notice(row, { roles: ['manager'] }) };
}

export function lateReasonMessage(row: SlaClockRow): OutboxMessage {
  return { topic: 'sla.late_reason_recorded', customerId: row.customerId, payload: { ...notice(row, { roles: ['manager'] }), reason: row.lateReason } };
}
