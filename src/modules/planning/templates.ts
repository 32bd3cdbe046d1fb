import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { isUniqueViolation } from '../../platform/db/sql.js';
import { type Actor, recordChange } from '../../platform/audit/record.js';
import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { isRole } from '../identity/service.js';
import type { PlanOrderType, StageCondition, TemplateStage, TemplateVersion } from './contract.js';
import { planTemplates } from './schema.js';

/* Plan templates as data (SPEC §6): stages per order type with owners and durations, versioned; a plan keeps its version. */

const stage = (key: string, zh: string, en: string, ownerRole: string, days: number, when: StageCondition, delivery = false): TemplateStage => ({
  key,
  name: { 'zh-CN': zh, en },
  ownerRole,
  days,
  when,
  delivery,
});

const confirm = stage('confirm', '需求确认与资源协调', 'Confirm requirements and resources', 'specialist', 0, 'always');
const design = stage('design', '技术设计与可行性评估', 'Design and feasibility', 'engineering', 2, 'always');
const qc = stage('qc', '质检', 'Quality check', 'production', 1, 'made_to_order');

/**
 * Version 1 of every template, from seed 002 §3: standard — procurement if needed,
 * production 3 d, QC 1 d, logistics 2 d; custom — engineering first, then as standard;
 * urgent (green channel) — expedited procurement, shorter production and express logistics.
 */
export const defaultTemplates: Record<PlanOrderType, TemplateStage[]> = {
  standard: [
    confirm,
    stage('procurement', '采购备料', 'Procurement', 'procurement', 2, 'stock_short'),
    stage('production', '生产', 'Production', 'production', 3, 'made_to_order'),
    qc,
    stage('packing', '备货与包装', 'Picking and packing', 'warehouse', 1, 'goods'),
    stage('logistics', '物流配送', 'Logistics', 'logistics', 2, 'goods', true),
  ],
  custom: [
    confirm,
    design,
    stage('procurement', '特殊物料采购', 'Special materials procurement', 'procurement', 3, 'stock_short'),
    stage('production', '定制生产', 'Custom production', 'production', 3, 'made_to_order'),
    qc,
    stage('packing', '备货与包装', 'Picking and packing', 'warehouse', 1, 'goods'),
    stage('logistics', '物流配送', 'Logistics', 'logistics', 2, 'goods', true),
  ],
  urgent: [
    confirm,
    stage('procurement', '加急备料', 'Expedited procurement', 'procurement', 1, 'stock_short'),
    stage('production', '插单生产', 'Green-channel production', 'production', 2, 'made_to_order'),
    qc,
    stage('packing', '备货与包装', 'Picking and packing', 'warehouse', 0, 'goods'),
    stage('logistics', '加急物流', 'Express logistics', 'logistics', 1, 'goods', true),
  ],
};

function builtIn(orderType: PlanOrderType): TemplateVersion {
  return { orderType, version: 1, stages: defaultTemplates[orderType], createdAt: null, createdBy: null };
}

function toVersion(row: typeof planTemplates.$inferSelect): TemplateVersion {
  return { orderType: row.orderType as PlanOrderType, version: row.version, stages: row.stages, createdAt: row.createdAt.toISOString(), createdBy: row.createdBy };
}

/** The current template of an order type (or a given version). */
export async function templateVersion(db: Executor, orderType: PlanOrderType, version?: number): Promise<TemplateVersion> {
  const rows = await db
    .select()
    .from(planTemplates)
    .where(and(eq(planTemplates.orderType, orderType), version === undefined ? undefined : eq(planTemplates.version, version)))
    .orderBy(desc(planTemplates.version))
    .limit(1);
  if (rows[0]) return toVersion(rows[0]);
  if (version === undefined || version === 1) return builtIn(orderType);
  throw new DomainError('not_found', `The ${orderType} plan template has no version ${version}`);
}

/** A sub-query giving the current template row of an order type as JSON (null while the built-in one holds). */
export function templateLookup(orderType: string): SQL {
  return sql`(SELECT to_jsonb(t) FROM plan_templates t WHERE t.order_type = ${orderType} ORDER BY t.version DESC LIMIT 1)`;
}

export function templateFromLookup(orderType: PlanOrderType, json: unknown): TemplateVersion {
  if (!json) return builtIn(orderType);
  const row = json as { version: number; stages: TemplateStage[]; created_at: string; created_by: string | null };
  return { orderType, version: row.version, stages: row.stages, createdAt: new Date(row.created_at).toISOString(), createdBy: row.created_by };
}

/** The rules a schema cannot say: unique keys, known owner roles, at least one stage before delivery. */
export function templateProblems(stages: TemplateStage[]): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  stages.forEach((s, index) => {
    const at = `/stages/${index}`;
    if (seen.has(s.key)) problems.push({ path: `${at}/key`, in: 'body', code: 'duplicate', message: `"${s.key}" is used by an earlier stage` });
    seen.add(s.key);
    if (!isRole(s.ownerRole)) problems.push({ path: `${at}/ownerRole`, in: 'body', code: 'unknown_role', message: `"${s.ownerRole}" is not a role` });
    if (index > 0 && stages[index - 1]!.delivery && !s.delivery) {
      problems.push({ path: `${at}/delivery`, in: 'body', code: 'delivery_last', message: 'delivery stages come after every other stage' });
    }
  });
  if (stages.length > 0 && stages[0]!.delivery) {
    problems.push({ path: '/stages/0/delivery', in: 'body', code: 'delivery_last', message: 'a plan needs a stage before delivery' });
  }
  return problems;
}

/**
 * Saves a new version of an order type's template. `expectedVersion` is the version the
 * editor saw (412 when stale). The first save also stores the built-in version 1, so the
 * history keeps what earlier plans were made from.
 */
export async function saveTemplate(db: Db, actor: Actor, now: Date, orderType: PlanOrderType, expectedVersion: number, stages: TemplateStage[]): Promise<TemplateVersion> {
  const problems = templateProblems(stages);
  if (problems.length > 0) {
    throw new DomainError('invalid_plan_template', `The template is not valid: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, { errors: problems });
  }
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(planTemplates).where(eq(planTemplates.orderType, orderType)).orderBy(desc(planTemplates.version)).limit(1).for('update');
      const currentVersion = current?.version ?? 1;
      if (currentVersion !== expectedVersion) {
        throw new DomainError('precondition_failed', `The ${orderType} plan template is at version ${currentVersion}, not ${expectedVersion}`, { meta: { currentVersion } });
      }
      if (!current) await tx.insert(planTemplates).values({ orderType, version: 1, stages: defaultTemplates[orderType], createdAt: now, createdBy: null });
      const cleaned = stages.map((s) => ({ ...s, name: { 'zh-CN': s.name['zh-CN'].trim(), en: s.name.en.trim() } }));
      const [saved] = await tx.insert(planTemplates).values({ orderType, version: currentVersion + 1, stages: cleaned, createdAt: now, createdBy: actor.userId }).returning();
      const view = toVersion(saved!);
      await recordChange(tx, actor, now, {
        entityType: 'plan_template',
        entityId: orderType,
        action: 'plan_template.updated',
        before: { version: currentVersion, stages: current?.stages ?? defaultTemplates[orderType] },
        after: { version: view.version, stages: view.stages },
      });
      return view;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'plan_templates_order_type_version_pk')) {
      throw new DomainError('precondition_failed', `The ${orderType} plan template was changed meanwhile; reload it`);
    }
    throw err;
  }
}
