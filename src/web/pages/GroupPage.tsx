// /groups/:slug: everything a newcomer needs before a first meeting. While it loads there is no
// h1 (Layout then focuses <main>); when the group arrives, focus moves to its name.
import { Link, useParams } from 'react-router';
import type { GroupDetail } from '../../contracts/groups';
import { Alert } from '../components/Alert';
import { Page } from '../components/Page';
import { useHeadingFocus } from '../components/useHeadingFocus';
import { GroupCalendarActions } from '../features/calendar/GroupCalendarActions';
import { GroupAbout } from '../features/groups/GroupAbout';
import { contentLang } from '../features/groups/labels';
import { MeetingDetails } from '../features/groups/MeetingDetails';
import { OccurrenceLine } from '../features/groups/OccurrenceLine';
import { Paragraphs } from '../features/groups/Paragraphs';
import { useGroup } from '../features/groups/useGroup';
import { useNow } from '../features/groups/useNow';
import { t } from '../i18n';

function Upcoming({ group }: { group: GroupDetail }) {
  const now = useNow();
  return (
    <section aria-labelledby="group-upcoming">
      <h2 id="group-upcoming">{t('group.upcoming')}</h2>
      {group.upcoming.length === 0 ? (
        <p>{t('groups.noUpcoming')}</p>
      ) : (
        <>
          <ul className="upcoming">
            {group.upcoming.map((occurrence) => (
              <li key={`${occurrence.start}-${occurrence.status}`}>
                <OccurrenceLine occurrence={occurrence} now={now} noteLang={contentLang(group)} />
              </li>
            ))}
          </ul>
          <p className="field__hint">{t('group.upcomingTimesNote')}</p>
        </>
      )}
    </section>
  );
}

function GroupView({ group }: { group: GroupDetail }) {
  const lang = contentLang(group);
  return (
    <Page title={group.name} headingLang={lang}>
      {group.status === 'paused' && <Alert tone="info">{t('group.pausedNotice')}</Alert>}
      {group.status === 'archived' && <Alert tone="info">{t('group.archivedNotice')}</Alert>}
      {group.abilities.edit && (
        <p>
          <Link className="button button--secondary" to={`/manage/groups/${group.id}/edit`}>
            {t('group.edit')}
          </Link>
        </p>
      )}
      <Paragraphs text={group.description} lang={lang} />
      <section aria-labelledby="group-first">
        <h2 id="group-first">{t('group.firstMeeting')}</h2>
        {group.firstMeeting ? (
          <Paragraphs text={group.firstMeeting} lang={lang} />
        ) : (
          <p>{t('group.firstMeetingDefault')}</p>
        )}
      </section>
      <Upcoming group={group} />
      {group.scheduleDetails.length > 0 && (
        <section aria-labelledby="group-when">
          <h2 id="group-when">{t('group.when')}</h2>
          {group.scheduleDetails.map((schedule, index) => (
            <MeetingDetails
              key={schedule.id}
              schedule={schedule}
              index={index}
              count={group.scheduleDetails.length}
              lang={lang}
            />
          ))}
        </section>
      )}
      <GroupCalendarActions group={group} />
      <GroupAbout group={group} />
    </Page>
  );
}

function Missing() {
  return (
    <Page title={t('group.notFoundTitle')} heading={t('group.notFoundHeading')}>
      <p>{t('group.notFoundBody')}</p>
      <ul className="link-list">
        <li>
          <Link to="/groups">{t('group.browse')}</Link>
        </li>
        <li>
          <Link to="/find">{t('group.findHelp')}</Link>
        </li>
        <li>
          <a href="/help">{t('app.getHelp')}</a>
        </li>
      </ul>
    </Page>
  );
}

export function GroupPage() {
  const { slug = '' } = useParams();
  const state = useGroup(slug);

  useHeadingFocus(state.status !== 'loading');

  if (state.status === 'loading') {
    return (
      <p role="status" className="loading">
        {t('group.loading')}
      </p>
    );
  }
  if (state.status === 'missing') return <Missing />;
  if (state.status === 'error') {
    return (
      <Page title={t('group.title')}>
        <Alert tone="error">{state.message}</Alert>
      </Page>
    );
  }
  return <GroupView group={state.group} />;
}
