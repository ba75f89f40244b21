// Who is signed in and what they may do, fetched once from GET /api/session and replaced after
// sign-in, sign-up and sign-out. Screens read it with useSession().
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { SessionReply } from '../../../contracts/auth';
import { api } from '../../api/client';

export const signedOut: SessionReply = {
  user: null,
  abilities: {
    manageOrganization: false,
    managePeople: false,
    readAuditLog: false,
    readOutbox: false,
    manageGroups: false,
  },
};

export interface SessionState {
  /** False until the first GET /api/session has answered (or failed). */
  ready: boolean;
  session: SessionReply;
  /** Replace the session with a reply the server just gave (sign-in, sign-up). */
  setSession: (reply: SessionReply) => void;
  /** Ask the server again. */
  refresh: () => Promise<void>;
}

/** The current session; on failure (offline, server trouble) behave as signed out. */
async function loadSession(): Promise<SessionReply> {
  try {
    return await api.session();
  } catch {
    return signedOut;
  }
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [session, setSessionState] = useState<SessionReply>(signedOut);

  const setSession = useCallback((reply: SessionReply) => {
    setSessionState(reply);
    setReady(true);
  }, []);

  const refresh = useCallback(async () => {
    setSession(await loadSession());
  }, [setSession]);

  useEffect(() => {
    let active = true;
    void loadSession().then((reply) => {
      if (active) setSession(reply);
    });
    return () => {
      active = false;
    };
  }, [setSession]);

  const value = useMemo(
    () => ({ ready, session, setSession, refresh }),
    [ready, session, setSession, refresh],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionState {
  const value = use(SessionContext);
  if (value === null) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
