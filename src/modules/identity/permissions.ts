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
] as const;
export type Permission = (typeof permissions)[number];

/** Declared by routes any signed-in user may call (their own session, tokens, profile). */
export const signedIn = 'signed_in' as const;
export type RoutePermission = Permission | typeof signedIn;

const everyoneReads: Permission[] = ['customers:read', 'products:read', 'stock:read', 'orders:read', 'sla:read'];

/** What each role may do: the one table every permission check reads. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  sales: [...everyoneReads, 'customers:write', 'orders:create'],
  specialist: [...everyoneReads, 'customers:write', 'orders:create', 'orders:confirm_entry', 'sla:write'],
  finance: [...everyoneReads, 'customers:write'],
  engineering: everyoneReads,
  production: everyoneReads,
  procurement: everyoneReads,
  warehouse: [...everyoneReads, 'stock:write'],
  logistics: everyoneReads,
  after_sales: [...everyoneReads, 'orders:create'],
  manager: [
    ...everyoneReads,
    'customers:write',
    'products:write',
    'stock:write',
    'orders:create',
    'orders:confirm_entry',
    'orders:override_priority',
    'sla:write',
    'settings:read',
    'settings:write',
    'users:read',
    'audit:read',
    'jobs:read',
    'notifications:manage',
  ],
  admin: permissions,
};

export function permissionsOf(userRoles: readonly string[]): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of userRoles) {
    for (const p of rolePermissions[role as Role] ?? []) granted.add(p);
  }
  return granted;
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
