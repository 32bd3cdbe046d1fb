import { useRef, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Page } from '../api/types';

interface RemoteSelectProps<T extends { id: string }> {
  /** The list endpoint that takes `q`, e.g. /api/v1/customers. */
  path: string;
  label: (item: T) => string;
  value?: string;
  onChange?: (value: string | undefined, item: T | undefined) => void;
  placeholder?: string;
  extraQuery?: Record<string, string>;
  id?: string;
}

/** A searchable select over an API list: type part of a name, pick from what the server finds. */
export function RemoteSelect<T extends { id: string }>({ path, label, value, onChange, placeholder, extraQuery, id }: RemoteSelectProps<T>) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  // Chosen items stay labelled after the search moves on.
  const seen = useRef(new Map<string, T>());
  const found = useQuery({
    queryKey: [path, 'search', q, extraQuery],
    queryFn: () => api<Page<T>>(path, { query: { ...extraQuery, q: q || undefined, limit: 20 } }),
    placeholderData: (previous) => previous,
  });
  for (const item of found.data?.items ?? []) seen.current.set(item.id, item);
  const items = found.data?.items ?? [];
  const chosen = value ? seen.current.get(value) : undefined;
  const options = [...(chosen && !items.some((i) => i.id === chosen.id) ? [chosen] : []), ...items].map((item) => ({ value: item.id, label: label(item) }));
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      value={value}
      placeholder={placeholder}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? t('common.loading') : t('common.noMatch')}
      options={options}
      onChange={(next: string | undefined) => onChange?.(next, next ? seen.current.get(next) : undefined)}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
