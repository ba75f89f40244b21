// Crisis resources as the settings form edits them: every field a string, plus a stable key
// for React. Converted back to the API shape (empty optional fields left out) on save.
import type {
  CrisisResource,
  CrisisResourceInput,
  CrisisResourcesByLocale,
  Locale,
} from '../../../contracts/organization';

export interface ResourceDraft {
  key: number;
  name: string;
  description: string;
  phone: string;
  sms: string;
  smsKeyword: string;
  url: string;
}

export type DraftField = Exclude<keyof ResourceDraft, 'key'>;
export type DraftsByLocale = Record<Locale, ResourceDraft[]>;

let lastKey = 0;

export function emptyDraft(): ResourceDraft {
  lastKey += 1;
  return { key: lastKey, name: '', description: '', phone: '', sms: '', smsKeyword: '', url: '' };
}

function toDraft(resource: CrisisResource): ResourceDraft {
  return {
    ...emptyDraft(),
    name: resource.name,
    description: resource.description,
    phone: resource.phone ?? '',
    sms: resource.sms ?? '',
    smsKeyword: resource.smsKeyword ?? '',
    url: resource.url ?? '',
  };
}

export function toDrafts(resources: CrisisResourcesByLocale): DraftsByLocale {
  return { en: resources.en.map(toDraft), es: resources.es.map(toDraft) };
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function fromDraft(draft: ResourceDraft): CrisisResourceInput {
  const resource: CrisisResourceInput = { name: draft.name, description: draft.description };
  const phone = optional(draft.phone);
  const sms = optional(draft.sms);
  const smsKeyword = optional(draft.smsKeyword);
  const url = optional(draft.url);
  if (phone !== undefined) resource.phone = phone;
  if (sms !== undefined) resource.sms = sms;
  if (smsKeyword !== undefined) resource.smsKeyword = smsKeyword;
  if (url !== undefined) resource.url = url;
  return resource;
}

export function fromDrafts(drafts: DraftsByLocale): Record<Locale, CrisisResourceInput[]> {
  return { en: drafts.en.map(fromDraft), es: drafts.es.map(fromDraft) };
}
