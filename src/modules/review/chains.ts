import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { rowFromJson } from '../../platform/db/json-rows.js';
import { isUniqueViolation } from '../../platform/db/sql.js';
import { type Actor, recordChange } from '../../platform/audit/record.js';
import { DomainError, type FieldError } from '../../platform/http/errors.js';
import { isRole } from '../identity/service.js';
import { type ChainStep, type ChainVersion, reviewChecks, type ReviewOrderType } from './contract.js';
import { reviewChains } from './schema.js';

/* Review chains as data (SPEC §5): steps per order type, versioned; an order keeps its version. */

/** The key the last step of every chain must have: the approval that releases the order. */
export const finalStepKey = 'final';

const basic: ChainStep = { key: 'basic', name: { 'zh-CN': '基本信息审核', en: 'Basic information' }, role: 'specialist', check: 'basic' };
const credit: ChainStep = { key: 'credit', name: { 'zh-CN': '客户信用审核', en: 'Customer credit' }, role: 'finance', check: 'credit' };
const capacity: ChainStep = { key: 'capacity', name: { 'zh-CN': '生产产能评估', en: 'Production capacity' }, role: 'production', check: 'capacity' };
const materials: ChainStep = { key: 'materials', name: { 'zh-CN': '物料与库存评估', en: 'Materials and inventory' }, role: 'procurement', check: 'materials' };
const special: ChainStep = { key: 'special_requirements', name: { 'zh-CN': '特殊要求可行性确认', en: 'Special requirements' }, role: 'engineering' };
const final: ChainStep = { key: finalStepKey, name: { 'zh-CN': '最终审批', en: 'Final approval' }, role: 'manager' };

/** Version 1 of every chain, until a manager saves another. */
export const defaultChains: Record<ReviewOrderType, ChainStep[]> = {
  standard: [basic, credit, capacity, materials, final],
  custom: [basic, credit, capacity, materials, special, final],
  urgent: [basic, credit, capacity, materials, final],
};

function builtIn(orderType: ReviewOrderType): ChainVersion {
  return { orderType, version: 1, steps: defaultChains[orderType], createdAt: null, createdBy: null };
}

function toVersion(row: typeof reviewChains.$inferSelect): ChainVersion {
  return {
    orderType: row.orderType as ReviewOrderType,
    version: row.version,
    steps: row.steps,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

/** The current chain of an order type, as a jsonb expression for a caller's batched read (`chainFromLookup`). */
export function chainLookup(orderType: ReviewOrderType): SQL {
  return sql`(SELECT to_jsonb(c) FROM review_chains c WHERE c.order_type = ${orderType} ORDER BY c.version DESC LIMIT 1)`;
}

export function chainFromLookup(orderType: ReviewOrderType, json: unknown): ChainVersion {
  return json ? toVersion(rowFromJson(reviewChains, json as Record<string, unknown>)) : builtIn(orderType);
}

/** The chain an order type is reviewed with: a given version (the one an order started on) or the current one. */
export async function chainVersion(db: Executor, orderType: ReviewOrderType, version?: number): Promise<ChainVersion> {
  const rows = await db
    .select()
    .from(reviewChains)
    .where(and(eq(reviewChains.orderType, orderType), version === undefined ? undefined : eq(reviewChains.version, version)))
    .orderBy(desc(reviewChains.version))
    .limit(1);
  if (rows[0]) return toVersion(rows[0]);
  if (version === undefined || version === 1) return builtIn(orderType);
  throw new DomainError('not_found', `The ${orderType} review chain has no version ${version}`);
}

/** Every version of an order type's chain, newest first (the built-in version 1 when none was saved). */
export async function chainHistory(db: Executor, orderType: ReviewOrderType): Promise<ChainVersion[]> {
  const rows = await db.select().from(reviewChains).where(eq(reviewChains.orderType, orderType)).orderBy(desc(reviewChains.version));
  return rows.length > 0 ? rows.map(toVersion) : [builtIn(orderType)];
}

/** The rules a schema cannot say: unique keys, known roles and checks, a human final step last. */
export function chainProblems(steps: ChainStep[]): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  steps.forEach((step, index) => {
    const at = `/steps/${index}`;
    if (seen.has(step.key)) problems.push({ path: `${at}/key`, in: 'body', code: 'duplicate', message: `"${step.key}" is used by an earlier step` });
    seen.add(step.key);
    if (!isRole(step.role)) problems.push({ path: `${at}/role`, in: 'body', code: 'unknown_role', message: `"${step.role}" is not a role` });
    if (step.check !== undefined && !(reviewChecks as readonly string[]).includes(step.check)) {
      problems.push({ path: `${at}/check`, in: 'body', code: 'unknown_check', message: `"${step.check}" is not a check; known: ${reviewChecks.join(', ')}` });
    }
  });
  const last = steps.at(-1);
  const lastAt = `/steps/${steps.length - 1}`;
  if (last && last.key !== finalStepKey) {
    problems.push({ path: `${lastAt}/key`, in: 'body', code: 'final_step_last', message: `the last step must be "${finalStepKey}"` });
  } else if (last?.check !== undefined) {
    problems.push({ path: `${lastAt}/check`, in: 'body', code: 'final_step_human', message: 'the final approval is a human decision and runs no check' });
  }
  return problems;
}

/**
 * Saves a new version of an order type's chain. `expectedVersion` is the current version
 * the editor saw (412 when stale). The first save also stores the built-in version 1, so
 * the history keeps what earlier orders were reviewed with.
 */
export async function saveChain(db: Db, actor: Actor, now: Date, orderType: ReviewOrderType, expectedVersion: number, steps: ChainStep[]): Promise<ChainVersion> {
  const problems = chainProblems(steps);
  if (problems.length > 0) {
    throw new DomainError('invalid_review_chain', `The chain is not valid: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, { errors: problems });
  }
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select()
        .from(reviewChains)
        .where(eq(reviewChains.orderType, orderType))
        .orderBy(desc(reviewChains.version))
        .limit(1)
        .for('update');
      const currentVersion = current?.version ?? 1;
      if (currentVersion !== expectedVersion) {
        throw new DomainError('precondition_failed', `The ${orderType} chain is at version ${currentVersion}, not ${expectedVersion}`, { meta: { currentVersion } });
      }
      if (!current) await tx.insert(reviewChains).values({ orderType, version: 1, steps: defaultChains[orderType], createdAt: now, createdBy: null });
      const [saved] = await tx
        .insert(reviewChains)
        .values({ orderType, version: currentVersion + 1, steps: steps.map(normalisedStep), createdAt: now, createdBy: actor.userId })
        .returning();
      const view = toVersion(saved!);
      await recordChange(tx, actor, now, {
        entityType: 'review_chain',
        entityId: orderType,
        action: 'review_chain.updated',
        before: { version: currentVersion, steps: current?.steps ?? defaultChains[orderType] },
        after: { version: view.version, steps: view.steps },
      });
      return view;
    });
  } catch (err) {
    // Two first saves raced for version 1 or 2: the loser edited a version that is gone.
    if (isUniqueViolation(err, 'review_chains_order_type_version_pk')) {
      throw new DomainError('precondition_failed', `The ${orderType} chain was changed meanwhile; reload it`);
    }
    throw err;
  }
}

function normalisedStep(step: ChainStep): ChainStep {
  return {
    key: step.key,
    name: { 'zh-CN': step.name['zh-CN'].trim(), en: step.name.en.trim() },
    role: step.role,
    ...(step.check !== undefined ? { check: step.check } : {}),
  };
}
