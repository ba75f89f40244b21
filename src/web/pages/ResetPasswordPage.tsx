// The link in a reset email is /reset-password#token=…: a fragment never reaches a server log
// or a Referer header. We read it once, then drop it from the address bar.
import { useEffect, useState, type SubmitEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { resetConfirmBodySchema } from '../../contracts/auth';
import { api, ApiError } from '../api/client';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { Page } from '../components/Page';
import { PasswordField } from '../components/PasswordField';
import { useFormErrors } from '../features/forms/useFormErrors';
import { t } from '../i18n';

function tokenFrom(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.length > 0 ? token : null;
}

type Outcome = 'form' | 'done' | 'invalid';

export function ResetPasswordPage() {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFrom(location.hash));
  const errors = useFormErrors();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(token ? 'form' : 'invalid');

  useEffect(() => {
    if (location.hash !== '') {
      void navigate({ pathname: location.pathname, hash: '' }, { replace: true });
    }
  }, [location.hash, location.pathname, navigate]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || token === null) return;
    const parsed = resetConfirmBodySchema.safeParse({ token, password });
    if (!parsed.success) {
      const passwordIssues = parsed.error.issues.filter((issue) => issue.path[0] === 'password');
      if (passwordIssues.length === 0) setOutcome('invalid');
      else errors.showIssues(passwordIssues);
      return;
    }
    errors.clear();
    setBusy(true);
    try {
      await api.confirmPasswordReset(parsed.data);
      setOutcome('done');
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invalid_token') setOutcome('invalid');
      else errors.showError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('reset.title')} heading={t('reset.heading')}>
      {outcome === 'done' && (
        <Alert tone="success">
          {t('reset.done')} <Link to="/signin">{t('reset.signIn')}</Link>
        </Alert>
      )}
      {outcome === 'invalid' && (
        <Alert tone="error">
          {token ? t('reset.invalid') : t('reset.missing')}{' '}
          <Link to="/forgot-password">{t('reset.requestNew')}</Link>
        </Alert>
      )}
      {outcome === 'form' && (
        <>
          {errors.form && <Alert tone="error">{errors.form}</Alert>}
          <form noValidate onSubmit={(event) => void submit(event)} className="form">
            <PasswordField
              name="password"
              label={t('field.newPassword')}
              autoComplete="new-password"
              hint={t('field.passwordHint')}
              value={password}
              onValueChange={setPassword}
              error={errors.fields.password}
            />
            <Button type="submit" busy={busy} busyLabel={t('reset.submitting')}>
              {t('reset.submit')}
            </Button>
          </form>
        </>
      )}
    </Page>
  );
}
