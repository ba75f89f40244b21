// The query shapes the benchmark drives, each a seeded random mix of realistic values so no two
// consecutive requests repeat and a cache keyed on the exact query cannot carry the result.
import { CATEGORIES } from '../../src/domain/taxonomy/categories';
import { Rng, seedOf } from './prng';
import { metroZips } from './dataset';
import { SEARCH_TERMS } from './vocabulary';

export interface QueryShape {
  id: string;
  label: string;
  /** A new request path each call. */
  next(rng: Rng): string;
}

type Params = Record<string, string | number | undefined>;

function path(params: Params): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s === '' ? '/api/groups' : `/api/groups?${s}`;
}

const CATEGORY_SLUGS = CATEGORIES.map((c) => c.slug);
const TOPIC_SLUGS = CATEGORIES.flatMap((c) => c.topics.map((t) => t.slug));
const TIMES = ['morning', 'midday', 'evening', 'night'];

/** Mostly English visitors, some Spanish. */
const lang = (rng: Rng) => (rng.chance(0.15) ? 'es' : undefined);

function days(rng: Rng): string {
  const n = rng.weighted([
    [1, 70],
    [2, 25],
    [3, 5],
  ]);
  return rng
    .sample([0, 1, 2, 3, 4, 5, 6], n)
    .sort((a, b) => a - b)
    .join(',');
}

/** Where visitors search from: ZIP codes near metro centers, or a device location. */
function origins(): { weight: number; zips: string[]; lat: number; lng: number }[] {
  return metroZips().map(({ metro, zips }) => ({
    weight: metro.weight,
    // The ZIP codes within 10 miles of the center: what people in the city type.
    zips: zips
      .filter((z) => Math.hypot(z.latitude - metro.lat, z.longitude - metro.lng) < 0.15)
      .map((z) => z.zip),
    lat: metro.lat,
    lng: metro.lng,
  }));
}

let originCache: ReturnType<typeof origins> | undefined;

function near(rng: Rng): Params {
  originCache ??= origins();
  const o = rng.weighted(originCache.map((x) => [x, x.weight] as const));
  if (o.zips.length > 0 && rng.chance(0.7)) return { near: rng.pick(o.zips) };
  return {
    lat: Math.round((o.lat + rng.gaussian() * 0.08) * 1e4) / 1e4,
    lng: Math.round((o.lng + rng.gaussian() * 0.08) * 1e4) / 1e4,
  };
}

const radius = (rng: Rng) => rng.pick([10, 15, 25, 25, 50]);

export const SHAPES: readonly QueryShape[] = [
  {
    id: 'default',
    label: 'default (no filters, sort next)',
    next: (rng) =>
      path({
        page: rng.weighted([
          [undefined, 80],
          [2, 15],
          [3, 5],
        ]),
        lang: lang(rng),
      }),
  },
  {
    id: 'day-time',
    label: 'day + time of day',
    next: (rng) =>
      path({ day: days(rng), time: rng.sample(TIMES, rng.int(1, 2)).join(','), lang: lang(rng) }),
  },
  {
    id: 'category-format',
    label: 'category + format',
    next: (rng) =>
      path({
        category: rng.pick(CATEGORY_SLUGS),
        format: rng.weighted([
          ['in-person', 45],
          ['online', 40],
          ['hybrid', 5],
          ['in-person,online', 10],
        ]),
        lang: lang(rng),
      }),
  },
  {
    id: 'text',
    label: 'text search (common words)',
    next: (rng) => path({ q: rng.weighted(SEARCH_TERMS), lang: lang(rng) }),
  },
  {
    id: 'distance',
    label: 'distance (10–50 mi), sort nearest',
    next: (rng) => path({ ...near(rng), radius: radius(rng), sort: 'nearest', lang: lang(rng) }),
  },
  {
    id: 'spanish-online',
    label: 'language=es + online',
    next: (rng) =>
      path({
        language: 'es',
        format: 'online',
        ...(rng.chance(0.4) ? { category: rng.pick(CATEGORY_SLUGS) } : {}),
        lang: rng.chance(0.8) ? 'es' : undefined,
      }),
  },
  {
    id: 'combined',
    label: 'combined (many filters, near)',
    next: (rng) =>
      path({
        ...near(rng),
        radius: rng.pick([15, 25, 50]),
        ...(rng.chance(0.5)
          ? { category: rng.pick(CATEGORY_SLUGS) }
          : { topic: rng.sample(TOPIC_SLUGS, rng.int(1, 3)).join(',') }),
        day: days(rng),
        time: rng.pick(TIMES),
        ...(rng.chance(0.5) ? { format: rng.pick(['in-person', 'online', 'hybrid']) } : {}),
        ...(rng.chance(0.4) ? { cost: 'free' } : {}),
        ...(rng.chance(0.3) ? { access: 'wheelchair' } : {}),
        ...(rng.chance(0.3) ? { leadership: rng.pick(['peer', 'professional']) } : {}),
        ...(rng.chance(0.2)
          ? { audience: rng.pick(['women', 'men', 'young-adults', 'lgbtq', 'veterans']) }
          : {}),
        ...(rng.chance(0.15) ? { language: 'es' } : {}),
        lang: lang(rng),
      }),
  },
  {
    id: 'name-page-3',
    label: 'sort by name, page 3',
    next: (rng) =>
      path({
        sort: 'name',
        page: 3,
        ...(rng.chance(0.5) ? { category: rng.pick(CATEGORY_SLUGS) } : {}),
        lang: lang(rng),
      }),
  },
];

/** An endless, seeded sequence of paths for one shape. */
export function pathsFor(shape: QueryShape, seed: number): () => string {
  const rng = new Rng(seedOf(shape.id, seed));
  return () => shape.next(rng);
}
