// The organization's public contact in the settings form. It is published in the Meeting Guide
// feed (entity_email, entity_phone, entity_url), which apps such as TSML UI show beside every
// meeting, so each hint says so. Every field is optional; emptying one clears it when saved.
import type { Organization } from '../../../contracts/organization';
import type { FieldErrors } from '../../api/problem';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

export interface PublicContact {
  contactEmail: string;
  contactPhone: string;
  website: string;
}

/** The form's values: empty strings for what is not set. */
export function contactOf(organization: Organization): PublicContact {
  return {
    contactEmail: organization.contactEmail ?? '',
    contactPhone: organization.contactPhone ?? '',
    website: organization.website ?? '',
  };
}

interface Props {
  contact: PublicContact;
  errors: FieldErrors;
  onChange: (contact: PublicContact) => void;
}

export function PublicContactFields({ contact, errors, onChange }: Props) {
  const set = (field: keyof PublicContact) => (value: string) =>
    onChange({ ...contact, [field]: value });
  // autoComplete is off: these are the organization's details, not the signed-in admin's own.
  return (
    <fieldset>
      <legend>{t('settings.contact')}</legend>
      <TextField
        name="contactEmail"
        label={t('settings.contact.email')}
        hint={t('settings.contact.emailHint')}
        optional
        type="email"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        value={contact.contactEmail}
        onValueChange={set('contactEmail')}
        error={errors.contactEmail}
      />
      <TextField
        name="contactPhone"
        label={t('settings.contact.phone')}
        hint={t('settings.contact.phoneHint')}
        optional
        type="tel"
        autoComplete="off"
        value={contact.contactPhone}
        onValueChange={set('contactPhone')}
        error={errors.contactPhone}
      />
      <TextField
        name="website"
        label={t('settings.contact.website')}
        hint={t('settings.contact.websiteHint')}
        optional
        type="url"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        value={contact.website}
        onValueChange={set('website')}
        error={errors.website}
      />
    </fieldset>
  );
}
