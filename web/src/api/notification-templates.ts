/* The notification texts' settings screen: the built-in messages and the placeholders they may use. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Answer } from './openapi';
import type { TemplateOverrides } from './settings';

export type MessageTemplate = NonNullable<NonNullable<TemplateOverrides[keyof TemplateOverrides]>['en']>;
/** Per topic, the built-in message in each language. The server does not describe this answer yet; its pieces are the overrides' own. */
export type BuiltInTemplates = Record<string, Record<'zh-CN' | 'en', MessageTemplate>>;

export const templateKeys = {
  builtIn: ['settings', 'built-in-templates'],
  placeholders: ['settings', 'placeholders'],
} as const;

export function useBuiltInTemplates() {
  return useQuery({ queryKey: templateKeys.builtIn, queryFn: () => api<BuiltInTemplates>('/api/v1/notifications/templates'), staleTime: Infinity });
}

export function useTemplatePlaceholders() {
  return useQuery({
    queryKey: templateKeys.placeholders,
    queryFn: () => api<Answer<'/api/v1/notifications/template-placeholders', 'get'>>('/api/v1/notifications/template-placeholders'),
    staleTime: Infinity,
  });
}
