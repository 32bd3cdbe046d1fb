import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Contingency, TemplateStage } from './contract.js';
import type { PlanDelayStatus, PlanStageStatus } from './states.js';

/** Every saved version of the plan template of an order type (SPEC §6); the highest is current. */
export const planTemplates = pgTable(
  'plan_templates',
  {
    orderType: text('order_type').notNull(),
    version: integer('version').notNull(),
    stages: jsonb('stages').$type<TemplateStage[]>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: uuid('created_by'),
  },
  (t) => [primaryKey({ columns: [t.orderType, t.version] })],
);

/** One execution plan per order, made from the template version it keeps. */
export const plans = pgTable(
  'plans',
  {
    orderId: uuid('order_id').primaryKey(),
    customerId: uuid('customer_id').notNull(),
    orderNumber: text('order_number').notNull(),
    orderType: text('order_type').notNull(),
    templateVersion: integer('template_version').notNull(),
    /** Urgent orders: their production goes ahead of every other order's in the queue. */
    greenChannel: boolean('green_channel').notNull(),
    /** The day the last stage ends: what the customer is promised. */
    promiseDate: date('promise_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  // created_at: the reports read the plans made in a period. order_id with created_at (INCLUDE, which
  // the schema builder does not spell: migration report_covering_indexes): the monthly report's
  // response time looks up each order's plan from the index alone.
  (t) => [index('plans_customer_idx').on(t.customerId, t.orderId), index('plans_created_idx').on(t.createdAt), index('plans_order_created_idx').on(t.orderId)],
);

/** The rows of a plan (SPEC §6): stage, owner, planned and actual dates, status, delay and measure taken. */
export const planStages = pgTable(
  'plan_stages',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => plans.orderId),
    customerId: uuid('customer_id').notNull(),
    position: integer('position').notNull(),
    key: text('key').notNull(),
    name: jsonb('name').$type<TemplateStage['name']>().notNull(),
    ownerRole: text('owner_role').notNull(),
    /** One person in the owner role the stage is given to, or null (anyone in the role). */
    assigneeUserId: uuid('assignee_user_id'),
    assigneeName: text('assignee_name'),
    days: integer('days').notNull(),
    /** Made-to-order units the stage produces (production), else 0: what it takes from the capacity calendar. */
    units: integer('units').notNull(),
    delivery: boolean('delivery').notNull(),
    plannedStart: date('planned_start', { mode: 'string' }).notNull(),
    plannedEnd: date('planned_end', { mode: 'string' }).notNull(),
    actualStart: timestamp('actual_start', { withTimezone: true, mode: 'date' }),
    actualEnd: timestamp('actual_end', { withTimezone: true, mode: 'date' }),
    /** `planStageMachine`; cancelled when the order was. */
    status: text('status').$type<PlanStageStatus>().notNull(),
    delayReason: text('delay_reason'),
    /** The contingency of the last delay (`contingencies`, a code the console names) … */
    contingency: text('contingency').$type<Contingency>(),
    /** … and the measure taken, as the owner wrote it. */
    measure: text('measure'),
    note: text('note'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    /**
     * When its plan was made (plans.created_at, which a plan made again keeps), written with the
     * stage: the reports take the stages of the plans made in a period from one index range.
     */
    planCreatedAt: timestamp('plan_created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('plan_stages_order_position_key').on(t.orderId, t.position),
    // A period's stages, plan by plan in the order the plans were made, with what the bottleneck
    // report reads of each (INCLUDE, which the schema builder does not spell: migration plan_stages_plan_created).
    index('plan_stages_plan_created_idx').on(t.planCreatedAt, t.orderId, t.position),
    index('plan_stages_open_idx').on(t.key, t.status),
    // The production queue (service.ts productionQueue): only the stages not done or cancelled, by planned start.
    index('plan_stages_unfinished_idx').on(t.key, t.plannedStart).where(sql`status NOT IN ('done', 'cancelled')`),
  ],
);

/**
 * Delay reports against a stage (SPEC §6): known within 30 min, with a contingency. A
 * substitute material waits for the customer's confirmation before the plan moves.
 */
export const planDelays = pgTable(
  'plan_delays',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => plans.orderId),
    customerId: uuid('customer_id').notNull(),
    stageId: uuid('stage_id')
      .notNull()
      .references(() => planStages.id),
    days: integer('days').notNull(),
    reason: text('reason').notNull(),
    contingency: text('contingency').notNull(),
    measure: text('measure'),
    knownAt: timestamp('known_at', { withTimezone: true, mode: 'date' }).notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true, mode: 'date' }).notNull(),
    reportedBy: uuid('reported_by'),
    /** applied (the plan moved) | awaiting_customer (a substitute to confirm) | declined (the customer said no): `planDelayMachine`. */
    status: text('status').$type<PlanDelayStatus>().notNull(),
    customerDecisionAt: timestamp('customer_decision_at', { withTimezone: true, mode: 'date' }),
    customerDecisionNote: text('customer_decision_note'),
    promiseBefore: date('promise_before', { mode: 'string' }),
    promiseAfter: date('promise_after', { mode: 'string' }),
  },
  (t) => [index('plan_delays_order_idx').on(t.orderId, t.reportedAt, t.id), index('plan_delays_reported_idx').on(t.reportedAt)],
);
