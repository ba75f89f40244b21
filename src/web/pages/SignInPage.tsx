import { useState, type SubmitEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { signInBodySchema } from '../../contracts/auth';
import { api } from '../api/client';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { Page } from '../components/Page';
import { PasswordField } from '../components/PasswordField';
import { TextField } from '../components/TextField';
import { useFormErrors } from '../features/forms/useFormErrors';
import { useSession } from '../features/session/SessionContext';
import { t } from '../i18n';

interface SignInState {
  flash?: 'signedOut' | 'signInNeeded';
  from?: string;
}

function readState(state: unknown): SignInState {
  if (typeof state !== 'object' || state === null) return {};
  const { flash, from } = state as Record<string, unknown>;
  return {
    ...(flash === 'signedOut' || flash === 'signInNeeded' ? { flash } : {}),
    ...(typeof from === 'string' ? { from } : {}),
  };
}

/** Only same-site paths are followed after sign-in. */
function safeNext(from: string | undefined): string {
  return from?.startsWith('/') && !from.startsWith('//') ? from : '/account';
}

export function SignInPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const { flash, from } = readState(location.state);
  const { setSession } = useSession();
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = signInBodySchema.safeParse({ email, password });
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      return;
    }
    errors.clear();
    setBusy(true);
    try {
      setSession(await api.signIn(parsed.data));
      await navigate(safeNext(from), { replace: true });
    } catch (error) {
      setBusy(false);
      errors.showError(error, {
        invalid_credentials: t('signin.invalid'),
        rate_limited: t('signin.rateLimited'),
      });
    }
  }

  return (
    <Page title={t('signin.title')} heading={t('signin.heading')}>
      {flash === 'signedOut' && !errors.form && (
        <Alert tone="success">{t('signin.signedOut')}</Alert>
      )}
      {flash === 'signInNeeded' && !errors.form && <Alert tone="info">{t('signin.needed')}</Alert>}
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <form noValidate onSubmit={(event) => void submit(event)} className="form">
        <TextField
          name="email"
          label={t('field.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          onValueChange={setEmail}
          error={errors.fields.email}
        />
        <PasswordField
          name="password"
          label={t('field.password')}
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={errors.fields.password}
        />
        <Button type="submit" busy={busy} busyLabel={t('signin.submitting')}>
          {t('signin.submit')}
        </Button>
      </form>
      <ul className="link-list">
        <li>
          <Link to="/forgot-password">{t('signin.forgot')}</Link>
        </li>
        <li>
          {t('signin.noAccount')} <Link to="/signup">{t('app.signUp')}</Link>
        </li>
      </ul>
    </Page>
  );
}
