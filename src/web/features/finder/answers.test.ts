import { describe, expect, it } from 'vitest';
import { finderAnswersSchema } from '../../../contracts/finder';
import { emptyAnswers, stepsFor, toBody } from './answers';

describe('finder answers', () => {
  it('asks how far you can travel unless you only want online groups', () => {
    const answers = emptyAnswers();
    expect(stepsFor(answers)).toHaveLength(7);
    expect(stepsFor({ ...answers, format: 'online' })).not.toContain('distance');
    expect(stepsFor({ ...answers, format: 'online' })).toHaveLength(6);
  });

  it('makes a body the server accepts, leaving out what was not asked', () => {
    const body = toBody(
      {
        ...emptyAnswers(),
        topics: ['grief-loss'],
        format: 'online',
        when: 'any',
        days: [2],
        language: 'es',
        preferences: ['free', 'peerLed'],
        near: '60555',
      },
      'en',
    );
    expect(body).toEqual({
      topics: ['grief-loss'],
      forWhom: 'self',
      format: 'online',
      days: [],
      timesOfDay: [],
      language: 'es',
      preferences: { free: true, peerLed: true },
      locale: 'en',
    });
    expect(finderAnswersSchema.safeParse(body).success).toBe(true);
  });

  it('sends days, times and distance when they apply', () => {
    const body = toBody(
      {
        ...emptyAnswers(),
        format: 'in-person',
        when: 'some',
        days: [4, 2],
        timesOfDay: ['evening'],
        near: ' Naperville, IL ',
        maxMiles: '25',
      },
      'en',
    );
    expect(body).toMatchObject({ days: [2, 4], timesOfDay: ['evening'], near: 'Naperville, IL' });
    expect(body.maxMiles).toBe(25);
    expect(finderAnswersSchema.safeParse(body).success).toBe(true);
  });
});
