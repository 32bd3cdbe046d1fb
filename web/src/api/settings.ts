/* Settings documents (GET/PUT /api/v1/settings/{key}): versioned, saved whole with If-Match. */
import { api } from './client';
import type { Answer, ApiPath, RequestBody } from './openapi';
import { ifMatch, type VersionedSource } from './versioned';

export type SettingKey = ApiPath extends infer P ? (P extends `/api/v1/settings/${infer Key}` ? Key : never) : never;
type SettingPath<K extends SettingKey> = `/api/v1/settings/${K}` & ApiPath;
/** What every settings key answers around its value. */
interface StoredSetting<Value> {
  value: Value;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}
export type SettingValue<K extends SettingKey> = Answer<SettingPath<K>, 'get'> extends StoredSetting<infer Value> ? Value : never;

export type PrioritySettings = SettingValue<'order-priority'>;
export type Level = keyof PrioritySettings['points'];
export type SlaSettings = SettingValue<'order-sla'>;
export type IntakeSettings = SettingValue<'order-intake'>;
export type CalendarSetting = SettingValue<'business-calendar'>;
export type AutoApprovalSettings = SettingValue<'review-auto-approval'>;
export type TemplateOverrides = SettingValue<'notification-templates'>;
export type SignInSettings = SettingValue<'sign-in'>;

export const settingKeys = {
  setting: (key: SettingKey) => ['settings', key],
} as const;

export function settingSource<K extends SettingKey>(key: K): VersionedSource<SettingValue<K>> {
  return {
    queryKey: settingKeys.setting(key),
    load: async () => {
      const record = await api<StoredSetting<SettingValue<K>>>(`/api/v1/settings/${key}`);
      return { value: record.value, version: record.version, changedAt: record.updatedAt, changedBy: record.updatedBy };
    },
    save: (value: RequestBody<SettingPath<K>, 'put'>, version) => api(`/api/v1/settings/${key}`, { method: 'PUT', body: value, headers: ifMatch(version) }),
  };
}
