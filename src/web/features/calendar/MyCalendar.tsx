// On the account page: the personal calendar link (create, copy, replace, turn off) and the
// groups whose meetings it carries, each of which can be let go.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { FollowedGroup } from '../../../contracts/calendar';
import { api, messageFor } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { FieldFrame } from '../../components/FieldFrame';
import { t } from '../../i18n';

/** What is in progress: 'create', 'rotate', 'revoke', 'copy', or the slug being let go. */
type Busy = string | null;
interface Notice {
  tone: 'success' | 'error';
  text: string;
}

function CalendarLink({ url, busy, act }: { url: string; busy: Busy; act: Actions }) {
  return (
    <div className="form">
      <FieldFrame id="my-calendar-url" label={t('calendar.linkLabel')}>
        <input
          id="my-calendar-url"
          type="url"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
      </FieldFrame>
      <ul className="actions">
        <li>
          <Button onClick={() => void act.copy(url)}>{t('calendar.copy')}</Button>
        </li>
        <li>
          <Button
            variant="secondary"
            busy={busy === 'rotate'}
            busyLabel={t('calendar.rotating')}
            onClick={() => void act.run('rotate', t('calendar.rotated'))}
          >
            {t('calendar.rotate')}
          </Button>
        </li>
        <li>
          <Button
            variant="quiet"
            busy={busy === 'revoke'}
            busyLabel={t('calendar.revoking')}
            onClick={() => void act.run('revoke', t('calendar.revoked'))}
          >
            {t('calendar.revoke')}
          </Button>
        </li>
      </ul>
    </div>
  );
}

interface Actions {
  run(kind: 'create' | 'rotate' | 'revoke', done: string): Promise<void>;
  copy(url: string): Promise<void>;
  unfollow(group: FollowedGroup): Promise<void>;
}

function Follows({ follows, busy, act }: { follows: FollowedGroup[]; busy: Busy; act: Actions }) {
  return (
    <>
      <h3 id="my-calendar-follows">{t('calendar.followsHeading')}</h3>
      {follows.length === 0 ? (
        <p>{t('calendar.noFollows')}</p>
      ) : (
        <ul className="link-list" aria-labelledby="my-calendar-follows">
          {follows.map((f) => (
            <li key={f.slug}>
              <Link to={`/groups/${encodeURIComponent(f.slug)}`}>{f.name}</Link>
              {f.status === 'archived' && ` ${t('calendar.closed')}`}{' '}
              <Button
                variant="quiet"
                busy={busy === f.slug}
                busyLabel={t('calendar.working')}
                onClick={() => void act.unfollow(f)}
              >
                {t('calendar.unfollow', { name: f.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function MyCalendar() {
  const [url, setUrl] = useState<string | null | undefined>(undefined);
  const [follows, setFollows] = useState<FollowedGroup[]>([]);
  const [busy, setBusy] = useState<Busy>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([api.myCalendar(), api.myFollows()]).then(
      ([calendar, reply]) => {
        if (!live) return;
        setUrl(calendar.url);
        setFollows(reply.follows);
      },
      (error: unknown) => {
        if (!live) return;
        setUrl(null);
        setNotice({ tone: 'error', text: messageFor(error) });
      },
    );
    return () => {
      live = false;
    };
  }, []);

  /** Runs one action at a time; its result (a message, already in words) is announced. */
  async function attempt(kind: string, work: () => Promise<string>) {
    if (busy !== null) return;
    setBusy(kind);
    setNotice(null);
    try {
      setNotice({ tone: 'success', text: await work() });
    } catch (error) {
      setNotice({ tone: 'error', text: messageFor(error) });
    } finally {
      setBusy(null);
    }
  }

  const act: Actions = {
    run: (kind, done) =>
      attempt(kind, async () => {
        if (kind === 'revoke') {
          await api.revokeMyCalendar();
          setUrl(null);
        } else {
          setUrl((await api.rotateMyCalendar()).url);
        }
        return done;
      }),
    copy: (link) =>
      attempt('copy', async () => {
        await navigator.clipboard.writeText(link);
        return t('calendar.copied');
      }),
    unfollow: (group) =>
      attempt(group.slug, async () => {
        await api.unfollow(group.slug);
        setFollows((list) => list.filter((f) => f.slug !== group.slug));
        return t('calendar.unfollowed', { name: group.name });
      }),
  };

  return (
    <section aria-labelledby="my-calendar">
      <h2 id="my-calendar">{t('calendar.myHeading')}</h2>
      <p>{t('calendar.myLead')}</p>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      {url === undefined && (
        <p role="status" className="loading">
          {t('calendar.loading')}
        </p>
      )}
      {url === null && (
        <Button
          busy={busy === 'create'}
          busyLabel={t('calendar.creating')}
          onClick={() => void act.run('create', t('calendar.created'))}
        >
          {t('calendar.create')}
        </Button>
      )}
      {typeof url === 'string' && (
        <>
          <p>{t('calendar.myPrivate')}</p>
          <CalendarLink url={url} busy={busy} act={act} />
        </>
      )}
      {url !== undefined && <Follows follows={follows} busy={busy} act={act} />}
    </section>
  );
}
