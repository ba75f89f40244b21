// The coded error registry. Every error reply is RFC 9457 problem+json carrying one of these
// stable codes; clients branch on `code`, never on `title` or `detail`.
export const errorRegistry = {
  validation_failed: { status: 400, title: 'Some fields need attention' },
  malformed_json: { status: 400, title: 'The request body is not valid JSON' },
  unauthenticated: { status: 401, title: 'Please sign in first' },
  invalid_credentials: { status: 401, title: 'That email and password do not match' },
  forbidden: { status: 403, title: 'You do not have access to this' },
  forbidden_origin: { status: 403, title: 'Request refused: it did not come from this site' },
  not_found: { status: 404, title: 'Not found' },
  email_taken: { status: 409, title: 'That email already has an account' },
  last_admin: { status: 409, title: 'The organization needs at least one admin' },
  invalid_token: { status: 400, title: 'This link is invalid or has expired' },
  payload_too_large: { status: 413, title: 'The request is too large' },
  import_invalid_file: { status: 422, title: 'This file cannot be imported' },
  import_too_large: { status: 413, title: 'This file is too large to import' },
  import_fetch_failed: { status: 502, title: 'The feed could not be fetched' },
  import_plan_changed: { status: 409, title: 'The meetings changed since the preview' },
  unsupported_media_type: { status: 415, title: 'Send JSON with Content-Type: application/json' },
  rate_limited: { status: 429, title: 'Too many attempts. Please wait a little and try again' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
  service_unavailable: { status: 503, title: 'Kindred is starting or stopping; try again shortly' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof errorRegistry;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;

  constructor(code: ErrorCode, detail?: string, errors?: FieldError[]) {
    super(detail ?? errorRegistry[code].title);
    this.name = 'AppError';
    this.code = code;
    this.status = errorRegistry[code].status;
    this.detail = detail;
    this.errors = errors;
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail?: string;
  errors?: FieldError[];
}

export function problem(code: ErrorCode, detail?: string, errors?: FieldError[]): Problem {
  const { status, title } = errorRegistry[code];
  return {
    type: `/problems/${code}`,
    title,
    status,
    code,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors }),
  };
}
