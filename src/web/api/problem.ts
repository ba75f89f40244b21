// Errors from the API arrive as RFC 9457 problem+json. ApiError carries them to the screens,
// which branch on `code` (never on `title`).
import type { ProblemBody } from '../../contracts/common';
import { t } from '../i18n';

export type FieldErrors = Record<string, string>;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: ProblemBody;

  constructor(problem: ProblemBody) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
  }

  /** Field messages keyed by dotted path ("crisisResources.en.0.phone"). */
  fieldErrors(): FieldErrors {
    const out: FieldErrors = {};
    for (const { path, message } of this.problem.errors ?? []) {
      const key = normalizePath(path);
      if (key !== '' && !(key in out)) out[key] = message;
    }
    return out;
  }
}

/** Accepts "a.b.0", "/a/b/0" (JSON Pointer) or "a[0].b" and returns "a.b.0". */
export function normalizePath(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split(/[./]/)
    .filter((part) => part !== '')
    .join('.');
}

function isProblem(value: unknown): value is ProblemBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.status === 'number' && typeof v.title === 'string';
}

/** Turns a failed response into an ApiError, even when the body is not problem+json. */
export async function problemFrom(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy error page, say): fall through to a generic problem.
  }
  if (isProblem(body)) return new ApiError(body);
  return new ApiError({
    type: 'about:blank',
    title: t('error.unexpected'),
    status: response.status,
    code: response.status >= 500 ? 'internal_error' : 'unexpected_response',
  });
}

export function networkError(): ApiError {
  return new ApiError({
    type: 'about:blank',
    title: t('error.network'),
    status: 0,
    code: 'network_error',
  });
}

/** A calm, human message for any error thrown by the client. */
export function messageFor(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'network_error') return t('error.network');
    if (error.status >= 500 || error.code === 'unexpected_response') return t('error.unexpected');
    if (error.code === 'validation_failed') return t('error.fieldsNeedAttention');
    return error.problem.detail ?? error.problem.title;
  }
  return t('error.unexpected');
}
