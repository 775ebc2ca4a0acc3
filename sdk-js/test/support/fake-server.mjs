// A local HTTP server that plays the AIVA API (and Keycloak's token endpoint) for one test file:
// it records every request and answers with the handler the current test set.
import { createServer } from 'node:http';

export async function startFakeServer() {
  const requests = [];
  let handler = (req, res) => problem(res, 500, 'internal_error', `no handler for ${req.method} ${req.url}`);
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(request);
      handler(req, res, request, requests.length);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    baseUrl: `${origin}/api`,
    requests,
    /** handler(req, res, request, n): n counts requests from 1 since the last reset. */
    handle(next) {
      handler = next;
    },
    reset() {
      requests.length = 0;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export function json(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'X-Request-Id': 'req-0001', ...headers });
  res.end(JSON.stringify(body));
}

export function problem(res, status, code, detail, extra = {}, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'req-0001', ...headers });
  res.end(
    JSON.stringify({
      type: `https://aiva.io/problems/${code.replace(/_/g, '-')}`,
      title: 'Problem',
      status,
      code,
      detail,
      requestId: 'req-0001',
      ...extra,
    }),
  );
}

/** Test seams for the client: a clock that sleeping moves forward, and the waits asked for. */
export function fakeTime(start = Date.parse('2026-11-28T12:00:00Z')) {
  const time = { now: start, sleeps: [] };
  time.clock = () => time.now;
  time.sleep = async (ms) => {
    time.sleeps.push(ms);
    time.now += ms;
  };
  return time;
}
