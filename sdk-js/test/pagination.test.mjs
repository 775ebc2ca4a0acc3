// Auto-pagination over the list operations: the cursor of each page (`nextCursor`) is passed as
// `cursor` to fetch the next, until a page has none.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import { createAivaClient, pages, paginate } from '../target/dist/index.js';
import { fakeTime, json, startFakeServer } from './support/fake-server.mjs';

let server;
before(async () => {
  server = await startFakeServer();
});
after(() => server.close());
beforeEach(() => server.reset());

function assignment(n) {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    candidateId: '7d1c2b4e-8f3a-4c5d-9e6f-0a1b2c3d4e5f',
    templateId: '3f9a1c2d-4b5e-4f60-8a7b-9c0d1e2f3a4b',
    status: 'completed',
    deadline: '2026-12-05T17:00:00Z',
    createdAt: '2026-11-28T12:00:00Z',
    updatedAt: '2026-11-28T12:00:00Z',
  };
}

/** Three pages of assignments: [1, 2], [3, 4], [5]; the cursors are opaque to the client. */
function threePages(req, res) {
  const cursor = new URL(req.url, server.origin).searchParams.get('cursor');
  if (cursor === null) return json(res, 200, { data: [assignment(1), assignment(2)], nextCursor: 'b3BhcXVlLTE' });
  if (cursor === 'b3BhcXVlLTE') return json(res, 200, { data: [assignment(3), assignment(4)], nextCursor: 'b3BhcXVlLTI' });
  if (cursor === 'b3BhcXVlLTI') return json(res, 200, { data: [assignment(5)] });
  return json(res, 400, { code: 'validation_failed' });
}

function client() {
  const time = fakeTime();
  return createAivaClient({ baseUrl: server.baseUrl, accessToken: 't', sleep: time.sleep, now: time.clock });
}

describe('paginate', () => {
  test('yields every item of every page, in order, passing each nextCursor on with the same filters', async () => {
    server.handle(threePages);
    const aiva = client();

    const ids = [];
    for await (const a of paginate((cursor) => aiva.assignments.listAssignments({ status: 'completed', limit: 2, cursor }))) {
      ids.push(a.id.slice(-1));
      assert.ok(a.deadline instanceof Date, 'items are the generated models');
    }

    assert.deepEqual(ids, ['1', '2', '3', '4', '5']);
    const queries = server.requests.map((r) => Object.fromEntries(new URL(r.url, server.origin).searchParams));
    assert.deepEqual(queries, [
      { limit: '2', status: 'completed' },
      { limit: '2', status: 'completed', cursor: 'b3BhcXVlLTE' },
      { limit: '2', status: 'completed', cursor: 'b3BhcXVlLTI' },
    ]);
  });

  test('fetches a page only when the items before it are used up, so break stops early', async () => {
    server.handle(threePages);
    const aiva = client();

    for await (const a of paginate((cursor) => aiva.assignments.listAssignments({ cursor }))) {
      if (a.id.endsWith('3')) break;
    }

    assert.equal(server.requests.length, 2);
  });

  test('an empty list is one request and no items', async () => {
    server.handle((req, res) => json(res, 200, { data: [] }));
    const aiva = client();

    const items = [];
    for await (const c of paginate((cursor) => aiva.candidates.listCandidates({ cursor }))) items.push(c);

    assert.deepEqual(items, []);
    assert.equal(server.requests.length, 1);
  });

  test('a server that hands out a cursor twice ends in an error rather than a loop', async () => {
    server.handle((req, res) => json(res, 200, { data: [], nextCursor: 'same' }));
    const aiva = client();

    await assert.rejects(async () => {
      for await (const c of paginate((cursor) => aiva.events.listEvents({ cursor }))) void c;
    }, /cursor "same" twice/);
    assert.equal(server.requests.length, 2);
  });

  test('an error on a later page reaches the loop', async () => {
    server.handle((req, res, r, n) =>
      n === 1 ? json(res, 200, { data: [assignment(1)], nextCursor: 'x' }) : json(res, 404, { code: 'not_found', status: 404 }),
    );
    const aiva = client();
    const seen = [];

    await assert.rejects(
      async () => {
        for await (const a of paginate((cursor) => aiva.assignments.listAssignments({ cursor }))) seen.push(a.id);
      },
      { name: 'AivaApiError', kind: 'not_found' },
    );
    assert.equal(seen.length, 1);
  });
});

describe('pages', () => {
  test('yields whole pages, for batch work', async () => {
    server.handle(threePages);
    const aiva = client();

    const sizes = [];
    for await (const page of pages((cursor) => aiva.assignments.listAssignments({ cursor }))) sizes.push(page.data.length);

    assert.deepEqual(sizes, [2, 2, 1]);
  });
});
