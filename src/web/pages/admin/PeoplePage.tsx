// Everyone with an account, with a role picker per person. A role only changes when its Save
// button is pressed, so arrowing through a select can never demote someone by accident.
import { useState } from 'react';
import { roles, type Role, type User } from '../../../contracts/auth';
import { api, ApiError, messageFor } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { formatDate } from '../../features/admin/formatDate';
import { ListStatus, LoadMore } from '../../features/admin/LoadMore';
import { TableRegion } from '../../features/admin/TableRegion';
import { usePagedList, type PageOf } from '../../features/admin/usePagedList';
import { useSession } from '../../features/session/SessionContext';
import { t } from '../../i18n';
import { RequireAbility } from './AdminLayout';

const roleOptions = roles.map((role) => ({ value: role, label: t(`role.${role}`) }));

async function fetchPeople(cursor: string | null): Promise<PageOf<User>> {
  const page = await api.people(cursor);
  return { items: page.people, nextCursor: page.nextCursor };
}

type Notice = { tone: 'success' | 'error'; text: string } | null;

function PersonRow({
  person,
  onSaved,
  onNotice,
}: {
  person: User;
  onSaved: (user: User) => void;
  onNotice: (notice: Notice) => void;
}) {
  const [role, setRole] = useState<Role>(person.role);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    onNotice(null);
    try {
      const updated = await api.changeRole(person.id, role);
      onSaved(updated);
      onNotice({
        tone: 'success',
        text: t('people.roleChanged', {
          name: updated.displayName,
          role: t(`role.${updated.role}`),
        }),
      });
    } catch (error) {
      setRole(person.role);
      const text =
        error instanceof ApiError && error.code === 'last_admin'
          ? t('people.lastAdmin')
          : messageFor(error);
      onNotice({ tone: 'error', text });
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr>
      <th scope="row">{person.displayName}</th>
      <td>{person.email}</td>
      <td>
        <div className="inline-form">
          <SelectField
            name={`role-${person.id}`}
            label={t('people.roleFor', { name: person.displayName })}
            hideLabel
            value={role}
            options={roleOptions}
            onValueChange={setRole}
          />
          <Button
            variant="secondary"
            busy={busy}
            aria-label={t('people.saveRoleFor', { name: person.displayName })}
            onClick={() => void save()}
          >
            {t('people.saveRole')}
          </Button>
        </div>
      </td>
      <td>
        <time dateTime={person.createdAt}>{formatDate(person.createdAt)}</time>
      </td>
    </tr>
  );
}

function PeopleList() {
  const list = usePagedList(fetchPeople);
  const { session, refresh } = useSession();
  const [notice, setNotice] = useState<Notice>(null);

  function onSaved(updated: User) {
    list.replace((person) => person.id === updated.id, updated);
    // Changing your own role changes what you may do.
    if (updated.id === session.user?.id) void refresh();
  }

  return (
    <>
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <ListStatus list={list} />
      {list.items.length > 0 && (
        <TableRegion label={t('people.caption')}>
          <table>
            <caption>{t('people.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.col.name')}</th>
                <th scope="col">{t('people.col.email')}</th>
                <th scope="col">{t('people.col.role')}</th>
                <th scope="col">{t('people.col.joined')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((person) => (
                <PersonRow key={person.id} person={person} onSaved={onSaved} onNotice={setNotice} />
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <LoadMore list={list} />
    </>
  );
}

export function PeoplePage() {
  return (
    <RequireAbility ability="managePeople">
      <Page title={t('people.title')} heading={t('people.heading')}>
        <PeopleList />
      </Page>
    </RequireAbility>
  );
}
