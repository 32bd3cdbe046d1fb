import { can, type Me } from '../../api/session';

/**
 * The settings sections in menu order and the permission each needs to be seen. Kept apart
 * from the screens so the Shell can decide on its nav entry without loading them.
 */
export const settingsSections = [
  { key: 'users', permission: 'users:read' },
  { key: 'priority', permission: 'settings:read' },
  { key: 'sla', permission: 'settings:read' },
  { key: 'review', permission: 'settings:read' },
  { key: 'plans', permission: 'settings:read' },
  { key: 'notifications', permission: 'settings:read' },
  { key: 'webhooks', permission: 'notifications:manage' },
  { key: 'signIn', permission: 'settings:read' },
  { key: 'carriers', permission: 'settings:read' },
] as const;
export type SettingsSectionKey = (typeof settingsSections)[number]['key'];

export function visibleSettingsSections(me: Me) {
  return settingsSections.filter((s) => can(me, s.permission));
}
