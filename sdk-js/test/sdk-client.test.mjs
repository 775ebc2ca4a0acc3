// The hand-written client layer (createAivaClient) against a local server that plays the AIVA API
// and Keycloak's token endpoint: retries, Retry-After, idempotency keys, typed errors, tokens.
// Waiting is injected (fakeTime), so no test sleeps.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

import {
  AivaApiError,
  AivaTokenError,
  createAivaClient,
  FetchError,
  SDK_VERSION,
} from '../target/dist/index.js';
import { userAgentHeader } from '../target/dist/client.js';
import { fakeTime, json, problem, startFakeServer } from './support/fake-server.mjs';

const CANDIDATE_ID = '7d1c2b4e-8f3a-4c5d-9e6f-0a1b2c3d4e5f';
const TOKEN_PATH = '/realms/aiva/protocol/openid-connect/token';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const candidate = {
  id: CANDIDATE_ID,
  firstName: 'Grace',
  lastName: 'Hopper',
  email: 'grace.hopper@example.com',
  createdAt: '2026-11-28T12:00:00Z',
  updatedAt: '2026-11-28T12:00:00Z',
};
const candidateCreate = { firstName: 'Grace', lastName: 'Hopper', email: 'grace.hopper@example.com' };

let server;
let time;

before(async () => {
  server = await startFakeServer();
});
after(() => server.close());
beforeEach(() => {
  server.reset();
  time = fakeTime();
});

/** A client with injected time; `random` is 0.5 so each backoff is half its ceiling. */
function client(options = {}) {
  return createAivaClient({
    baseUrl: server.baseUrl,
    accessToken: 'token-1',
    sleep: time.sleep,
    random: () => 0.5,
    now: time.clock,
    ...options,
  });
}

function apiRequests() {
  return server.requests.filter((r) => r.url.startsWith('/api/'));
}

async function rejection(promise) {
  return promise.then(
    (value) => assert.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (reason) => reason,
  );
}

describe('retries', () => {
  test('a GET answered 503 is tried again after a jittered backoff and succeeds', async () => {
    server.handle((req, res, r, n) => (n === 1 ? problem(res, 503, 'unavailable', 'Starting') : json(res, 200, candidate)));

    const result = await client().candidates.getCandidate({ candidateId: CANDIDATE_ID });

    assert.equal(result.id, CANDIDATE_ID);
    assert.equal(server.requests.length, 2);
    assert.deepEqual(time.sleeps, [250]); // 0.5 × min(20 000, 500 × 2^0)
  });

  test('429 waits exactly Retry-After seconds, given as seconds or as an HTTP date', async () => {
    const later = new Date(time.now + 12_000).toUTCString();
    server.handle((req, res, r, n) => {
      if (n === 1) return problem(res, 429, 'rate_limited', 'Slow down', {}, { 'Retry-After': '7' });
      if (n === 2) return problem(res, 429, 'rate_limited', 'Slow down', {}, { 'Retry-After': later });
      return json(res, 200, candidate);
    });

    await client().candidates.getCandidate({ candidateId: CANDIDATE_ID });

    assert.equal(server.requests.length, 3);
    assert.deepEqual(time.sleeps, [7_000, 5_000]); // the date is 12 s after the start, 7 s of which passed
  });

  test('a Retry-After longer than maxRetryAfterMs is not waited for: the 429 surfaces at once', async () => {
    server.handle((req, res) => problem(res, 429, 'rate_limited', 'Slow down', {}, { 'Retry-After': '3600' }));

    const error = await rejection(client().candidates.getCandidate({ candidateId: CANDIDATE_ID }));

    assert.ok(error instanceof AivaApiError);
    assert.equal(error.kind, 'rate_limited');
    assert.equal(error.retryAfterSeconds, 3600);
    assert.equal(server.requests.length, 1);
    assert.deepEqual(time.sleeps, []);
  });

  test('attempts are bounded: four 503s end in an AivaApiError after backoffs doubling per attempt', async () => {
    server.handle((req, res) => problem(res, 503, 'unavailable', 'Down for maintenance'));

    const error = await rejection(client().candidates.getCandidate({ candidateId: CANDIDATE_ID }));

    assert.ok(error instanceof AivaApiError);
    assert.equal(error.status, 503);
    assert.equal(error.kind, 'server_error');
    assert.equal(server.requests.length, 4);
    assert.deepEqual(time.sleeps, [250, 500, 1000]);
  });

  test('full jitter draws each wait uniformly below the doubling ceiling, capped at maxDelayMs', async () => {
    server.handle((req, res) => problem(res, 502, 'bad_gateway', 'Gateway'));
    const draws = [0, 0.999, 0.25, 0.999];

    await rejection(
      client({ random: () => draws.shift(), retry: { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 300 } }).candidates.getCandidate({
        candidateId: CANDIDATE_ID,
      }),
    );

    assert.deepEqual(time.sleeps, [0, 199, 75, 299]); // ceilings 100, 200, 400→300, 800→300
  });

  test('maxAttempts 1 turns retries off', async () => {
    server.handle((req, res) => problem(res, 503, 'unavailable', 'Down'));

    await rejection(client({ retry: { maxAttempts: 1 } }).candidates.getCandidate({ candidateId: CANDIDATE_ID }));

    assert.equal(server.requests.length, 1);
  });

  test('a PATCH (not idempotent, no key) is never tried again', async () => {
    server.handle((req, res) => problem(res, 503, 'unavailable', 'Down'));

    const error = await rejection(
      client().candidates.updateCandidate({ candidateId: CANDIDATE_ID, candidateUpdate: { firstName: 'G' } }),
    );

    assert.equal(error.status, 503);
    assert.equal(server.requests.length, 1);
    assert.equal(server.requests[0].headers['idempotency-key'], undefined);
  });

  test('a connection dropped without an answer is a network error: a GET is tried again', async () => {
    server.handle((req, res, r, n) => (n === 1 ? req.socket.destroy() : json(res, 200, candidate)));

    const result = await client().candidates.getCandidate({ candidateId: CANDIDATE_ID });

    assert.equal(result.email, 'grace.hopper@example.com');
    assert.equal(server.requests.length, 2);
  });

  test('network errors on every attempt end in the generated FetchError with the cause', async () => {
    server.handle((req) => req.socket.destroy());

    const error = await rejection(client().candidates.getCandidate({ candidateId: CANDIDATE_ID }));

    assert.ok(error instanceof FetchError, `got ${error}`);
    assert.ok(error.cause instanceof TypeError);
    assert.equal(server.requests.length, 4);
  });

  test('an attempt without response headers within timeoutMs is abandoned and tried again', async () => {
    let calls = 0;
    const hangingFirst = (input, init) => {
      calls += 1;
      if (calls === 1) {
        // Never answers; only the client's abort ends it.
        return new Promise((resolve, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
      }
      return fetch(input, init);
    };
    server.handle((req, res) => json(res, 200, candidate));

    const result = await client({ fetch: hangingFirst, timeoutMs: 20 }).candidates.getCandidate({ candidateId: CANDIDATE_ID });

    assert.equal(result.id, CANDIDATE_ID);
    assert.equal(calls, 2);
    assert.equal(server.requests.length, 1);
  });

  test('a request the caller aborts is not tried again', async () => {
    server.handle((req, res) => problem(res, 503, 'unavailable', 'Down'));
    const controller = new AbortController();
    const abortingSleep = async (ms) => {
      time.sleeps.push(ms);
      controller.abort();
    };

    const error = await rejection(
      client({ sleep: abortingSleep }).candidates.getCandidate({ candidateId: CANDIDATE_ID }, { signal: controller.signal }),
    );

    assert.ok(error instanceof FetchError);
    assert.equal(error.cause.name, 'AbortError');
    assert.equal(server.requests.length, 1);
  });
});

describe('idempotency keys', () => {
  test('a POST gets an Idempotency-Key, and every retry of it sends the same key', async () => {
    server.handle((req, res, r, n) => {
      if (n === 1) return problem(res, 503, 'unavailable', 'Down');
      if (n === 2) return problem(res, 502, 'bad_gateway', 'Gateway');
      return json(res, 201, candidate);
    });

    const created = await client().candidates.createCandidate({ candidateCreate });

    assert.equal(created.id, CANDIDATE_ID);
    const keys = server.requests.map((r) => r.headers['idempotency-key']);
    assert.equal(keys.length, 3);
    assert.match(keys[0], UUID);
    assert.deepEqual(new Set(keys).size, 1);
    assert.deepEqual(
      server.requests.map((r) => JSON.parse(r.body)),
      [candidateCreate, candidateCreate, candidateCreate],
    );
  });

  test('two POSTs get two different keys', async () => {
    server.handle((req, res) => json(res, 201, candidate));
    const aiva = client();

    await aiva.candidates.createCandidate({ candidateCreate });
    await aiva.candidates.createCandidate({ candidateCreate });

    assert.notEqual(server.requests[0].headers['idempotency-key'], server.requests[1].headers['idempotency-key']);
  });

  test('a key the caller gives is sent as it is and reused on retries', async () => {
    server.handle((req, res, r, n) => (n === 1 ? req.socket.destroy() : json(res, 201, candidate)));

    await client().candidates.createCandidate({ candidateCreate, idempotencyKey: 'ats-application-91822' });

    assert.deepEqual(
      server.requests.map((r) => r.headers['idempotency-key']),
      ['ats-application-91822', 'ats-application-91822'],
    );
  });

  test('409 request_in_progress (the first attempt still runs) is waited out for a keyed POST', async () => {
    server.handle((req, res, r, n) =>
      n === 1 ? problem(res, 409, 'request_in_progress', 'Still running') : json(res, 201, candidate, { 'Idempotent-Replayed': 'true' }),
    );

    const created = await client().candidates.createCandidate({ candidateCreate });

    assert.equal(created.id, CANDIDATE_ID);
    assert.equal(server.requests.length, 2);
    assert.deepEqual(time.sleeps, [250]);
  });

  test('any other 409 is final', async () => {
    server.handle((req, res) =>
      problem(res, 409, 'conflict', 'A candidate with this externalId exists', {
        errors: [{ field: '/externalId', reason: 'is taken' }],
      }),
    );

    const error = await rejection(client().candidates.createCandidate({ candidateCreate }));

    assert.equal(error.kind, 'conflict');
    assert.equal(error.code, 'conflict');
    assert.equal(server.requests.length, 1);
  });

  test('every POST operation of the contract takes an Idempotency-Key, which the layer relies on', () => {
    // The layer keys every POST; this fails if the contract ever gains a POST without the header.
    const apis = new URL('../target/generated-sources/typescript/src/apis/', import.meta.url);
    const sources = ['AssignmentsApi', 'APIClientsApi', 'CandidatesApi', 'QuestionsApi', 'TemplatesApi', 'TenantsApi', 'UsersApi', 'WebhooksApi'];
    let posts = 0;
    for (const name of sources) {
      const source = readFileSync(new URL(`${name}.ts`, apis), 'utf8');
      for (const operation of source.split(/async (?=\w+RequestOpts\()/).slice(1)) {
        if (/method: 'POST'/.test(operation)) {
          posts += 1;
          assert.match(operation, /headerParameters\['Idempotency-Key'\]/, `${name}: ${operation.slice(0, 40)}`);
        }
      }
    }
    assert.ok(posts >= 15, `found ${posts} POST operations`);
  });
});

describe('headers', () => {
  test('every request says which SDK sent it: X-AIVA-SDK, and User-Agent where the runtime allows', async () => {
    server.handle((req, res) => json(res, 200, candidate));

    await client({ userAgent: 'acme-ats/4.2' }).candidates.getCandidate({ candidateId: CANDIDATE_ID });

    const headers = server.requests[0].headers;
    assert.equal(headers['x-aiva-sdk'], `aiva-sdk-js/${SDK_VERSION}`);
    assert.equal(headers['user-agent'], `acme-ats/4.2 aiva-sdk-js/${SDK_VERSION} node/${process.versions.node}`);
    assert.equal(headers.authorization, 'Bearer token-1');
  });

  test('in a browser (no server runtime) no User-Agent is set, since browsers forbid or drop it', () => {
    assert.equal(userAgentHeader('acme-ats/4.2', { document: {} }), undefined);
    assert.equal(userAgentHeader(undefined, { process: { versions: { node: '18.20.0' } } }), `aiva-sdk-js/${SDK_VERSION} node/18.20.0`);
    assert.equal(userAgentHeader(undefined, { Deno: { version: { deno: '2.1.0' } } }), `aiva-sdk-js/${SDK_VERSION} deno/2.1.0`);
  });

  test('the public status operation still goes without a token', async () => {
    server.handle((req, res) => json(res, 200, { service: 'AIVA', apiVersion: '1.0.0', serverTime: '2026-11-28T12:00:00Z' }));

    await client().status.getApiStatus();

    assert.equal(server.requests[0].headers.authorization, undefined);
  });

  test('SDK_VERSION is the package version and the Maven build\'s npm version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const pom = readFileSync(new URL('../pom.xml', import.meta.url), 'utf8');
    assert.equal(SDK_VERSION, pkg.version);
    assert.equal(pom.match(/<aiva\.sdk\.npmVersion>(.*)<\/aiva\.sdk\.npmVersion>/)[1], pkg.version);
  });
});

describe('typed errors', () => {
  test('a 400 becomes an AivaApiError with the problem details, field errors and X-Request-Id', async () => {
    server.handle((req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'req-from-header' });
      res.end(
        JSON.stringify({
          type: 'https://aiva.io/problems/validation-failed',
          title: 'Invalid input',
          status: 400,
          detail: 'The candidate is not valid.',
          instance: '/api/v1/candidates',
          code: 'validation_failed',
          requestId: 'req-from-header',
          errors: [
            { field: '/email', reason: 'must be an e-mail address' },
            { field: '/firstName', reason: 'must not be blank' },
          ],
        }),
      );
    });

    const error = await rejection(client().candidates.createCandidate({ candidateCreate: { ...candidateCreate, email: 'x' } }));

    assert.ok(error instanceof AivaApiError);
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'AivaApiError');
    assert.equal(error.status, 400);
    assert.equal(error.kind, 'invalid_request');
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.type, 'https://aiva.io/problems/validation-failed');
    assert.equal(error.title, 'Invalid input');
    assert.equal(error.detail, 'The candidate is not valid.');
    assert.equal(error.instance, '/api/v1/candidates');
    assert.equal(error.requestId, 'req-from-header');
    assert.deepEqual(error.errors, [
      { field: '/email', reason: 'must be an e-mail address' },
      { field: '/firstName', reason: 'must not be blank' },
    ]);
    assert.match(error.message, /400 validation_failed: The candidate is not valid\. \(request req-from-header\)/);
    assert.equal(server.requests.length, 1, 'a 400 is not retried');
  });

  test('statuses map to kinds', async () => {
    const cases = [
      [401, 'unauthorized', 'unauthenticated'],
      [403, 'forbidden', 'forbidden'],
      [404, 'not_found', 'not_found'],
      [412, 'precondition_failed', 'precondition_failed'],
      [422, 'idempotency_key_reused', 'unprocessable'],
      [500, 'internal_error', 'server_error'],
      [418, 'teapot', 'http_error'],
    ];
    for (const [status, code, kind] of cases) {
      server.handle((req, res) => problem(res, status, code, 'x'));
      const error = await rejection(client().candidates.getCandidate({ candidateId: CANDIDATE_ID }));
      assert.equal(error.kind, kind, `status ${status}`);
      assert.equal(error.code, code);
      assert.equal(error.requestId, 'req-0001');
    }
  });

  test('an answer that is not a problem document (a proxy page) still gives status and request id', async () => {
    server.handle((req, res) => {
      res.writeHead(502, { 'Content-Type': 'text/html', 'X-Request-Id': 'req-proxy' });
      res.end('<html>Bad gateway</html>');
    });

    const error = await rejection(
      client().candidates.updateCandidate({ candidateId: CANDIDATE_ID, candidateUpdate: { firstName: 'G' } }),
    );

    assert.ok(error instanceof AivaApiError);
    assert.equal(error.status, 502);
    assert.equal(error.problem, undefined);
    assert.equal(error.code, undefined);
    assert.deepEqual(error.errors, []);
    assert.equal(error.requestId, 'req-proxy');
  });

  test('middleware the caller adds sees failed answers before they are thrown', async () => {
    server.handle((req, res) => problem(res, 404, 'not_found', 'No candidate'));
    const seen = [];
    const aiva = client({ middleware: [{ post: async ({ response }) => void seen.push(response.status) }] });

    const error = await rejection(aiva.candidates.getCandidate({ candidateId: CANDIDATE_ID }));

    assert.equal(error.kind, 'not_found');
    assert.deepEqual(seen, [404]);
  });
});

describe('client credentials', () => {
  const credentials = () => ({
    tokenUrl: `${server.origin}${TOKEN_PATH}`,
    clientId: 'acme-ats',
    clientSecret: 's3cr:et&+',
  });
  let issued;

  beforeEach(() => {
    issued = 0;
  });

  /** Keycloak's token endpoint (tokens for `lifetime` seconds) and an API that echoes the token. */
  function keycloakAndApi(lifetime = 300) {
    return (req, res, r) => {
      if (req.url === TOKEN_PATH) {
        issued += 1;
        return json(res, 200, { access_token: `kc-token-${issued}`, expires_in: lifetime, token_type: 'Bearer' });
      }
      return json(res, 200, { ...candidate, firstName: r.headers.authorization });
    };
  }

  test('the token request is the client-credentials grant with HTTP Basic client authentication', async () => {
    server.handle(keycloakAndApi());

    await client({ accessToken: undefined, clientCredentials: { ...credentials(), scope: 'aiva' } }).candidates.getCandidate({
      candidateId: CANDIDATE_ID,
    });

    const tokenRequest = server.requests[0];
    assert.equal(tokenRequest.method, 'POST');
    assert.equal(tokenRequest.url, TOKEN_PATH);
    assert.match(tokenRequest.headers['content-type'], /^application\/x-www-form-urlencoded/);
    assert.deepEqual(Object.fromEntries(new URLSearchParams(tokenRequest.body)), { grant_type: 'client_credentials', scope: 'aiva' });
    // RFC 6749 §2.3.1: id and secret form-encoded, then Base64.
    assert.equal(tokenRequest.headers.authorization, `Basic ${Buffer.from('acme-ats:s3cr%3Aet%26%2B').toString('base64')}`);
    assert.equal(tokenRequest.headers['idempotency-key'], undefined);
    assert.equal(tokenRequest.headers['x-aiva-sdk'], undefined);
    assert.equal(apiRequests()[0].headers.authorization, 'Bearer kc-token-1');
  });

  test('a token is cached until 30 s before it expires, then fetched again', async () => {
    server.handle(keycloakAndApi(300));
    const aiva = client({ accessToken: undefined, clientCredentials: credentials() });

    await aiva.candidates.getCandidate({ candidateId: CANDIDATE_ID });
    time.now += 269_000;
    await aiva.candidates.getCandidate({ candidateId: CANDIDATE_ID });
    time.now += 2_000; // 271 s: inside the last 30 s
    await aiva.candidates.getCandidate({ candidateId: CANDIDATE_ID });

    assert.equal(issued, 2);
    assert.deepEqual(
      apiRequests().map((r) => r.headers.authorization),
      ['Bearer kc-token-1', 'Bearer kc-token-1', 'Bearer kc-token-2'],
    );
  });

  test('concurrent requests share one token request', async () => {
    server.handle(keycloakAndApi());
    const aiva = client({ accessToken: undefined, clientCredentials: credentials() });

    await Promise.all(Array.from({ length: 5 }, () => aiva.candidates.getCandidate({ candidateId: CANDIDATE_ID })));

    assert.equal(issued, 1);
    assert.equal(apiRequests().length, 5);
  });

  test('a retry after a long Retry-After gets a fresh token if the first expired meanwhile', async () => {
    const api = keycloakAndApi(60); // refreshed 30 s before expiry
    server.handle((req, res, r, n) =>
      n === 2 ? problem(res, 429, 'rate_limited', 'Slow down', {}, { 'Retry-After': '40' }) : api(req, res, r),
    );

    await client({ accessToken: undefined, clientCredentials: credentials() }).candidates.getCandidate({ candidateId: CANDIDATE_ID });

    assert.deepEqual(
      apiRequests().map((r) => r.headers.authorization),
      ['Bearer kc-token-1', 'Bearer kc-token-2'],
    );
  });

  test('refused credentials are an AivaTokenError with the OAuth error, not retried', async () => {
    server.handle((req, res) =>
      json(res, 401, { error: 'unauthorized_client', error_description: 'Invalid client or Invalid client credentials' }),
    );

    const error = await rejection(
      client({ accessToken: undefined, clientCredentials: credentials() }).candidates.getCandidate({ candidateId: CANDIDATE_ID }),
    );

    assert.ok(error instanceof AivaTokenError, `got ${error}`);
    assert.equal(error.status, 401);
    assert.equal(error.error, 'unauthorized_client');
    assert.equal(error.errorDescription, 'Invalid client or Invalid client credentials');
    assert.equal(server.requests.length, 1);
  });

  test('a token endpoint that is briefly unavailable is tried again', async () => {
    const api = keycloakAndApi();
    server.handle((req, res, r, n) => (n === 1 ? problem(res, 503, 'unavailable', 'Keycloak starting') : api(req, res, r)));

    const result = await client({ accessToken: undefined, clientCredentials: credentials() }).candidates.getCandidate({
      candidateId: CANDIDATE_ID,
    });

    assert.equal(result.firstName, 'Bearer kc-token-1');
    assert.deepEqual(time.sleeps, [250]);
  });

  test('a token function is asked before each request', async () => {
    server.handle((req, res) => json(res, 200, candidate));
    let n = 0;
    const aiva = client({ accessToken: async () => `fn-token-${++n}` });

    await aiva.candidates.getCandidate({ candidateId: CANDIDATE_ID });
    await aiva.candidates.getCandidate({ candidateId: CANDIDATE_ID });

    assert.deepEqual(
      server.requests.map((r) => r.headers.authorization),
      ['Bearer fn-token-1', 'Bearer fn-token-2'],
    );
  });

  test('giving both a token and client credentials is refused', () => {
    assert.throws(() => client({ clientCredentials: credentials() }), /not both/);
  });
});
