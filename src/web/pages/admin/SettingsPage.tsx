// Organization settings: name, time zone, language, the public contact published in the meetings
// feed and the crisis resources shown on /help.
import { useEffect, useState, type SubmitEvent } from 'react';
import {
  locales,
  updateOrganizationBodySchema,
  type Locale,
  type Organization,
} from '../../../contracts/organization';
import { api, messageFor } from '../../api/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { CrisisResourcesEditor } from '../../features/admin/CrisisResourcesEditor';
import { fromDrafts, toDrafts, type DraftsByLocale } from '../../features/admin/crisisDrafts';
import {
  contactOf,
  PublicContactFields,
  type PublicContact,
} from '../../features/admin/PublicContactFields';
import { useFormErrors } from '../../features/forms/useFormErrors';
import { useOrganizationName } from '../../features/organization/OrganizationContext';
import { t } from '../../i18n';

const localeOptions = locales.map((locale) => ({
  value: locale,
  label: t(`settings.locale.${locale}`),
}));
const timeZoneListId = 'time-zones';

function TimeZoneOptions() {
  const zones = Intl.supportedValuesOf('timeZone');
  return (
    <datalist id={timeZoneListId}>
      {zones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}

function SettingsForm({ organization }: { organization: Organization }) {
  const errors = useFormErrors();
  const { setName: setHeaderName } = useOrganizationName();
  const [name, setName] = useState(organization.name);
  const [timeZone, setTimeZone] = useState(organization.timeZone);
  const [locale, setLocale] = useState<Locale>(organization.locale);
  const [contact, setContact] = useState<PublicContact>(() => contactOf(organization));
  const [drafts, setDrafts] = useState<DraftsByLocale>(() =>
    toDrafts(organization.crisisResources),
  );
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    // Empty contact fields are sent as they are: the schema turns them into "cleared".
    const body = { name, timeZone, locale, ...contact, crisisResources: fromDrafts(drafts) };
    const parsed = updateOrganizationBodySchema.safeParse(body);
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      return;
    }
    errors.clear();
    setBusy(true);
    try {
      const updated = await api.updateOrganization(parsed.data);
      setName(updated.name);
      setTimeZone(updated.timeZone);
      setLocale(updated.locale);
      setContact(contactOf(updated));
      setDrafts(toDrafts(updated.crisisResources));
      setHeaderName(updated.name);
      setSaved(true);
    } catch (error) {
      errors.showError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="form form--wide">
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <TextField
        name="name"
        label={t('settings.name')}
        autoComplete="organization"
        value={name}
        onValueChange={setName}
        error={errors.fields.name}
      />
      <TextField
        name="timeZone"
        label={t('settings.timeZone')}
        hint={t('settings.timeZoneHint')}
        list={timeZoneListId}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        value={timeZone}
        onValueChange={setTimeZone}
        error={errors.fields.timeZone}
      />
      <TimeZoneOptions />
      <SelectField
        name="locale"
        label={t('settings.locale')}
        hint={t('settings.localeHint')}
        value={locale}
        options={localeOptions}
        onValueChange={setLocale}
        error={errors.fields.locale}
      />
      <PublicContactFields contact={contact} errors={errors.fields} onChange={setContact} />
      <section aria-labelledby="crisis-heading">
        <h2 id="crisis-heading">{t('settings.crisisHeading')}</h2>
        <p>{t('settings.crisisLead')}</p>
        {locales.map((resourceLocale) => (
          <CrisisResourcesEditor
            key={resourceLocale}
            locale={resourceLocale}
            drafts={drafts[resourceLocale]}
            errors={errors.fields}
            onChange={(next) => setDrafts((previous) => ({ ...previous, [resourceLocale]: next }))}
          />
        ))}
      </section>
      {saved && <Alert tone="success">{t('settings.saved')}</Alert>}
      <Button type="submit" busy={busy} busyLabel={t('settings.saving')}>
        {t('settings.save')}
      </Button>
    </form>
  );
}

type Loaded = { organization: Organization } | { error: string } | null;

export function SettingsPage() {
  const [loaded, setLoaded] = useState<Loaded>(null);

  useEffect(() => {
    let active = true;
    api.organization().then(
      (organization) => {
        if (active) setLoaded({ organization });
      },
      (error: unknown) => {
        if (active) setLoaded({ error: messageFor(error) });
      },
    );
    return () => {
      active = false;
    };
  }, []);

  return (
    <Page title={t('settings.title')} heading={t('settings.heading')}>
      {loaded === null && (
        <p role="status" className="loading">
          {t('app.loading')}
        </p>
      )}
      {loaded && 'error' in loaded && <Alert tone="error">{loaded.error}</Alert>}
      {loaded && 'organization' in loaded && <SettingsForm organization={loaded.organization} />}
    </Page>
  );
}
