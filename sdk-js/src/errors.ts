import type { FieldError } from './generated/index.js';

/**
 * What kind of failure an {@link AivaApiError} is, by HTTP status. The problem's `code` is finer
 * (`validation_failed`, `request_in_progress`, ...): branch on `kind` first, on `code` when needed.
 */
export type AivaErrorKind =
  | 'invalid_request' // 400
  | 'unauthenticated' // 401: no token, or one that is expired, forged or of a suspended company
  | 'forbidden' // 403
  | 'not_found' // 404: also another company's ids
  | 'conflict' // 409
  | 'precondition_failed' // 412: the item changed since the ETag sent as If-Match
  | 'unprocessable' // 422: for instance an Idempotency-Key reused with another body
  | 'rate_limited' // 429: see retryAfterSeconds
  | 'server_error' // 5xx
  | 'http_error'; // any other status

/** The fields of an RFC 9457 problem document that AIVA sends (`Problem` in the API contract). */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  requestId?: string;
  errors?: FieldError[];
}

/**
 * An answer of the AIVA API that was not a success, with its problem details. Quote `requestId`
 * when you contact AIVA support.
 */
export class AivaApiError extends Error {
  override readonly name = 'AivaApiError';
  /** The HTTP status. */
  readonly status: number;
  readonly kind: AivaErrorKind;
  /** The problem's stable, machine-readable code, such as `not_found` or `validation_failed`. */
  readonly code: string | undefined;
  /** The problem type URI; it resolves to its documentation. */
  readonly type: string | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  /** The response's `X-Request-Id` (or, without that header, the problem's `requestId`). */
  readonly requestId: string | undefined;
  /** One entry per invalid field, when the input was invalid; otherwise empty. */
  readonly errors: readonly FieldError[];
  /** For 429 and 503: how long the server asked to wait, from `Retry-After`. */
  readonly retryAfterSeconds: number | undefined;
  /** The problem document as received, or undefined when the body was not JSON. */
  readonly problem: ProblemDetails | undefined;
  readonly headers: Headers;

  constructor(status: number, headers: Headers, problem: ProblemDetails | undefined, statusText = '') {
    const requestId = headers.get('x-request-id') ?? problem?.requestId;
    const what = problem?.detail ?? problem?.title ?? statusText ?? '';
    super(
      `AIVA API answered ${status}${problem?.code ? ` ${problem.code}` : ''}` +
        `${what ? `: ${what}` : ''}${requestId ? ` (request ${requestId})` : ''}`,
    );
    Object.setPrototypeOf(this, new.target.prototype);
    this.status = status;
    this.kind = kindOf(status);
    this.code = problem?.code;
    this.type = problem?.type;
    this.title = problem?.title;
    this.detail = problem?.detail;
    this.instance = problem?.instance;
    this.requestId = requestId;
    this.errors = problem?.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds(headers.get('retry-after'), Date.now());
    this.problem = problem;
    this.headers = headers;
  }

  /** Reads the problem document of a failed response (the body is consumed). */
  static async fromResponse(response: Response): Promise<AivaApiError> {
    let problem: ProblemDetails | undefined;
    try {
      problem = toProblem(JSON.parse(await response.text()));
    } catch {
      problem = undefined; // not JSON, such as a proxy's error page
    }
    return new AivaApiError(response.status, response.headers, problem, response.statusText);
  }
}

/** Getting an access token from the token endpoint (Keycloak) failed. */
export class AivaTokenError extends Error {
  override readonly name = 'AivaTokenError';

  constructor(
    message: string,
    /** The token endpoint's HTTP status, when it answered. */
    readonly status?: number,
    /** The OAuth 2.0 `error`, such as `unauthorized_client`. */
    readonly error?: string,
    readonly errorDescription?: string,
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** One attempt got no response headers within `timeoutMs`. */
export class AivaTimeoutError extends Error {
  override readonly name = 'AivaTimeoutError';

  constructor(readonly timeoutMs: number) {
    super(`No response within ${timeoutMs} ms`);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

function kindOf(status: number): AivaErrorKind {
  switch (status) {
    case 400:
      return 'invalid_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 412:
      return 'precondition_failed';
    case 422:
      return 'unprocessable';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 && status < 600 ? 'server_error' : 'http_error';
  }
}

/** Keeps the fields of a problem document that have the documented types; drops the rest. */
export function toProblem(json: unknown): ProblemDetails | undefined {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return undefined;
  }
  const source = json as Record<string, unknown>;
  const problem: ProblemDetails = {};
  for (const key of ['type', 'title', 'detail', 'instance', 'code', 'requestId'] as const) {
    if (typeof source[key] === 'string') {
      problem[key] = source[key] as string;
    }
  }
  if (typeof source.status === 'number') {
    problem.status = source.status;
  }
  if (Array.isArray(source.errors)) {
    problem.errors = source.errors
      .filter((e): e is Record<string, unknown> => e !== null && typeof e === 'object')
      .filter((e) => typeof e.field === 'string' && typeof e.reason === 'string')
      .map((e) => ({ field: e.field as string, reason: e.reason as string }));
  }
  return problem;
}

/**
 * `Retry-After` in seconds: a number of seconds or an HTTP date (RFC 9110 §10.2.3); undefined when
 * absent or unreadable.
 */
export function retryAfterSeconds(value: string | null, nowMs: number): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined;
  }
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) {
    return undefined;
  }
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}
