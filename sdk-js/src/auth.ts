import type { FetchAPI } from './generated/index.js';
import { AivaTokenError } from './errors.js';

/** Your company's API client at AIVA's Keycloak (OAuth 2.0 client-credentials grant). */
export interface ClientCredentials {
  /** The realm's token endpoint, such as `https://login.aiva.example/realms/aiva/protocol/openid-connect/token`. */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes to ask for; none by default. */
  scope?: string;
}

/** Hands out access tokens; the client asks it before each request that needs one. */
export interface TokenSource {
  getToken(): Promise<string>;
  /** Forget a cached token, so the next `getToken` fetches a new one. */
  invalidate(): void;
}

/** A token is replaced this long before it expires (or at half its life, if that is sooner). */
const REFRESH_MARGIN_MS = 30_000;

/** Lifetime assumed when the token endpoint does not say (`expires_in` is only recommended). */
const DEFAULT_LIFETIME_SECONDS = 60;

/**
 * Tokens by the client-credentials grant, cached until shortly before they expire. Concurrent
 * callers share one token request: however many requests start at once, one token is fetched.
 * The client authenticates with HTTP Basic (RFC 6749 §2.3.1).
 */
export function clientCredentialsTokenSource(
  credentials: ClientCredentials,
  fetchApi: FetchAPI,
  now: () => number = Date.now,
): TokenSource {
  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (credentials.scope) {
      form.set('scope', credentials.scope);
    }
    const basic = btoa(`${formEncode(credentials.clientId)}:${formEncode(credentials.clientSecret)}`);
    const requestedAt = now();
    let response: Response;
    try {
      response = await fetchApi(credentials.tokenUrl, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${basic}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: form.toString(),
      });
    } catch (error) {
      throw new AivaTokenError(`The token endpoint could not be reached: ${describe(error)}`);
    }
    let body: Record<string, unknown> = {};
    try {
      const json: unknown = await response.json();
      if (json !== null && typeof json === 'object') {
        body = json as Record<string, unknown>;
      }
    } catch {
      // not JSON: reported below by status
    }
    if (!response.ok || typeof body.access_token !== 'string') {
      const error = typeof body.error === 'string' ? body.error : undefined;
      const description = typeof body.error_description === 'string' ? body.error_description : undefined;
      throw new AivaTokenError(
        `The token endpoint answered ${response.status}` +
          (error ? ` ${error}` : '') +
          (description ? `: ${description}` : response.ok ? ': no access_token' : ''),
        response.status,
        error,
        description,
      );
    }
    const lifetimeMs =
      (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_LIFETIME_SECONDS) * 1000;
    cached = {
      token: body.access_token,
      refreshAt: requestedAt + lifetimeMs - Math.min(REFRESH_MARGIN_MS, lifetimeMs / 2),
    };
    return body.access_token;
  }

  return {
    getToken() {
      if (cached && now() < cached.refreshAt) {
        return Promise.resolve(cached.token);
      }
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
  };
}

/** application/x-www-form-urlencoded, as RFC 6749 §2.3.1 asks for the id and secret before Base64. */
function formEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
