import { getTypesForLanguage, isMeetingType } from '@code4recovery/spec';
import ISO6391 from 'iso-639-1';
import { describe, expect, it } from 'vitest';
import {
  ACCESSIBILITY_FEATURES,
  ATTENDANCE_OPTIONS,
  AUDIENCES,
  CATEGORIES,
  LEADERSHIP_MODELS,
  TOPICS,
  categoryOfTopic,
} from '../../../domain/taxonomy/taxonomy';
import {
  CUSTOM_PREFIX,
  SPEC_LANGUAGE_CODES,
  customTypeLabels,
  fieldsFromTypes,
  typesForMeeting,
  type TypedGroup,
} from './type-codes';

const base: TypedGroup = {
  attendance: 'open',
  audiences: [],
  accessibility: [],
  languages: ['en'],
  topics: ['anxiety'],
  categories: ['mental-health'],
  leadership: 'peer',
  status: 'active',
};
const inPerson = { mode: 'in-person', hasConference: false } as const;

function roundTrip(group: TypedGroup, schedule: Parameters<typeof typesForMeeting>[1] = inPerson) {
  const types = typesForMeeting(group, schedule);
  const fields = fieldsFromTypes(types);
  expect(fields.unknown, types.join(' ')).toEqual([]);
  expect(fields).toMatchObject({
    attendance: group.attendance,
    audiences: group.audiences,
    accessibility: group.accessibility,
    languages: group.languages,
    topics: group.topics,
    leadership: group.leadership,
  });
  return { types, fields };
}

/** 2–3 letter ISO 639 codes as they would appear upper-cased in a feed. */
const isoLike = (code: string) => /^[A-Z]{2,3}$/.test(code);

describe('Meeting Guide type codes', () => {
  it('uses the spec codes the taxonomy names, and O/C for attendance', () => {
    const types = typesForMeeting(
      {
        ...base,
        attendance: 'shared-experience',
        audiences: ['women', 'young-adults', 'lgbtq', 'older-adults', 'bipoc', 'men'],
        accessibility: ['wheelchair', 'asl', 'fragrance-free', 'child-care'],
      },
      inPerson,
    );
    expect(types).toEqual(
      expect.arrayContaining(['C', 'W', 'Y', 'LGBTQ', 'SEN', 'POC', 'M', 'X', 'ASL', 'FF', 'BA']),
    );
    expect(typesForMeeting(base, inPerson)).toContain('O');
  });

  it.each([
    ['en', 'EN'],
    ['es', 'S'],
    ['it', 'ITA'],
    ['ko', 'KOR'],
    ['pl', 'POL'],
    ['pt', 'POR'],
    ['pa', 'PUN'],
    ['ru', 'RUS'],
    ['tr', 'TUR'],
    ['fr', 'FR'],
    ['uk', 'UK'],
    ['zh', 'KD-LANG-ZH'],
    // Upper-cased, these ISO codes are other spec types: Newcomer, Non-Binary, Smoking, Step Study.
    ['be', 'KD-LANG-BE'],
    ['nb', 'KD-LANG-NB'],
    ['sm', 'KD-LANG-SM'],
    ['st', 'KD-LANG-ST'],
  ])('language %s → %s', (iso, code) => {
    const { types } = roundTrip({ ...base, languages: [iso] });
    expect(types).toContain(code);
  });

  it('maps every spec language code to the language the spec labels it with', () => {
    const english = getTypesForLanguage('en') as Record<string, string>;
    const names = new Intl.DisplayNames(['en'], { type: 'language' });
    for (const [iso, code] of Object.entries(SPEC_LANGUAGE_CODES)) {
      expect(isMeetingType(code), code).toBe(true);
      // ICU says Filipino for tl and iso-639-1 says "Greek, Modern" for el: either will do.
      expect([names.of(iso), ISO6391.getName(iso)], code).toContain(english[code]);
    }
  });

  it('finds all 38 languages of the spec, legacy codes included', () => {
    // The table is derived from the package's labels; a label the derivation misses (or a new
    // language in the spec) shows up here rather than as a language silently exported under KD-.
    expect(Object.keys(SPEC_LANGUAGE_CODES)).toHaveLength(38);
    expect(SPEC_LANGUAGE_CODES).toMatchObject({
      en: 'EN',
      es: 'S',
      it: 'ITA',
      ko: 'KOR',
      pa: 'PUN',
      pl: 'POL',
      pt: 'POR',
      ru: 'RUS',
      tr: 'TUR',
      tl: 'TL',
      el: 'EL',
    });
    // Upper-cased ISO codes that are other spec types are never taken for a language.
    for (const iso of ['be', 'bi', 'nb', 'sm', 'st'])
      expect(SPEC_LANGUAGE_CODES[iso]).toBe(undefined);
  });

  it('round-trips every taxonomy option', () => {
    for (const o of ATTENDANCE_OPTIONS) roundTrip({ ...base, attendance: o.slug });
    for (const o of LEADERSHIP_MODELS) roundTrip({ ...base, leadership: o.slug });
    for (const o of AUDIENCES) roundTrip({ ...base, audiences: [o.slug] });
    for (const o of ACCESSIBILITY_FEATURES) roundTrip({ ...base, accessibility: [o.slug] });
    for (const t of TOPICS) {
      roundTrip({ ...base, topics: [t.slug], categories: [categoryOfTopic(t.slug)?.slug ?? ''] });
    }
    for (const iso of ISO6391.getAllCodes()) roundTrip({ ...base, languages: [iso] });
    // All at once, in the group's order.
    roundTrip({
      ...base,
      attendance: 'family-friends',
      audiences: AUDIENCES.map((o) => o.slug).reverse(),
      accessibility: ACCESSIBILITY_FEATURES.map((o) => o.slug),
      languages: ['es', 'en', 'zh', 'pt'],
      topics: TOPICS.map((t) => t.slug),
      categories: CATEGORIES.map((c) => c.slug),
    });
    // An organization-added topic.
    roundTrip({ ...base, topics: ['knitting-circle'] });
  });

  it('flags online or hybrid meetings with a conference as ONL, and paused groups as TC', () => {
    const online = { mode: 'online', hasConference: true } as const;
    expect(roundTrip(base, online).types).toContain('ONL');
    expect(roundTrip(base, online).fields.online).toBe(true);
    expect(typesForMeeting(base, { mode: 'hybrid', hasConference: true })).toContain('ONL');
    expect(typesForMeeting(base, { mode: 'hybrid', hasConference: false })).not.toContain('ONL');
    expect(typesForMeeting(base, inPerson)).not.toContain('ONL');
    const paused = roundTrip({ ...base, status: 'paused' }, online);
    expect(paused.types).toContain('TC');
    // With TC, ONL would tell TSML that the meeting goes on online; a paused group does not.
    expect(paused.types).not.toContain('ONL');
    expect(paused.fields.temporarilyClosed).toBe(true);
    expect(typesForMeeting(base, inPerson)).not.toContain('TC');
  });

  it('namespaces custom codes so they collide with no spec code and no ISO 639 code', () => {
    const all = typesForMeeting(
      {
        attendance: 'family-friends',
        audiences: AUDIENCES.map((o) => o.slug),
        accessibility: ACCESSIBILITY_FEATURES.map((o) => o.slug),
        languages: ISO6391.getAllCodes(),
        topics: TOPICS.map((t) => t.slug),
        categories: CATEGORIES.map((c) => c.slug),
        leadership: 'professional',
        status: 'paused',
      },
      { mode: 'online', hasConference: true },
    );
    expect(all).toEqual(
      expect.arrayContaining([
        'KD-T-GRIEF-LOSS',
        'KD-C-SPECIALIZED',
        'KD-L-PROFESSIONAL',
        'KD-FAMILY',
        'KD-A-TEENS',
        'KD-X-CAPTIONS',
        'DD',
      ]),
    );
    for (const code of all) {
      if (code.startsWith(CUSTOM_PREFIX)) {
        expect(isMeetingType(code), code).toBe(false);
        expect(isoLike(code), code).toBe(false);
        expect(code).toMatch(/^KD-[A-Z0-9-]+$/);
      } else {
        expect(isMeetingType(code), code).toBe(true);
      }
    }
  });

  it('keeps codes it does not know, once each, for the importer to report', () => {
    const fields = fieldsFromTypes(['O', 'SP', 'D', 'SP', 'C', ' ', 'KD-L-', 'KD-LANG-QQ']);
    expect(fields.attendance).toBe('open');
    expect(fields.unknown).toEqual(['SP', 'D', 'C', 'KD-L-', 'KD-LANG-QQ']);
  });

  it('labels every custom code it can emit, in English and Spanish', () => {
    const en = customTypeLabels('en');
    const es = customTypeLabels('es');
    expect(en['KD-T-GRIEF-LOSS']).toBe('Grief and loss');
    expect(es['KD-T-GRIEF-LOSS']).toBe('Duelo y pérdida');
    expect(en['KD-C-SPECIALIZED']).toBe('Life changes and loss');
    expect(en['KD-L-PEER']).toBe('Peer-led');
    expect(es['KD-FAMILY']).toBe('Para familiares y amigos');
    expect(en['KD-LANG-ZH']).toBe('Chinese');
    expect(es['KD-LANG-ZH']).toBe('Chino');
    // Spec codes are labelled by the spec (and TSML UI), not here.
    expect(en.O).toBeUndefined();
    const emitted = typesForMeeting(
      {
        attendance: 'family-friends',
        audiences: AUDIENCES.map((o) => o.slug),
        accessibility: ACCESSIBILITY_FEATURES.map((o) => o.slug),
        languages: ISO6391.getAllCodes(),
        topics: TOPICS.map((t) => t.slug),
        categories: CATEGORIES.map((c) => c.slug),
        leadership: 'self-guided',
        status: 'active',
      },
      { mode: 'online', hasConference: true },
    );
    for (const code of emitted.filter((c) => !isMeetingType(c) && c !== 'ONL')) {
      expect(en[code], code).toBeTruthy();
      expect(es[code], code).toBeTruthy();
    }
    const custom = customTypeLabels('en', {
      categories: [
        {
          slug: 'hobbies',
          label: { en: 'Hobbies', es: 'Pasatiempos' },
          topics: [{ slug: 'knitting', label: { en: 'Knitting', es: 'Tejido' } }],
        },
      ],
    });
    expect(custom['KD-T-KNITTING']).toBe('Knitting');
    expect(custom['KD-C-HOBBIES']).toBe('Hobbies');
  });
});
