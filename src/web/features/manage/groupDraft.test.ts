import { describe, expect, it } from 'vitest';
import { checkDraft, emptyGroupDraft, suggestSlug, toGroupDraft } from './groupDraft';
import { fieldLabel, knownFields, placeErrors } from './errorPaths';

function validDraft() {
  const draft = emptyGroupDraft('America/Chicago');
  draft.name = 'Tuesday Grief Circle';
  draft.slug = suggestSlug(draft.name);
  draft.description = 'A gentle circle for people grieving a loss.';
  draft.topics = ['grief-loss'];
  const schedule = draft.schedules[0];
  if (!schedule) throw new Error('no schedule');
  schedule.kind = 'monthly-nth';
  schedule.weekday = '2';
  schedule.nths = ['1', '3'];
  schedule.place = {
    name: 'Library',
    address: '28W751 Stafford Pl, Warrenville, IL',
    latitude: '41.8178',
    longitude: '-88.1731',
    notes: '',
  };
  return draft;
}

describe('group drafts', () => {
  it('suggests a web address from the name', () => {
    expect(suggestSlug('Crianza con Calma / Calm Parenting')).toBe(
      'crianza-con-calma-calm-parenting',
    );
    expect(suggestSlug('  Moms & Dads!  ')).toBe('moms-and-dads');
  });

  it('builds a body the shared schema accepts and round-trips it', () => {
    const checked = checkDraft(validDraft());
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.input.schedules?.[0]?.recurrence).toEqual({
      kind: 'monthly-nth',
      weekday: 2,
      nths: [1, 3],
    });
    expect(checkDraft(toGroupDraft(checked.input))).toEqual(checked);
  });

  it('words problems kindly and keeps overnight meetings', () => {
    const draft = validDraft();
    const schedule = draft.schedules[0];
    if (!schedule) throw new Error('no schedule');
    schedule.mode = 'hybrid';
    schedule.online.joinUrl = 'http://meet.example.org';
    schedule.start = '19:00';
    schedule.end = '18:00';
    schedule.place.latitude = 'north';
    const checked = checkDraft(draft);
    if (checked.ok) throw new Error('expected errors');
    expect(checked.errors['schedules.0.end']).toContain('ends before it starts');
    expect(checked.errors['schedules.0.online.joinUrl']).toBe(
      'Join links must start with https://',
    );
    expect(checked.errors['schedules.0.place.latitude']).toContain('latitude');
    schedule.overnight = true;
    const again = checkDraft(draft);
    expect(again.ok ? {} : again.errors['schedules.0.end']).toBeUndefined();
  });

  it('puts every error on a field on screen, in form order, with a name', () => {
    const draft = validDraft();
    const placed = placeErrors(
      { 'schedules.0.place': 'Needs a place', 'topics.0': 'Choose a topic', bogus: 'Hmm' },
      knownFields(draft),
    );
    expect(Object.keys(placed)).toEqual(['', 'topics', 'schedules.0.place.name']);
    expect(fieldLabel('schedules.0.place.name')).toBe('Meeting 1, Name of the place');
    expect(fieldLabel('schedules.1.exceptions.0.date')).toBe('Meeting 2, Cancelled date 1');
  });
});
