// The time zone new schedules start in: the organization's when this person may read the
// settings (admins), else the browser's. Facilitators can change it per schedule.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { viewerZone } from '../groups/occurrence';
import { useSession } from '../session/SessionContext';

/** Null while the organization's zone is on its way. */
export function useDefaultTimeZone(): string | null {
  const { session } = useSession();
  const canRead = session.abilities.manageOrganization;
  const [zone, setZone] = useState<string | null>(null);

  useEffect(() => {
    if (!canRead) return;
    let active = true;
    api.organization().then(
      (organization) => {
        if (active) setZone(organization.timeZone);
      },
      () => {
        if (active) setZone(viewerZone());
      },
    );
    return () => {
      active = false;
    };
  }, [canRead]);

  return canRead ? zone : viewerZone();
}
