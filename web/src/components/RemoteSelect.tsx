import { useRef, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearch, type Found, type SearchablePath } from '../api/search';

interface RemoteSelectProps<P extends SearchablePath, T = Found<P>> {
  /** The list endpoint that takes `q`, e.g. /api/v1/customers. */
  path: P;
  label: (item: T) => string;
  value?: string;
  onChange?: (value: string | undefined, item: T | undefined) => void;
  placeholder?: string;
  extraQuery?: Record<string, string>;
  id?: string;
  /** Items known without a search (one just created here), so that they are labelled when chosen. */
  known?: T[];
}

/** A searchable select over an API list: type part of a name, pick from what the server finds. */
export function RemoteSelect<P extends SearchablePath>({ path, label, value, onChange, placeholder, extraQuery, id, known }: RemoteSelectProps<P>) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  // Chosen items stay labelled after the search moves on.
  const seen = useRef(new Map<string, Found<P>>());
  const found = useSearch(path, q, extraQuery);
  for (const item of [...(known ?? []), ...(found.data?.items ?? [])]) seen.current.set(item.id, item);
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
      aria-label={placeholder}
      loading={found.isFetching}
      notFoundContent={found.isFetching ? t('common.loading') : t('common.noMatch')}
      options={options}
      onChange={(next: string | undefined) => onChange?.(next, next ? seen.current.get(next) : undefined)}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
