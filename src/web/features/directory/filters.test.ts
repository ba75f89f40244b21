import { describe, expect, it } from 'vitest';
import {
  activeChoices,
  apiQuery,
  countActive,
  effectiveSort,
  readFilters,
  without,
  writeFilters,
} from './filters';

const read = (search: string) => readFilters(new URLSearchParams(search));

describe('directory filters in the address', () => {
  it('reads comma lists and repeated parameters alike, without duplicates', () => {
    const filters = read('day=2,4&day=4&format=in-person&format=hybrid');
    expect(filters.lists.day).toEqual(['2', '4']);
    expect(filters.lists.format).toEqual(['in-person', 'hybrid']);
    expect(writeFilters(filters).toString()).toBe('day=2%2C4&format=in-person%2Chybrid');
  });

  it('keeps the radius only with a place, and only when not the default', () => {
    expect(writeFilters(read('radius=10')).toString()).toBe('');
    expect(writeFilters(read('near=60555&radius=10')).toString()).toBe('near=60555&radius=10');
    expect(writeFilters(read('near=60555&radius=25')).toString()).toBe('near=60555');
    expect(read('near=60555&radius=7').radius).toBe('25');
    expect(apiQuery(read('near=60555'), 2)).toBe('near=60555&radius=25&page=2');
  });

  it('uses coordinates only when both are valid, and prefers a typed place', () => {
    expect(read('lat=41.8&lng=-88.2').lat).toBe('41.8');
    expect(read('lat=41.8').lat).toBe('');
    expect(read('lat=100&lng=3').lat).toBe('');
    expect(writeFilters(read('near=Naperville&lat=1&lng=2')).toString()).toBe('near=Naperville');
  });

  it('falls back to a sort that makes sense', () => {
    expect(effectiveSort(read(''))).toBe('next');
    expect(effectiveSort(read('q=grief'))).toBe('relevance');
    expect(effectiveSort(read('sort=relevance'))).toBe('next');
    expect(effectiveSort(read('sort=nearest'))).toBe('next');
    expect(effectiveSort(read('sort=nearest&near=60555'))).toBe('nearest');
    expect(writeFilters(read('sort=relevance')).toString()).toBe('');
    expect(writeFilters(read('sort=bogus&q=x')).toString()).toBe('q=x');
  });

  it('counts and removes single choices', () => {
    const filters = read('q=grief&day=2,4&near=60555');
    expect(countActive(filters)).toBe(3);
    const choices = activeChoices(filters);
    expect(choices).toHaveLength(4);
    const second = choices[1];
    if (!second) throw new Error('missing choice');
    expect(writeFilters(without(filters, second)).toString()).toBe('q=grief&day=4&near=60555');
  });
});
