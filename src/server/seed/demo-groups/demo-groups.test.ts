// The demo data must be valid input and cover the taxonomy, and the browser journeys rely on a
// few specific groups existing (Spanish online grief; Tuesday-evening family groups near 60555).
import { describe, expect, it } from 'vitest';
import { groupInputSchema, type GroupData } from '../../../contracts/groups';
import { distanceMiles } from '../../../domain/directory/distance';
import {
  ATTENDANCE_OPTIONS,
  CATEGORIES,
  FORMATS,
  LEADERSHIP_MODELS,
  categoryOfTopic,
  deriveFormat,
  isTopicSlug,
} from '../../../domain/taxonomy/taxonomy';
import { DEMO_GROUPS } from './index';

const ZIP_60555 = { lat: 41.828, lng: -88.1921 };
const TUESDAY = 2;

function parseAll(): GroupData[] {
  return DEMO_GROUPS.map((group) => {
    const result = groupInputSchema.safeParse(group);
    if (!result.success) {
      const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new Error(`Demo group "${group.slug}" is invalid:\n  ${issues.join('\n  ')}`);
    }
    return result.data;
  });
}

const groups = parseAll();
const categoriesOf = (g: GroupData) => new Set(g.topics.map((t) => categoryOfTopic(t)?.slug));

describe('demo groups', () => {
  it('all parse, with at least 40 groups and unique slugs', () => {
    expect(groups.length).toBeGreaterThanOrEqual(40);
    const slugs = groups.map((g) => g.slug);
    expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
  });

  it('use only known topics and cover every category', () => {
    const unknown = groups.flatMap((g) => g.topics.filter((t) => !isTopicSlug(t)));
    expect(unknown).toEqual([]);
    const used = new Set(groups.flatMap((g) => [...categoriesOf(g)]));
    for (const c of CATEGORIES) expect(used, c.slug).toContain(c.slug);
    const topics = new Set(groups.flatMap((g) => g.topics));
    const allTopics = CATEGORIES.flatMap((c) => c.topics.map((t) => t.slug));
    expect(topics.size / allTopics.length).toBeGreaterThan(0.8);
  });

  it('cover every leadership model, attendance option and format', () => {
    for (const m of LEADERSHIP_MODELS)
      expect(groups.some((g) => g.leadership === m.slug)).toBe(true);
    for (const a of ATTENDANCE_OPTIONS)
      expect(groups.some((g) => g.attendance === a.slug)).toBe(true);
    const formats = new Set(groups.map((g) => deriveFormat(g.schedules)));
    for (const f of FORMATS) expect(formats, f.slug).toContain(f.slug);
  });

  it('use every kind of schedule', () => {
    const kinds = new Set(groups.flatMap((g) => g.schedules.map((s) => s.recurrence.kind)));
    expect([...kinds].sort()).toEqual(['biweekly', 'monthly-day', 'monthly-nth', 'once', 'weekly']);
    const exceptions = groups.flatMap((g) => g.schedules.flatMap((s) => s.exceptions));
    expect(exceptions.some((e) => e.kind === 'cancelled')).toBe(true);
    expect(exceptions.some((e) => e.kind === 'moved')).toBe(true);
  });

  it('have at least 6 Spanish-language groups, one of them online grief', () => {
    const spanish = groups.filter((g) => g.languages.includes('es'));
    expect(spanish.length).toBeGreaterThanOrEqual(6);
    const onlineGrief = spanish.filter(
      (g) =>
        g.status === 'active' &&
        g.topics.includes('grief-loss') &&
        g.schedules.some((s) => s.mode === 'online'),
    );
    expect(onlineGrief.length).toBeGreaterThanOrEqual(1);
  });

  it('have at least 3 in-person family groups on Tuesday evenings within 10 miles of 60555', () => {
    const matches = groups.filter(
      (g) =>
        g.status === 'active' &&
        categoriesOf(g).has('family-caregivers') &&
        deriveFormat(g.schedules) === 'in-person' &&
        g.schedules.some(
          (s) =>
            s.place !== undefined &&
            (s.recurrence.kind === 'weekly' || s.recurrence.kind === 'biweekly') &&
            s.recurrence.days.includes(TUESDAY) &&
            s.start >= '18:00' &&
            s.start <= '20:00' &&
            distanceMiles(ZIP_60555, { lat: s.place.latitude, lng: s.place.longitude }) <= 10,
        ),
    );
    expect(matches.length).toBeGreaterThanOrEqual(3);
  });

  it('keep contact on the platform: reserved join links, no personal phone numbers', () => {
    for (const g of groups) {
      for (const s of g.schedules) {
        if (s.online?.joinUrl !== undefined) {
          expect(s.online.joinUrl).toMatch(/^https:\/\/meet\.example\.org\//);
        }
        if (s.online?.dialIn !== undefined) expect(s.online.dialIn).toMatch(/555 01\d\d/);
      }
      const text = `${g.description} ${g.firstMeeting}`;
      expect(text, g.slug).not.toMatch(/\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}/);
      expect(text, g.slug).not.toMatch(/@/);
    }
  });
});
