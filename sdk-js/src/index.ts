/**
 * `@aiva/sdk`: the client generated from the AIVA API contract (every API class and model, and
 * its `Configuration`), with the hand-written layer: {@link createAivaClient} (authentication,
 * retries, idempotency keys, typed errors), pagination and webhook verification (also alone as
 * `@aiva/sdk/webhooks`). The embed helper for host pages is `@aiva/sdk/embed` (see EMBED.md).
 */
export * from './generated/index.js';
export { createAivaClient, createConfiguration, problemDetailsMiddleware } from './client.js';
export type { AivaClient, AivaClientOptions } from './client.js';
export { clientCredentialsTokenSource } from './auth.js';
export type { ClientCredentials, TokenSource } from './auth.js';
export { AivaApiError, AivaTimeoutError, AivaTokenError } from './errors.js';
export type { AivaErrorKind, ProblemDetails } from './errors.js';
export { DEFAULT_RETRY } from './transport.js';
export type { RetryOptions } from './transport.js';
export { pages, paginate } from './pagination.js';
export type { Page } from './pagination.js';
export * from './webhooks.js';
export { SDK_VERSION } from './version.js';
