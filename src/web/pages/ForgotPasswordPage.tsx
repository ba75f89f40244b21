import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { resetRequestBodySchema } from '../../contracts/auth';
import { api } from '../api/client';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { Page } from '../components/Page';
import { TextField } from '../components/TextField';
import { useFormErrors } from '../features/forms/useFormErrors';
import { t } from '../i18n';

export function ForgotPasswordPage() {
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = resetRequestBodySchema.safeParse({ email });
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      return;
    }
    errors.clear();
    setBusy(true);
    try {
      await api.requestPasswordReset(parsed.data);
      setSent(true);
    } catch (error) {
      errors.showError(error, { rate_limited: t('signin.rateLimited') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('forgot.title')} heading={t('forgot.heading')}>
      {sent ? (
        <Alert tone="success">{t('forgot.sent')}</Alert>
      ) : (
        <>
          <p>{t('forgot.lead')}</p>
          {errors.form && <Alert tone="error">{errors.form}</Alert>}
          <form noValidate onSubmit={(event) => void submit(event)} className="form">
            <TextField
              name="email"
              label={t('field.email')}
              type="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              autoCapitalize="none"
              value={email}
              onValueChange={setEmail}
              error={errors.fields.email}
            />
            <Button type="submit" busy={busy} busyLabel={t('forgot.submitting')}>
              {t('forgot.submit')}
            </Button>
          </form>
        </>
      )}
      <p>
        <Link to="/signin">{t('forgot.backToSignIn')}</Link>
      </p>
    </Page>
  );
}
