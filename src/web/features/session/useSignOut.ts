// Signs out, clears the session and lands on the sign-in page with a gentle confirmation.
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { signedOut, useSession } from './SessionContext';

export function useSignOut(): { signOut: () => Promise<void>; busy: boolean } {
  const { setSession } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const signOut = useCallback(async () => {
    setBusy(true);
    try {
      await api.signOut();
    } catch {
      // Even if the request failed, forget the session locally; the cookie expires anyway.
    }
    // Leave the page first so screens that need a session do not redirect on their own.
    await navigate('/signin', { state: { flash: 'signedOut' }, flushSync: true });
    setSession(signedOut);
    setBusy(false);
  }, [navigate, setSession]);

  return { signOut, busy };
}
