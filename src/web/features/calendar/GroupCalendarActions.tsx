// On a group page: download the group's meetings as an .ics file, and (signed in) follow the
// group so its meetings come into the personal calendar link. Following is a toggle button
// (aria-pressed); the outcome is announced politely.
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { GroupDetail } from '../../../contracts/groups';
import { api, messageFor } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { t } from '../../i18n';
import { useSession } from '../session/SessionContext';

function FollowToggle({ slug }: { slug: string }) {
  const [following, setFollowing] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    api.myFollows().then(
      (reply) => {
        if (live) setFollowing(reply.follows.some((f) => f.slug === slug));
      },
      () => {
        if (live) setFollowing(false);
      },
    );
    return () => {
      live = false;
    };
  }, [slug]);

  async function toggle() {
    setBusy(true);
    setMessage(null);
    try {
      const reply = following === true ? await api.unfollow(slug) : await api.follow(slug);
      setFollowing(reply.following);
      setMessage({
        tone: 'success',
        text: t(reply.following ? 'calendar.following' : 'calendar.notFollowing'),
      });
    } catch (error) {
      setMessage({ tone: 'error', text: messageFor(error) });
    } finally {
      setBusy(false);
    }
  }

  if (following === null) return null;
  return (
    <>
      <p>
        <Button
          variant="secondary"
          aria-pressed={following}
          aria-describedby="group-follow-hint"
          busy={busy}
          busyLabel={t('calendar.working')}
          onClick={() => void toggle()}
        >
          {following && <span aria-hidden="true">✓ </span>}
          {t('calendar.follow')}
        </Button>
      </p>
      <p id="group-follow-hint" className="field__hint">
        {t('calendar.followHint')}
      </p>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </>
  );
}

export function GroupCalendarActions({ group }: { group: GroupDetail }) {
  const { ready, session } = useSession();
  const location = useLocation();
  if (group.status === 'archived') return null;
  const calendarHref = `/groups/${encodeURIComponent(group.slug)}/calendar.ics`;
  return (
    <section aria-labelledby="group-calendar">
      <h2 id="group-calendar">{t('calendar.groupHeading')}</h2>
      <p>
        <a href={calendarHref} download={`${group.slug}.ics`} aria-describedby="group-ics-hint">
          {t('calendar.addToCalendar')}
        </a>
      </p>
      <p id="group-ics-hint" className="field__hint">
        {t('calendar.addHint')}
      </p>
      {ready && session.user !== null && <FollowToggle slug={group.slug} />}
      {ready && session.user === null && (
        <p>
          <Link to="/signin" state={{ from: location.pathname }}>
            {t('calendar.signInToFollow')}
          </Link>
        </p>
      )}
    </section>
  );
}
