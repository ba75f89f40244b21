// The 12 Step Meeting List CSV template (TSML's import format) → Meeting Guide records, so CSV
// files go through exactly the same checks, regrouping, dry run and apply as JSON feeds.
//
// Column names are matched as TSML matches them: lowercased, with spaces as underscores ("End
// Time" → end_time, "Conference URL" → conference_url); TSML's aliases (zip, meeting,
// location_name, start_time) are accepted, as is TSML UI's Coordinates ("lat,lng"); unknown
// columns are ignored. Times may be 12-hour ("6:00 PM"), days may be names ("Monday") or
// numbers, and types may be codes or their English names ("Open, Wheelchair Access"). Rows
// without coordinates get them in import-place.ts. Rows sharing a Group are one group, and rows
// without a Slug get one that does not depend on row order (csv-slugs.ts).
import { getTypesForLanguage } from '@code4recovery/spec';
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../errors';
import { customTypeLabels } from '../meeting-guide/type-codes';
import { assignSlugs } from './csv-slugs';

export interface CsvFeed {
  records: Partial<Record<string, string>>[];
  /** The file line where each record starts (the header is line 1). */
  lines: number[];
  /** Things worth telling about single rows (slugs made from names). */
  notes: { index: number; slug: string; field: string; message: string }[];
}

const ALIASES: Readonly<Record<string, string>> = {
  zip: 'postal_code',
  zip_code: 'postal_code',
  meeting: 'name',
  location_name: 'location',
  start_time: 'time',
  time_zone: 'timezone',
  lat: 'latitude',
  lng: 'longitude',
  lon: 'longitude',
};

export function columnKey(header: string): string {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return ALIASES[key] ?? key;
}

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "Monday", "mon", "1" → "1"; anything else is left for the record check to report. */
export function csvDay(text: string): string {
  const value = text.trim().toLowerCase();
  const index = DAY_NAMES.findIndex(
    (name) => name === value || (value.length >= 3 && name.startsWith(value)),
  );
  return index === -1 ? text.trim() : String(index);
}

/** "6:00 PM", "6 pm", "noon", "18:00", "18:00:00" → "18:00"; anything else as written. */
export function csvTime(text: string): string {
  const value = text.trim().toLowerCase();
  if (value === 'noon') return '12:00';
  if (value === 'midnight') return '00:00';
  const twelve = /^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*([ap])\.?\s*m?\.?$/.exec(value);
  if (twelve?.[1] !== undefined && twelve[3] !== undefined) {
    const h = Number(twelve[1]);
    if (h < 1 || h > 12) return text.trim();
    const hour = (h % 12) + (twelve[3] === 'p' ? 12 : 0);
    return `${String(hour).padStart(2, '0')}:${twelve[2] ?? '00'}`;
  }
  const seconds = /^(\d{1,2}:\d{2}):\d{2}$/.exec(value);
  return seconds?.[1] ?? text.trim();
}

/** Type names (English, as the spec and TSML label them) and codes → codes. */
function typeCodeIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (label: string, code: string) => {
    const key = label.trim().toLowerCase();
    if (!index.has(key)) index.set(key, code);
  };
  const spec = getTypesForLanguage('en') as Record<string, string>;
  for (const [code, label] of Object.entries(spec)) {
    add(code, code);
    add(label, code);
  }
  for (const [code, label] of Object.entries(customTypeLabels('en'))) {
    add(code, code);
    add(label, code);
  }
  // Names TSML's template and older feeds use.
  const extra: Record<string, string> = {
    online: 'ONL',
    'online meeting': 'ONL',
    onl: 'ONL',
    'temporary closure': 'TC',
    'temporarily closed': 'TC',
    tc: 'TC',
    'sign language': 'ASL',
    'outdoor meeting': 'OUT',
    'step meeting': 'ST',
    'wheelchair accessible': 'X',
    'wheelchair accessible bathroom': 'XB',
    babysitting: 'BA',
    'lgbtq+': 'LGBTQ',
  };
  for (const [label, code] of Object.entries(extra)) add(label, code);
  return index;
}

let typeIndex: Map<string, string> | undefined;

/** "Open, Wheelchair Access" or "O,X" → ["O", "X"]; unknown names are kept, to be reported. */
export function csvTypes(text: string): string[] {
  typeIndex ??= typeCodeIndex();
  const index = typeIndex;
  return text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) => index.get(t.toLowerCase()) ?? t);
}

function invalid(detail: string): AppError {
  return new AppError('import_invalid_file', detail);
}

/** Parses the CSV text (size already checked) into Meeting Guide records. */
export function readMeetingListCsv(text: string): CsvFeed {
  let rows: { cells: string[]; line: number }[];
  const lines: number[] = [];
  try {
    const cells = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      on_record: (record: string[], context) => {
        lines.push(context.lines);
        return record;
      },
    });
    rows = cells.map((row, i) => ({ cells: row, line: lines[i] ?? i + 1 }));
  } catch (error) {
    if (error instanceof CsvError)
      throw invalid(`This is not a readable CSV file: ${error.message}`);
    throw error;
  }
  const [header, ...data] = rows;
  if (header === undefined) throw invalid('The CSV file is empty');
  const keys = header.cells.map(columnKey);
  if (!keys.includes('name')) {
    throw invalid(
      'This CSV file has no Name column: use the 12 Step Meeting List template (Time, Day, Name, Location, Address, …)',
    );
  }
  if (data.length === 0) throw invalid('The CSV file has a header but no meetings');

  const records = data.map(({ cells }) => {
    const record: Partial<Record<string, string>> = {};
    keys.forEach((key, i) => {
      const value = cells[i];
      if (key === '' || value === undefined || value === '' || key in record) return;
      record[key] = value;
    });
    if (record.time !== undefined) record.time = csvTime(record.time);
    if (record.end_time !== undefined) record.end_time = csvTime(record.end_time);
    if (record.day !== undefined) record.day = csvDay(record.day);
    if (record.types !== undefined) record.types = csvTypes(record.types).join(',');
    // A Coordinates column ("lat,lng") is read with the JSON records' (record-schema.ts).
    return record;
  });
  const notes = assignSlugs(records);
  return { records, lines: data.map((row) => row.line), notes };
}
