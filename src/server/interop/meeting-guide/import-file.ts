// The whole file, before any record is looked at: too large, not JSON, not an array, empty.
// Each is one clear error and nothing is written.
import { IMPORT_MAX_BYTES, type ImportFormat } from '../../../contracts/imports';
import { AppError } from '../../errors';
import { readMeetingListCsv } from '../csv/meeting-list-csv';

export interface Feed {
  records: unknown[];
  /** CSV: the file line of each record. */
  lines?: number[];
  /** Warnings the reader already has about single records. */
  notes: { index: number; slug: string; field: string; message: string }[];
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function checkSize(bytes: number, maxBytes = IMPORT_MAX_BYTES): void {
  if (bytes > maxBytes) {
    throw new AppError(
      'import_too_large',
      `The file is ${megabytes(bytes)}; files up to ${megabytes(maxBytes)} can be imported. Split it, or import a smaller feed.`,
    );
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** ", line 12" for a JSON.parse message that names a position. */
function lineOf(text: string, reason: string): string {
  const position = /position (\d+)/.exec(reason)?.[1];
  if (position === undefined) return '';
  const line = text.slice(0, Number(position)).split('\n').length;
  return `, line ${String(line)}`;
}

export function readMeetingGuideJson(text: string): Feed {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'import_invalid_file',
      `This is not a JSON file (${reason}${lineOf(text, reason)})`,
    );
  }
  if (!Array.isArray(value)) {
    throw new AppError(
      'import_invalid_file',
      `A Meeting Guide feed is a JSON array of meetings; this file holds ${describe(value)}`,
    );
  }
  if (value.length === 0) {
    // An empty feed would archive every group of its source: refused rather than trusted.
    throw new AppError('import_invalid_file', 'The feed has no meetings');
  }
  return { records: value, notes: [] };
}

/** Reads a file of either format; throws import_too_large / import_invalid_file. */
export function readFeed(format: ImportFormat, text: string, maxBytes = IMPORT_MAX_BYTES): Feed {
  checkSize(Buffer.byteLength(text, 'utf8'), maxBytes);
  switch (format) {
    case 'meeting-guide':
      return readMeetingGuideJson(text);
    case 'csv':
      return readMeetingListCsv(text);
  }
}
