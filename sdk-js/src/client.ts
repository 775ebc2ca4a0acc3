import {
  APIClientsApi,
  AssignmentsApi,
  AuditApi,
  CandidatesApi,
  CompanyApi,
  Configuration,
  EventsApi,
  IntegrationsApi,
  QuestionsApi,
  StatusApi,
  TemplatesApi,
  TenantsApi,
  UsersApi,
  WebhooksApi,
} from './generated/index.js';
import type { FetchAPI, Middleware } from './generated/index.js';
import { clientCredentialsTokenSource, type ClientCredentials } from './auth.js';
import { randomUuid } from './crypto.js';
import { AivaApiError } from './errors.js';
import { abortableSleep, DEFAULT_RETRY, retryingFetch, type RetryOptions } from './transport.js';
import { SDK_PRODUCT } from './version.js';

export interface AivaClientOptions {
  /** The API's base URL, `/api` included: `https://aiva.example.com/api`. */
  baseUrl: string;
  /**
   * A token, or a function the SDK calls before each request that needs one (tokens last five
   * minutes, so a function that returns a fresh one is usual). Give this or `clientCredentials`.
   */
  accessToken?: string | (() => string | Promise<string>);
  /** Your company's API client: the SDK fetches tokens itself and caches them. */
  clientCredentials?: ClientCredentials;
  /** Your application's product token, such as `acme-ats/4.2`; it leads the `User-Agent`. */
  userAgent?: string;
  /** Retries of idempotent requests and keyed POSTs; `{ maxAttempts: 1 }` turns them off. */
  retry?: RetryOptions;
  /** How long each attempt waits for response headers, in ms (default 60 000; 0 waits for ever). */
  timeoutMs?: number;
  /** Headers for every request. */
  headers?: Record<string, string>;
  /** More middleware for the generated client; it sees each response before errors are thrown. */
  middleware?: Middleware[];
  /** The fetch to use (default: the global `fetch`). */
  fetch?: FetchAPI;
  /** For tests: how to wait between attempts (default: a timer). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** For tests: a number in [0, 1) for the jitter (default: `Math.random`). */
  random?: () => number;
  /** For tests: the clock, in ms since the epoch, for token expiry and `Retry-After` dates (default: `Date.now`). */
  now?: () => number;
}

/** The generated API classes, sharing one configuration. */
export interface AivaClient {
  readonly configuration: Configuration;
  readonly status: StatusApi;
  readonly tenants: TenantsApi;
  readonly users: UsersApi;
  readonly company: CompanyApi;
  readonly apiClients: APIClientsApi;
  readonly audit: AuditApi;
  readonly candidates: CandidatesApi;
  readonly questions: QuestionsApi;
  readonly templates: TemplatesApi;
  readonly assignments: AssignmentsApi;
  readonly events: EventsApi;
  readonly integrations: IntegrationsApi;
  readonly webhooks: WebhooksApi;
}

/**
 * A client for the AIVA API: every generated API class on one configuration that authenticates,
 * retries, sets idempotency keys and throws {@link AivaApiError} for answers that are not 2xx.
 */
export function createAivaClient(options: AivaClientOptions): AivaClient {
  const configuration = createConfiguration(options);
  return {
    configuration,
    status: new StatusApi(configuration),
    tenants: new TenantsApi(configuration),
    users: new UsersApi(configuration),
    company: new CompanyApi(configuration),
    apiClients: new APIClientsApi(configuration),
    audit: new AuditApi(configuration),
    candidates: new CandidatesApi(configuration),
    questions: new QuestionsApi(configuration),
    templates: new TemplatesApi(configuration),
    assignments: new AssignmentsApi(configuration),
    events: new EventsApi(configuration),
    integrations: new IntegrationsApi(configuration),
    webhooks: new WebhooksApi(configuration),
  };
}

/**
 * The generated client's `Configuration` with the SDK's behaviour: its `fetchApi` is the retrying
 * fetch and its last middleware turns failed answers into {@link AivaApiError}. Use it with any
 * generated API class: `new CandidatesApi(createConfiguration({ ... }))`.
 */
export function createConfiguration(options: AivaClientOptions): Configuration {
  if (!options.baseUrl) {
    throw new TypeError('baseUrl is required, such as https://aiva.example.com/api');
  }
  if (options.accessToken !== undefined && options.clientCredentials !== undefined) {
    throw new TypeError('Give accessToken or clientCredentials, not both');
  }
  const baseFetch: FetchAPI = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? abortableSleep;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? 60_000;
  const userAgent = userAgentHeader(options.userAgent);

  let accessToken: (() => Promise<string>) | undefined;
  if (options.clientCredentials) {
    const tokenFetch = retryingFetch({
      fetch: baseFetch,
      retry,
      timeoutMs,
      headers: userAgent ? { 'User-Agent': userAgent } : {},
      idempotencyKeys: false,
      retryAllPosts: true, // a token request changes nothing
      newIdempotencyKey: randomUuid,
      sleep,
      random,
      now,
    });
    const source = clientCredentialsTokenSource(options.clientCredentials, tokenFetch, now);
    accessToken = () => source.getToken();
  } else if (typeof options.accessToken === 'function') {
    const provide = options.accessToken;
    accessToken = async () => provide();
  } else if (typeof options.accessToken === 'string') {
    const token = options.accessToken;
    accessToken = async () => token;
  }

  const fetchApi = retryingFetch({
    fetch: baseFetch,
    retry,
    timeoutMs,
    headers: { 'X-AIVA-SDK': SDK_PRODUCT, ...(userAgent ? { 'User-Agent': userAgent } : {}) },
    idempotencyKeys: true,
    retryAllPosts: false,
    accessToken,
    newIdempotencyKey: randomUuid,
    sleep,
    random,
    now,
  });

  return new Configuration({
    basePath: options.baseUrl.replace(/\/+$/, ''),
    accessToken,
    fetchApi,
    headers: options.headers,
    middleware: [...(options.middleware ?? []), problemDetailsMiddleware],
  });
}

/** Turns every answer that is not 2xx into an {@link AivaApiError}, before the generated code sees it. */
export const problemDetailsMiddleware: Middleware = {
  async post({ response }) {
    if (response.status < 200 || response.status >= 300) {
      throw await AivaApiError.fromResponse(response);
    }
  },
};

/**
 * `User-Agent` where the runtime lets a script set it (Node, Deno, Bun); undefined in browsers,
 * which forbid it or drop it silently — there `X-AIVA-SDK` carries the SDK's version alone.
 */
export function userAgentHeader(application?: string, globals: object = globalThis): string | undefined {
  const runtime = serverRuntime(globals);
  if (!runtime) {
    return undefined;
  }
  return [application, SDK_PRODUCT, runtime].filter(Boolean).join(' ');
}

function serverRuntime(globals: object): string | undefined {
  const g = globals as {
    Deno?: { version?: { deno?: string } };
    process?: { versions?: { node?: string; bun?: string } };
  };
  if (g.Deno?.version?.deno) {
    return `deno/${g.Deno.version.deno}`;
  }
  if (g.process?.versions?.bun) {
    return `bun/${g.process.versions.bun}`;
  }
  if (g.process?.versions?.node) {
    return `node/${g.process.versions.node}`;
  }
  return undefined;
}
