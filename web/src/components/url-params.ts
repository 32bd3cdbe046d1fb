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
