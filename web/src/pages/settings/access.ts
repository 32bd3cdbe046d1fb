import { createContext, useContext } from 'react';
import { can, type Me } from '../../api/session';
import { useUserAccounts } from '../../api/users';

/** Who is looking at the settings, and whether they may change them. */
export const SettingsAccess = createContext<Me | null>(null);

export function useSettingsAccess() {
  const me = useContext(SettingsAccess);
  return { me, editable: can(me, 'settings:write') };
}

/** Every account, for the users screen and for naming who changed a setting. */
export function useUsers() {
  const { me } = useSettingsAccess();
  return useUserAccounts(can(me, 'users:read'));
}

/** A user id as a person's name (the id itself when the list is not readable). */
export function useUserName(): (id: string | null) => string {
  const users = useUsers();
  return (id) => {
    if (!id) return '—';
    return users.data?.items.find((u) => u.id === id)?.name ?? id.slice(0, 8);
  };
}
