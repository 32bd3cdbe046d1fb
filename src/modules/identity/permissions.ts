/** The roles of SPEC §12. */
export const roles = [
  'sales',
  'specialist',
  'finance',
  'engineering',
  'production',
  'procurement',
  'warehouse',
  'logistics',
  'after_sales',
  'manager',
  'admin',
] as const;
export type Role = (typeof roles)[number];

/**
 * A customer's own person in the portal (SPEC §14): the one role bound to a customer, kept
 * apart from the staff roles above so it never mixes with them.
 */
export const customerRole = 'customer' as const;

export const permissions = [
  'customers:read',
  'customers:write',
  'products:read',
  'products:write',
  'stock:read',
  'stock:write',
  'orders:read',
  'orders:create',
  'orders:confirm_entry',
  'orders:override_priority',
  'orders:handle_exception',
  'orders:cancel',
  'orders:change',
  'review:read',
  'review:decide',
  'plans:write',
  'tasks:read',
  'tasks:write',
  'production_lines:read',
  'production_lines:write',
  'settings:read',
  'settings:write',
  'users:read',
  'users:write',
  'audit:read',
  'jobs:read',
  'jobs:write',
  'notifications:manage',
  'sla:read',
  'sla:write',
  'fulfilment:write',
  'acceptance:write',
  'aftersales:read',
  'aftersales:write',
  'feedback:read',
  'portal:use',
  'payments:read',
  'payments:write',
  'attachments:write',
  'imports:run',
  'segments:use',
  'leads:read',
  'leads:write',
  'campaigns:send',
] as const;
export type Permission = (typeof permissions)[number];

const everyoneReads: Permission[] = ['customers:read', 'products:read', 'stock:read', 'orders:read', 'production_lines:read', 'sla:read'];
/** Every role has tasks of its own (exception follow-ups, later lead follow-ups …). */
const ownTasks: Permission[] = ['tasks:read', 'tasks:write'];
/** The departments of the review chain (SPEC §5): they see reviews and decide their steps. */
const reviewer: Permission[] = ['review:read', 'review:decide'];
/** Stage owners of execution plans (SPEC §6): they report progress and delays on their stages. */
const stageOwner: Permission[] = ['plans:write'];

/** Who records delivery acceptance for a customer (SPEC §8). */
const acceptance: Permission[] = ['acceptance:write'];

/** Who sees what customers owe (receivables and their ageing) and who records payments. */
const paymentsReaders: Permission[] = ['payments:read'];
const paymentsWriters: Permission[] = ['payments:read', 'payments:write'];
/** Who works the sales pipeline: leads, their follow-ups and their conversion into customers. */
const leads: Permission[] = ['leads:read', 'leads:write'];
/** Who keeps files on orders and cases (signed confirmations, drawings, LOGO files, photos) and deletes them. */
const attachments: Permission[] = ['attachments:write'];

/** What each role may do: the one table every permission check reads. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  sales: [...everyoneReads, ...ownTasks, ...leads, ...acceptance, ...paymentsReaders, ...attachments, 'customers:write', 'orders:create', 'review:read', 'aftersales:read', 'segments:use'],
  specialist: [
    ...everyoneReads,
    ...ownTasks,
    ...leads,
    ...reviewer,
    ...stageOwner,
    ...acceptance,
    ...paymentsReaders,
    ...attachments,
    'customers:write',
    'orders:create',
    'orders:confirm_entry',
    'orders:handle_exception',
    'orders:cancel',
    'orders:change',
    'sla:write',
    'aftersales:read',
    'feedback:read',
  ],
  finance: [...everyoneReads, ...ownTasks, ...reviewer, ...paymentsWriters, 'customers:write'],
  engineering: [...everyoneReads, ...ownTasks, ...reviewer, ...stageOwner, ...attachments, 'fulfilment:write'],
  production: [...everyoneReads, ...ownTasks, ...reviewer, ...stageOwner, 'production_lines:write'],
  procurement: [...everyoneReads, ...ownTasks, ...reviewer, ...stageOwner],
  warehouse: [...everyoneReads, ...ownTasks, ...stageOwner, 'stock:write', 'fulfilment:write'],
  logistics: [...everyoneReads, ...ownTasks, ...stageOwner, ...acceptance, 'fulfilment:write'],
  after_sales: [...everyoneReads, ...ownTasks, ...acceptance, ...attachments, 'orders:create', 'aftersales:read', 'aftersales:write', 'feedback:read'],
  manager: [
    ...everyoneReads,
    ...ownTasks,
    ...leads,
    ...reviewer,
    ...stageOwner,
    ...paymentsWriters,
    ...attachments,
    'customers:write',
    'products:write',
    'stock:write',
    'orders:create',
    'orders:confirm_entry',
    'orders:override_priority',
    'orders:handle_exception',
    'orders:cancel',
    'orders:change',
    'production_lines:write',
    'sla:write',
    'settings:read',
    'settings:write',
    'users:read',
    'audit:read',
    'jobs:read',
    'notifications:manage',
    'fulfilment:write',
    'acceptance:write',
    'aftersales:read',
    'aftersales:write',
    'feedback:read',
    'imports:run',
    'segments:use',
    'campaigns:send',
  ],
  // Everything but the portal, which serves a customer's own person only.
  admin: permissions.filter((p) => p !== 'portal:use'),
};

/** All a portal user may do: everything else they reach is scoped to their customer by the portal routes. */
const customerPermissions: readonly Permission[] = ['portal:use'];

export function permissionsOf(userRoles: readonly string[]): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of userRoles) {
    for (const p of role === customerRole ? customerPermissions : (rolePermissions[role as Role] ?? [])) granted.add(p);
  }
  return granted;
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
