// /manage/groups/new and /manage/groups/:id/edit: the group editor, and for an existing group
// the Pause / Archive / Reactivate actions.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { GroupStatus } from '../../../contracts/groups';
import { api, messageFor } from '../../api/client';
import type { ManagedGroupReply } from '../../api/groupTypes';
import { Alert } from '../../components/Alert';
import { Page } from '../../components/Page';
import { useHeadingFocus } from '../../components/useHeadingFocus';
import { emptyGroupDraft, toGroupDraft } from '../../features/manage/groupDraft';
import { GroupForm } from '../../features/manage/GroupForm';
import { StatusActions } from '../../features/manage/StatusActions';
import { useDefaultTimeZone } from '../../features/manage/useDefaultTimeZone';
import { t } from '../../i18n';
import { ManageAccess } from './ManageAccess';

function Loading() {
  return (
    <p role="status" className="loading">
      {t('editor.loading')}
    </p>
  );
}

function BackLink() {
  return (
    <p>
      <Link to="/manage/groups">{t('editor.back')}</Link>
    </p>
  );
}

function NewGroup() {
  const timeZone = useDefaultTimeZone();
  return (
    <Page title={t('editor.newTitle')}>
      <BackLink />
      {timeZone === null ? (
        <Loading />
      ) : (
        <GroupForm initial={emptyGroupDraft(timeZone)} defaultTimeZone={timeZone} />
      )}
    </Page>
  );
}

type Loaded = { id: string; reply: ManagedGroupReply } | { id: string; error: string } | null;

function EditGroup({ id }: { id: string }) {
  const timeZone = useDefaultTimeZone();
  const [loaded, setLoaded] = useState<Loaded>(null);
  const [status, setStatus] = useState<GroupStatus | null>(null);
  useHeadingFocus(loaded?.id === id && timeZone !== null);

  useEffect(() => {
    let active = true;
    api.managedGroup(id).then(
      (reply) => {
        if (active) setLoaded({ id, reply });
      },
      (error: unknown) => {
        if (active) setLoaded({ id, error: messageFor(error) });
      },
    );
    return () => {
      active = false;
    };
  }, [id]);

  if (loaded?.id !== id || timeZone === null) return <Loading />;
  if ('error' in loaded) {
    return (
      <Page title={t('editor.editTitle')}>
        <BackLink />
        <Alert tone="error">{loaded.error}</Alert>
      </Page>
    );
  }
  const { group } = loaded.reply;
  const current = status ?? group.status ?? 'active';
  return (
    <Page title={t('editor.editTitle')} heading={t('editor.editHeading', { name: group.name })}>
      <BackLink />
      <GroupForm
        initial={toGroupDraft(group)}
        id={id}
        defaultTimeZone={timeZone}
        status={current}
      />
      <StatusActions id={id} status={current} onChanged={setStatus} />
    </Page>
  );
}

export function NewGroupPage() {
  return (
    <ManageAccess>
      <NewGroup />
    </ManageAccess>
  );
}

export function EditGroupPage() {
  const { id = '' } = useParams();
  return (
    <ManageAccess>
      <EditGroup id={id} />
    </ManageAccess>
  );
}
