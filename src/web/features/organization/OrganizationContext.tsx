// The organization's public name, shown in the header. Admin settings update it after a save.
import { createContext, use, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../../api/client';

interface OrganizationNameState {
  /** The organization's name, or null until known (the header then shows "Kindred"). */
  name: string | null;
  setName: (name: string) => void;
}

const OrganizationContext = createContext<OrganizationNameState | null>(null);

export function OrganizationProvider({ children }: { children: ReactNode }) {
  const [name, setName] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    api.publicOrganization().then(
      (org) => {
        if (active) setName(org.name);
      },
      () => {
        // Not fatal: the header falls back to the product name.
      },
    );
    return () => {
      active = false;
    };
  }, []);

  const value = useMemo(() => ({ name, setName }), [name]);
  return <OrganizationContext value={value}>{children}</OrganizationContext>;
}

export function useOrganizationName(): OrganizationNameState {
  const value = use(OrganizationContext);
  if (value === null)
    throw new Error('useOrganizationName must be used inside <OrganizationProvider>');
  return value;
}
