import { useSearchParams } from 'react-router-dom';

/** A list's filters in the address (so a reload or a shared link keeps them): read them, and set or clear one. */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return { params, setParam };
}

/** A list's server sort in the address (`sort`, `order` as the API takes them), and how to change it; none is the list's own order. */
export function useUrlSort<Key extends string>(keys: readonly Key[]) {
  const [params, setParams] = useSearchParams();
  const key = keys.find((k) => k === params.get('sort'));
  const sort = key ? { key, order: params.get('order') === 'desc' ? ('desc' as const) : ('asc' as const) } : null;
  const setSort = (next: { key: string; order: 'asc' | 'desc' } | null) => {
    const changed = new URLSearchParams(params);
    changed.delete('sort');
    changed.delete('order');
    if (next) changed.set('sort', next.key);
    if (next?.order === 'desc') changed.set('order', 'desc');
    setParams(changed, { replace: true });
  };
  return { sort, setSort };
}
