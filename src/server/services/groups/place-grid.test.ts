import { describe, expect, it } from 'vitest';
import { filterCells } from '../../../domain/directory/week-cells';
import type { DirectoryFilters } from '../../repositories/directory-filters';
import { FieldFilter } from './index-predicate';
import { IndexedGroup, ValueCodes } from './indexed-group';
import { PlaceGrid } from './place-grid';

// The grid keeps its own copy of each group's weekly cells, to test them before reading a group.
// When a group's meetings move on, the copy must follow, or a distance search would miss it.
describe('PlaceGrid', () => {
  const codes = new ValueCodes();
  const tuesdayEvening = filterCells([2], ['evening']);
  const thursdayEvening = filterCells([4], ['evening']);

  const group = (id: string, lat: number, lng: number, cells: number) => {
    const g = new IndexedGroup(id);
    g.set({
      name: id,
      updatedAt: '2025-06-01T00:00:00.000Z',
      nextStart: null,
      nextEnd: null,
      format: codes.code('format', 'in-person'),
      leadership: codes.code('leadership', 'peer'),
      attendance: codes.code('attendance', 'open'),
      cost: codes.code('cost', 'free'),
      tags: [],
      places: [lat, lng],
      cells,
      cellsUntil: null,
    });
    return g;
  };
  const near = { latitude: 41.8, longitude: -88.2, radiusMiles: 10, includeOnline: false };
  const onTuesday: DirectoryFilters = {
    tags: {},
    days: [2],
    times: ['evening'],
    near,
    sort: 'nearest',
    offset: 0,
    limit: 10,
    nowIso: '2025-06-01T00:00:00.000Z',
  };
  let search = 0;
  const tuesdayNearby = (grid: PlaceGrid) =>
    grid
      .nearest(near, ++search, new FieldFilter(codes, onTuesday), () => true, 10)
      .matched.map((g) => g.id);

  it('finds groups by the cells it holds, and by new cells once refreshed', () => {
    const close = group('close', 41.81, -88.2, tuesdayEvening);
    const moving = group('moving', 41.82, -88.21, thursdayEvening);
    const far = group('far', 43, -88.2, tuesdayEvening);
    const grid = new PlaceGrid([close, moving, far]);
    expect(tuesdayNearby(grid)).toEqual(['close']);

    moving.cells = tuesdayEvening;
    expect(tuesdayNearby(grid)).toEqual(['close']);
    grid.refreshCells(new Set([moving]));
    expect(tuesdayNearby(grid)).toEqual(['close', 'moving']);
  });

  it('marks each group in the circle with its nearest place', () => {
    const g = group('two-places', 41.9, -88.2, tuesdayEvening);
    g.places = [41.9, -88.2, 41.801, -88.2];
    const grid = new PlaceGrid([g]);
    expect(tuesdayNearby(grid)).toEqual(['two-places']);
    expect(g.seen).toBe(search);
    expect(g.nearness).toBeCloseTo(0.001 ** 2, 10);
  });
});
