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
  { key: 'teamChat', permission: 'notifications:manage', label: 'teamChat.title' },
  { key: 'signIn', permission: 'settings:read' },
  { key: 'carriers', permission: 'settings:read' },
  { key: 'customerCare', permission: 'settings:read' },
  { key: 'retention', permission: 'settings:read', label: 'archive.retention.title' },
  // The administrator's console: the job queue's dead letters, the audit chain, API tokens.
  { key: 'deadJobs', permission: 'jobs:write', label: 'adminConsole.deadJobs.title' },
  { key: 'auditChain', permission: 'audit:read', label: 'adminConsole.audit.title' },
  { key: 'apiTokens', permission: 'users:write', label: 'adminConsole.tokens.title' },
] as const;
export type SettingsSectionKey = (typeof settingsSections)[number]['key'];

/** A section's name in the menu: its own label key, else `settings.section.<key>`. */
export function settingsSectionLabel(section: (typeof settingsSections)[number]): string {
  return 'label' in section ? section.label : `settings.section.${section.key}`;
}

export function visibleSettingsSections(me: Me) {
  return settingsSections.filter((s) => can(me, s.permission));
}
