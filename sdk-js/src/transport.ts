import type { FetchAPI } from './generated/index.js';
import { AivaTimeoutError, retryAfterSeconds } from './errors.js';

/** When and how often a request is tried again. */
export interface RetryOptions {
  /** Attempts in all, the first included (default 4; 1 turns retries off). */
  maxAttempts?: number;
  /** The backoff before the second attempt is drawn from [0, baseDelayMs); it doubles per attempt (default 500). */
  baseDelayMs?: number;
  /** The backoff never exceeds this (default 20 000). */
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the answer is returned as it is (default 60 000). */
  maxRetryAfterMs?: number;
}

/** What the retrying fetch needs; the client factory fills it in. */
export interface TransportOptions {
  fetch: FetchAPI;
  retry: Required<RetryOptions>;
  /** Each attempt's wait for response headers, in ms; 0 waits for ever. */
  timeoutMs: number;
  /** Set on every request unless the request sets them itself. */
  headers: Record<string, string>;
  /** Give every POST without an `Idempotency-Key` a new one (the same on each of its attempts). */
  idempotencyKeys: boolean;
  /** Try POSTs again even without an `Idempotency-Key` (only for requests without side effects, such as a token request). */
  retryAllPosts: boolean;
  /** Called before each attempt after the first of a request that carries `Authorization`, for a token that is still fresh. */
  accessToken?: () => Promise<string>;
  newIdempotencyKey: () => Promise<string>;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  now: () => number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
};

/** Methods that RFC 9110 defines as idempotent: doing them twice has the effect of doing them once. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Statuses that say "not done, try later": rate limited, or a gateway or the server unavailable. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

/**
 * A `fetch` for the generated client's `Configuration.fetchApi`. Each request the generated code
 * makes passes through it once; here it becomes one or more attempts:
 *
 * - SDK headers are added, and an `Idempotency-Key` to a POST that has none;
 * - a request that is idempotent (GET, HEAD, OPTIONS, PUT, DELETE) or keyed (a POST with an
 *   `Idempotency-Key`) is tried again after 429, 502, 503, 504, a network error or a timeout,
 *   and a keyed POST also after 409 `request_in_progress` (its first attempt is still running);
 * - between attempts it waits `Retry-After` when the answer has one, else an exponential backoff
 *   with full jitter; every attempt of a request sends the same `Idempotency-Key`.
 *
 * It answers with the last response, whatever its status (errors are made from it later), or
 * rejects with the last network error. An aborted request is never tried again.
 */
export function retryingFetch(options: TransportOptions): FetchAPI {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (typeof Request !== 'undefined' && input instanceof Request) {
      // The generated client always passes a URL and an init; a Request's body could be read only once.
      return options.fetch(input, init);
    }
    const headers = new Headers(init?.headers);
    for (const [name, value] of Object.entries(options.headers)) {
      if (!headers.has(name)) {
        headers.set(name, value);
      }
    }
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method === 'POST' && options.idempotencyKeys && !headers.has('idempotency-key')) {
      headers.set('Idempotency-Key', await options.newIdempotencyKey());
    }
    const keyed = method === 'POST' && headers.has('idempotency-key');
    const retryable = IDEMPOTENT_METHODS.has(method) || keyed || (method === 'POST' && options.retryAllPosts);
    const maxAttempts = retryable ? Math.max(1, options.retry.maxAttempts) : 1;
    const signal = init?.signal ?? undefined;

    for (let attempt = 1; ; attempt++) {
      if (attempt > 1 && options.accessToken && headers.has('authorization')) {
        headers.set('Authorization', `Bearer ${await options.accessToken()}`);
      }
      let response: Response;
      try {
        response = await attemptOnce(options, input, { ...init, headers }, signal);
      } catch (error) {
        if (signal?.aborted || attempt >= maxAttempts || !isTransient(error)) {
          throw error;
        }
        await pause(options, backoff(options, attempt), signal);
        continue;
      }
      if (attempt >= maxAttempts) {
        return response;
      }
      const delay = await retryDelay(options, response, keyed, attempt);
      if (delay === undefined) {
        return response;
      }
      await discard(response);
      await pause(options, delay, signal);
    }
  };
}

async function pause(options: TransportOptions, ms: number, signal: AbortSignal | undefined): Promise<void> {
  await options.sleep(ms, signal);
  if (signal?.aborted) {
    throw signal.reason;
  }
}

async function attemptOnce(
  options: TransportOptions,
  input: RequestInfo | URL,
  init: RequestInit,
  signal: AbortSignal | undefined,
): Promise<Response> {
  if (options.timeoutMs <= 0) {
    return options.fetch(input, init);
  }
  const timeout = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    timeout.abort(new AivaTimeoutError(options.timeoutMs));
  }, options.timeoutMs);
  const { combined, release } = combine(signal, timeout.signal);
  try {
    return await options.fetch(input, { ...init, signal: combined });
  } catch (error) {
    throw timedOut ? new AivaTimeoutError(options.timeoutMs) : error;
  } finally {
    clearTimeout(timer);
    release();
  }
}

/**
 * One signal that aborts when either does. `AbortSignal.any` (Node 20.3+, current browsers) keeps
 * the caller's signal usable while the body is read; without it the caller's signal is linked by a
 * listener that is removed once the headers arrived.
 */
function combine(
  caller: AbortSignal | undefined,
  timeout: AbortSignal,
): { combined: AbortSignal; release: () => void } {
  if (!caller) {
    return { combined: timeout, release: () => {} };
  }
  const any = (AbortSignal as unknown as { any?: (signals: AbortSignal[]) => AbortSignal }).any;
  if (typeof any === 'function') {
    return { combined: any.call(AbortSignal, [caller, timeout]), release: () => {} };
  }
  const linked = new AbortController();
  const forward = (from: AbortSignal) => () => linked.abort(from.reason);
  const onCaller = forward(caller);
  const onTimeout = forward(timeout);
  if (caller.aborted) {
    linked.abort(caller.reason);
  }
  caller.addEventListener('abort', onCaller, { once: true });
  timeout.addEventListener('abort', onTimeout, { once: true });
  return {
    combined: linked.signal,
    release: () => {
      caller.removeEventListener('abort', onCaller);
      timeout.removeEventListener('abort', onTimeout);
    },
  };
}

/** How long to wait before the next attempt, or undefined when this answer is final. */
async function retryDelay(
  options: TransportOptions,
  response: Response,
  keyed: boolean,
  attempt: number,
): Promise<number | undefined> {
  if (RETRYABLE_STATUSES.has(response.status)) {
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'), options.now());
    if (retryAfter === undefined) {
      return backoff(options, attempt);
    }
    const ms = retryAfter * 1000;
    return ms <= options.retry.maxRetryAfterMs ? ms : undefined;
  }
  if (response.status === 409 && keyed && (await problemCode(response)) === 'request_in_progress') {
    return backoff(options, attempt);
  }
  return undefined;
}

/** Full jitter: uniformly in [0, min(max, base * 2^(attempt-1))). */
function backoff(options: TransportOptions, attempt: number): number {
  const { baseDelayMs, maxDelayMs } = options.retry;
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(options.random() * ceiling);
}

/** A failure to get any answer: the network (fetch rejects with a TypeError) or a timeout. */
function isTransient(error: unknown): boolean {
  return error instanceof TypeError || error instanceof AivaTimeoutError;
}

async function problemCode(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.clone().json();
    return body !== null && typeof body === 'object' ? ((body as { code?: unknown }).code as string) : undefined;
  } catch {
    return undefined;
  }
}

/** Lets go of an answer that will not be read, so its connection can be reused. */
async function discard(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // nothing to release
  }
}

/** A sleep that ends early, rejecting, when the signal aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
