// The directory's filters as they live in the page address (/groups?day=2,4&format=in-person).
// Multi-valued filters are comma-separated lists; repeated parameters (what a plain GET form
// sends) are read too. The same string, plus `page`, is the API query.

export const LIST_KEYS = [
  'category',
  'topic',
  'day',
  'time',
  'format',
  'leadership',
  'attendance',
  'audience',
  'language',
  'access',
  'cost',
] as const;
export type ListKey = (typeof LIST_KEYS)[number];

export const RADIUS_CHOICES = ['5', '10', '25', '50'] as const;
export const DEFAULT_RADIUS = '25';
export const SORTS = ['relevance', 'next', 'nearest', 'name'] as const;
export type Sort = (typeof SORTS)[number];

export interface DirectoryFilters {
  q: string;
  near: string;
  lat: string;
  lng: string;
  radius: string;
  sort: Sort | '';
  lists: Record<ListKey, string[]>;
}

function listFrom(params: URLSearchParams, key: string): string[] {
  const values = params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
  return [...new Set(values)];
}

export function emptyFilters(): DirectoryFilters {
  const lists = Object.fromEntries(LIST_KEYS.map((key) => [key, []])) as unknown as Record<
    ListKey,
    string[]
  >;
  return { q: '', near: '', lat: '', lng: '', radius: DEFAULT_RADIUS, sort: '', lists };
}

function isSort(value: string): value is Sort {
  return (SORTS as readonly string[]).includes(value);
}

function coordinate(value: string | null, limit: number): string {
  const number = Number(value);
  return value !== null && value !== '' && Number.isFinite(number) && Math.abs(number) <= limit
    ? value
    : '';
}

export function readFilters(params: URLSearchParams): DirectoryFilters {
  const filters = emptyFilters();
  for (const key of LIST_KEYS) filters.lists[key] = listFrom(params, key);
  filters.q = params.get('q')?.trim() ?? '';
  filters.near = params.get('near')?.trim() ?? '';
  filters.lat = coordinate(params.get('lat'), 90);
  filters.lng = coordinate(params.get('lng'), 180);
  if (filters.lat === '' || filters.lng === '') filters.lat = filters.lng = '';
  const radius = params.get('radius') ?? '';
  filters.radius = (RADIUS_CHOICES as readonly string[]).includes(radius) ? radius : DEFAULT_RADIUS;
  const sort = params.get('sort') ?? '';
  filters.sort = isSort(sort) ? sort : '';
  return filters;
}

export function hasPlace(filters: DirectoryFilters): boolean {
  return filters.near !== '' || filters.lat !== '';
}

/** The canonical search parameters: empty filters left out, lists comma-joined. */
export function writeFilters(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q !== '') params.set('q', filters.q);
  for (const key of LIST_KEYS) {
    if (filters.lists[key].length > 0) params.set(key, filters.lists[key].join(','));
  }
  if (filters.near !== '') params.set('near', filters.near);
  else if (filters.lat !== '') {
    params.set('lat', filters.lat);
    params.set('lng', filters.lng);
  }
  if (hasPlace(filters) && filters.radius !== DEFAULT_RADIUS) params.set('radius', filters.radius);
  if (filters.sort !== '' && filters.sort === effectiveSort(filters))
    params.set('sort', filters.sort);
  return params;
}

/** The sort in force: "Best match" needs words to match, "Nearest" needs a place. */
export function effectiveSort(filters: DirectoryFilters): Sort {
  if (filters.sort === 'relevance' && filters.q !== '') return 'relevance';
  if (filters.sort === 'nearest' && hasPlace(filters)) return 'nearest';
  if (filters.sort === 'name' || filters.sort === 'next') return filters.sort;
  return filters.q !== '' ? 'relevance' : 'next';
}

export function apiQuery(filters: DirectoryFilters, page: number): string {
  const params = writeFilters(filters);
  if (hasPlace(filters)) params.set('radius', filters.radius);
  if (page > 1) params.set('page', String(page));
  return params.toString();
}

/** How many choices are made inside the Filters panel (everything but the search words). */
export function countActive(filters: DirectoryFilters): number {
  const chosen = LIST_KEYS.reduce((sum, key) => sum + filters.lists[key].length, 0);
  return chosen + (hasPlace(filters) ? 1 : 0);
}

export function withList(filters: DirectoryFilters, key: ListKey, values: string[]) {
  return { ...filters, lists: { ...filters.lists, [key]: values } };
}

/** Every single choice, so the empty state can offer to remove each one. */
export type ActiveChoice =
  { kind: 'list'; key: ListKey; value: string } | { kind: 'q' } | { kind: 'place' };

export function activeChoices(filters: DirectoryFilters): ActiveChoice[] {
  const choices: ActiveChoice[] = [];
  if (filters.q !== '') choices.push({ kind: 'q' });
  for (const key of LIST_KEYS) {
    for (const value of filters.lists[key]) choices.push({ kind: 'list', key, value });
  }
  if (hasPlace(filters)) choices.push({ kind: 'place' });
  return choices;
}

export function without(filters: DirectoryFilters, choice: ActiveChoice): DirectoryFilters {
  if (choice.kind === 'q') return { ...filters, q: '' };
  if (choice.kind === 'place') return { ...filters, near: '', lat: '', lng: '' };
  const rest = filters.lists[choice.key].filter((value) => value !== choice.value);
  return withList(filters, choice.key, rest);
}
