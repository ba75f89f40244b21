import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { signUpBodySchema } from '../../contracts/auth';
import { api } from '../api/client';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { Page } from '../components/Page';
import { PasswordField } from '../components/PasswordField';
import { TextField } from '../components/TextField';
import { suggestPseudonym } from '../features/account/pseudonym';
import { useFormErrors } from '../features/forms/useFormErrors';
import { useSession } from '../features/session/SessionContext';
import { t } from '../i18n';

export function SignUpPage() {
  const navigate = useNavigate();
  const { setSession } = useSession();
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [suggested, setSuggested] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const parsed = signUpBodySchema.safeParse({ email, password, displayName });
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      return;
    }
    errors.clear();
    setBusy(true);
    try {
      setSession(await api.signUp(parsed.data));
      await navigate('/account');
    } catch (error) {
      setBusy(false);
      errors.showError(error, { email_taken: t('signup.emailTaken') });
    }
  }

  return (
    <Page title={t('signup.title')} heading={t('signup.heading')}>
      <p className="lead">{t('signup.lead')}</p>
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
        <PasswordField
          name="password"
          label={t('field.password')}
          autoComplete="new-password"
          hint={t('field.passwordHint')}
          value={password}
          onValueChange={setPassword}
          error={errors.fields.password}
        />
        <TextField
          name="displayName"
          label={t('field.displayName')}
          autoComplete="nickname"
          hint={t('field.displayNameHint')}
          value={displayName}
          onValueChange={(value) => {
            setDisplayName(value);
            setSuggested(null);
          }}
          error={errors.fields.displayName}
        />
        <p className="field-action">
          <Button
            variant="secondary"
            onClick={() => {
              const name = suggestPseudonym(displayName);
              setDisplayName(name);
              setSuggested(name);
            }}
          >
            {t('signup.suggest')}
          </Button>
        </p>
        <p className="visually-hidden" role="status">
          {suggested ? t('signup.suggested', { name: suggested }) : ''}
        </p>
        <Button type="submit" busy={busy} busyLabel={t('signup.submitting')}>
          {t('signup.submit')}
        </Button>
      </form>
      <p>
        {t('signup.haveAccount')} <Link to="/signin">{t('app.signIn')}</Link>
      </p>
    </Page>
  );
}
