import { useState, type SubmitEvent } from 'react';
import { updateMeBodySchema, type User } from '../../contracts/auth';
import { api } from '../api/client';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { Page } from '../components/Page';
import { TextField } from '../components/TextField';
import { MyCalendar } from '../features/calendar/MyCalendar';
import { useFormErrors } from '../features/forms/useFormErrors';
import { RequireSignIn } from '../features/session/RequireSignIn';
import { useSession } from '../features/session/SessionContext';
import { useSignOut } from '../features/session/useSignOut';
import { t } from '../i18n';

function DisplayNameForm({ user }: { user: User }) {
  const { session, setSession } = useSession();
  const errors = useFormErrors();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setSaved(null);
    const parsed = updateMeBodySchema.safeParse({ displayName });
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      return;
    }
    errors.clear();
    setBusy(true);
    try {
      const updated = await api.updateMe(parsed.data);
      setSession({ ...session, user: updated });
      setDisplayName(updated.displayName);
      setSaved(updated.displayName);
    } catch (error) {
      errors.showError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="account-change-name">
      <h2 id="account-change-name">{t('account.changeName')}</h2>
      {saved && <Alert tone="success">{t('account.saved', { name: saved })}</Alert>}
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <form noValidate onSubmit={(event) => void submit(event)} className="form">
        <TextField
          name="displayName"
          label={t('field.displayName')}
          autoComplete="nickname"
          hint={t('field.displayNameHint')}
          value={displayName}
          onValueChange={setDisplayName}
          error={errors.fields.displayName}
        />
        <Button type="submit" busy={busy} busyLabel={t('account.saving')}>
          {t('account.save')}
        </Button>
      </form>
    </section>
  );
}

function AccountDetails({ user }: { user: User }) {
  const { signOut, busy } = useSignOut();
  return (
    <>
      <section aria-labelledby="account-details">
        <h2 id="account-details">{t('account.details')}</h2>
        <dl className="details">
          <dt>{t('account.displayName')}</dt>
          <dd>{user.displayName}</dd>
          <dt>{t('account.email')}</dt>
          <dd>{user.email}</dd>
          <dt>{t('account.role')}</dt>
          <dd>{t(`role.${user.role}`)}</dd>
        </dl>
      </section>
      <DisplayNameForm user={user} />
      <MyCalendar />
      <section aria-labelledby="account-sign-out">
        <h2 id="account-sign-out">{t('account.signOutHeading')}</h2>
        <p>{t('account.signOutLead')}</p>
        <Button variant="secondary" busy={busy} onClick={() => void signOut()}>
          {t('app.signOut')}
        </Button>
      </section>
    </>
  );
}

export function AccountPage() {
  return (
    <Page title={t('account.title')} heading={t('account.heading')}>
      <RequireSignIn>{(user) => <AccountDetails user={user} />}</RequireSignIn>
    </Page>
  );
}
