// Drives the generated client (compiled to target/dist) against a local HTTP server that plays
// the AIVA API, and checks what goes over the wire and what the caller gets back.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';

import {
  Configuration,
  ResponseError,
  StatusApi,
  TenantStatus,
  TenantsApi,
} from '../target/dist/index.js';

const TENANT_ID = '0b6f3a52-2d0e-4a39-9d1c-5e1f1e3f8a10';

/** A fake AIVA server: records every request and answers with the current test's handler. */
let server;
let basePath;
let requests;
let handler;

before(async () => {
  server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method, url: req.url, headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  basePath = `http://127.0.0.1:${server.address().port}/api`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests = [];
  handler = (req, res) => problem(res, 500, 'unexpected', `no handler for ${req.method} ${req.url}`);
});

function json(res, status, body, contentType = 'application/json') {
  res.writeHead(status, { 'Content-Type': contentType, 'X-Request-Id': 'req-test-0001' });
  res.end(JSON.stringify(body));
}

function problem(res, status, code, detail) {
  json(
    res,
    status,
    {
      type: `https://aiva.io/problems/${code.replace(/_/g, '-')}`,
      title: status === 404 ? 'Not found' : 'Internal error',
      status,
      code,
      detail,
      requestId: 'req-test-0001',
    },
    'application/problem+json',
  );
}

const tenant = {
  id: TENANT_ID,
  name: 'Acme Robotics',
  slug: 'acme',
  status: 'active',
  createdAt: '2026-11-28T12:00:00Z',
};

describe('StatusApi', () => {
  test('getApiStatus sends GET /api/v1/status without credentials and parses ApiStatus', async () => {
    handler = (req, res) =>
      json(res, 200, { service: 'AIVA', apiVersion: '1.0.0', serverTime: '2026-11-28T12:00:00Z' });

    // The operation is public (security: []), so a configured token must not be sent.
    const api = new StatusApi(new Configuration({ basePath, accessToken: 'secret-token' }));
    const status = await api.getApiStatus();

    assert.equal(requests.length, 1);
    assert.equal(requests[0].method, 'GET');
    assert.equal(requests[0].url, '/api/v1/status');
    assert.equal(requests[0].headers.authorization, undefined);

    assert.equal(status.service, 'AIVA');
    assert.equal(status.apiVersion, '1.0.0');
    assert.ok(status.serverTime instanceof Date, 'serverTime becomes a Date');
    assert.equal(status.serverTime.toISOString(), '2026-11-28T12:00:00.000Z');
  });
});

describe('TenantsApi', () => {
  test('getTenant puts the id in the path and sends the bearer token', async () => {
    handler = (req, res) => json(res, 200, tenant);

    const api = new TenantsApi(new Configuration({ basePath, accessToken: 'token-abc.def' }));
    const result = await api.getTenant({ tenantId: TENANT_ID });

    assert.equal(requests.length, 1);
    assert.equal(requests[0].method, 'GET');
    assert.equal(requests[0].url, `/api/v1/tenants/${TENANT_ID}`);
    assert.equal(requests[0].headers.authorization, 'Bearer token-abc.def');

    assert.equal(result.id, TENANT_ID);
    assert.equal(result.slug, 'acme');
    assert.equal(result.status, TenantStatus.Active);
    assert.ok(result.createdAt instanceof Date);
    assert.equal(result.createdAt.getTime(), Date.parse('2026-11-28T12:00:00Z'));
  });

  test('a token provider function is asked for each call, so short-lived tokens can be refreshed', async () => {
    handler = (req, res) => json(res, 200, tenant);

    let issued = 0;
    const accessToken = async (name) => {
      assert.equal(name, 'bearerAuth');
      issued += 1;
      return `token-${issued}`;
    };
    const api = new TenantsApi(new Configuration({ basePath, accessToken }));
    await api.getTenant({ tenantId: TENANT_ID });
    await api.getTenant({ tenantId: TENANT_ID });

    assert.deepEqual(
      requests.map((r) => r.headers.authorization),
      ['Bearer token-1', 'Bearer token-2'],
    );
  });

  test('listTenants sends limit and cursor as query parameters and parses the page', async () => {
    handler = (req, res) => json(res, 200, { data: [tenant], nextCursor: 'next-page' });

    const api = new TenantsApi(new Configuration({ basePath, accessToken: 't' }));
    const page = await api.listTenants({ limit: 5, cursor: 'c1' });

    const url = new URL(requests[0].url, basePath);
    assert.equal(url.pathname, '/api/v1/tenants');
    assert.equal(url.searchParams.get('limit'), '5');
    assert.equal(url.searchParams.get('cursor'), 'c1');
    assert.equal(page.data.length, 1);
    assert.ok(page.data[0].createdAt instanceof Date);
    assert.equal(page.nextCursor, 'next-page');
  });

  test('createTenant posts the TenantCreate body as JSON', async () => {
    handler = (req, res) =>
      json(res, 201, {
        tenant,
        firstAdmin: { id: 'u-1', email: 'hiring-lead@acme.example', temporaryPassword: 'Temp-1234' },
      });

    const api = new TenantsApi(new Configuration({ basePath, accessToken: 't' }));
    const onboarding = await api.createTenant({
      tenantCreate: {
        name: 'Acme Robotics',
        slug: 'acme',
        firstAdmin: { email: 'hiring-lead@acme.example', firstName: 'Ada', lastName: 'Byron' },
      },
    });

    assert.equal(requests[0].method, 'POST');
    assert.equal(requests[0].url, '/api/v1/tenants');
    assert.match(requests[0].headers['content-type'], /^application\/json/);
    assert.deepEqual(JSON.parse(requests[0].body), {
      name: 'Acme Robotics',
      slug: 'acme',
      firstAdmin: { email: 'hiring-lead@acme.example', firstName: 'Ada', lastName: 'Byron' },
    });
    assert.equal(onboarding.tenant.slug, 'acme');
    assert.equal(onboarding.firstAdmin.temporaryPassword, 'Temp-1234');
  });

  test('a 404 problem+json answer surfaces as ResponseError with a readable problem body', async () => {
    handler = (req, res) => problem(res, 404, 'not_found', 'No tenant with this id.');

    const api = new TenantsApi(new Configuration({ basePath, accessToken: 't' }));
    const error = await api.getTenant({ tenantId: TENANT_ID }).then(
      (value) => assert.fail(`expected a ResponseError, got ${JSON.stringify(value)}`),
      (reason) => reason,
    );

    assert.ok(error instanceof ResponseError, `expected ResponseError, got ${error}`);
    assert.equal(error.response.status, 404);
    assert.match(error.response.headers.get('content-type'), /^application\/problem\+json/);
    const body = await error.response.json();
    assert.equal(body.code, 'not_found');
    assert.equal(body.status, 404);
    assert.equal(body.requestId, 'req-test-0001');
    assert.equal(requests[0].url, `/api/v1/tenants/${TENANT_ID}`);
  });
});
