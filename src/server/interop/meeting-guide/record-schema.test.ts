// Reading one feed record leniently: fields TSML UI reads that the spec does not name.
import { expect, it } from 'vitest';
import { meetingRecordSchema } from './record-schema';

it('coordinates ("lat,lng") fill in latitude and longitude only when both are missing', () => {
  const read = (record: object) => meetingRecordSchema.parse({ slug: 'x', ...record });
  expect(read({ coordinates: '41.81,-88.17' })).toMatchObject({
    latitude: 41.81,
    longitude: -88.17,
  });
  expect(read({ coordinates: '41.81,-88.17', latitude: 40 })).toMatchObject({ latitude: 40 });
  expect(read({ coordinates: '41.81,-88.17', latitude: 40 }).longitude).toBe(undefined);
  for (const coordinates of ['41.81', '41.81,-88.17,3', ',-88.17']) {
    expect(read({ coordinates }).latitude, coordinates).toBe(undefined);
  }
});
