// Every TypeScript snippet of README.md and EMBED.md compiles against the built package, imported
// by its name through package.json "exports" as a user's code would; the README's quickstart also
// runs, against a local server that plays AIVA and Keycloak.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { json, problem, startFakeServer } from './support/fake-server.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const snippetsDir = `${root}target/snippets`;
const tsc = `${root}node_modules/typescript/bin/tsc`;

/** The ```ts blocks of a Markdown file, each with the `<!-- snippet: name -->` line before it, if any. */
function snippets(file) {
  const text = readFileSync(`${root}${file}`, 'utf8');
  const found = [];
  const pattern = /(?:<!-- snippet: ([^>]*?) -->\n)?```ts\n([\s\S]*?)```/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push({ file, name: m[1] ?? `block ${found.length + 1}`, code: m[2] });
  }
  return found;
}

const all = [...snippets('README.md'), ...snippets('EMBED.md')];
const fileOf = (snippet) => `${snippet.file.replace('.md', '')}-${all.indexOf(snippet) + 1}`;

let compiled;
before(async () => {
  rmSync(snippetsDir, { recursive: true, force: true });
  mkdirSync(snippetsDir, { recursive: true });
  for (const snippet of all) {
    writeFileSync(`${snippetsDir}/${fileOf(snippet)}.ts`, `// ${snippet.file}: ${snippet.name}\n${snippet.code}`);
  }
  // What a strict TypeScript project in Node would use; "@aiva/sdk" resolves to this package by its
  // own name (the snippets lie inside it), through "exports".
  writeFileSync(
    `${snippetsDir}/tsconfig.json`,
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: ['node'],
        strict: true,
        skipLibCheck: true, // the package's declarations are checked in package.test.mjs
        outDir: 'out',
        rootDir: '.',
      },
      include: ['*.ts'],
    }),
  );
  compiled = run(process.execPath, [tsc, '-p', `${snippetsDir}/tsconfig.json`], { cwd: root }).then(
    () => ({ ok: true }),
    (error) => ({ ok: false, output: `${error.stdout}${error.stderr}` }),
  );
});

describe('documentation snippets', () => {
  test('README.md and EMBED.md have the snippets this test expects', () => {
    assert.deepEqual(
      all.map((s) => `${s.file}: ${s.name}`),
      [
        'README.md: quickstart (run by test/docs.test.mjs)',
        'README.md: idempotency',
        'README.md: webhook receiver',
        'README.md: embed',
        'EMBED.md: block 1',
        'EMBED.md: block 2',
      ],
    );
  });

  test('all compile with strict TypeScript against the package', async () => {
    const result = await compiled;
    assert.ok(result.ok, result.output);
  });

  describe('the quickstart runs', () => {
    let server;
    const created = [];
    before(async () => {
      server = await startFakeServer();
      server.handle((req, res, r) => {
        const url = new URL(req.url, server.origin);
        if (url.pathname === '/realms/aiva/protocol/openid-connect/token') {
          return json(res, 200, { access_token: 'kc-token', expires_in: 300, token_type: 'Bearer' });
        }
        if (req.headers.authorization !== 'Bearer kc-token') return problem(res, 401, 'unauthorized', 'No token');
        if (req.method === 'POST' && url.pathname === '/api/v1/candidates') {
          created.push(r.headers['idempotency-key']);
          return json(res, 201, { id: 'c-1', ...JSON.parse(r.body), createdAt: '2026-11-28T12:00:00Z', updatedAt: '2026-11-28T12:00:00Z' });
        }
        if (req.method === 'POST' && url.pathname === '/api/v1/assignments') {
          const body = JSON.parse(r.body);
          return json(res, 201, {
            assignment: { ...assignment('a-new', 'invited'), templateId: body.templateId, externalReference: body.externalReference },
            launchUrl: 'https://aiva.example/interview/launch#token',
            launchUrlExpiresAt: '2026-12-01T12:00:00Z',
          });
        }
        if (req.method === 'GET' && url.pathname === '/api/v1/assignments') {
          return url.searchParams.get('cursor') === null
            ? json(res, 200, { data: [assignment('a-1', 'completed', 'app-1')], nextCursor: 'p2' })
            : json(res, 200, { data: [assignment('a-2', 'completed', 'app-2')] });
        }
        const scorecard = url.pathname.match(/^\/api\/v1\/assignments\/(a-\d)\/scorecard$/);
        if (scorecard) {
          return json(
            res,
            200,
            scorecard[1] === 'a-1'
              ? { assignmentId: 'a-1', status: 'ready', overallScore: 0.82, recommendation: 'advance' }
              : { assignmentId: 'a-2', status: 'pending' },
          );
        }
        return problem(res, 404, 'not_found', 'Nothing here');
      });
    });
    after(() => server.close());

    function assignment(id, status, externalReference) {
      return {
        id,
        candidateId: 'c-1',
        templateId: 't-1',
        templateName: 'Backend engineer',
        status,
        language: 'en',
        questionCount: 6,
        deadline: '2026-12-05T17:00:00Z',
        createdAt: '2026-11-28T12:00:00Z',
        updatedAt: '2026-11-28T12:00:00Z',
        ...(externalReference ? { externalReference } : {}),
      };
    }

    test('creates, assigns, pages through the completed, reads scorecards and reports a 404', async () => {
      const result = await compiled;
      assert.ok(result.ok, result.output);

      const { stdout } = await run(process.execPath, [`${snippetsDir}/out/README-1.js`], {
        cwd: root,
        env: {
          ...process.env,
          AIVA_BASE_URL: server.baseUrl,
          AIVA_TOKEN_URL: `${server.origin}/realms/aiva/protocol/openid-connect/token`,
          AIVA_CLIENT_ID: 'acme-ats',
          AIVA_CLIENT_SECRET: 'secret',
          AIVA_TEMPLATE_ID: 't-1',
        },
      });

      assert.deepEqual(stdout.trim().split('\n'), [
        'assignment a-new is invited; send the candidate https://aiva.example/interview/launch#token',
        'app-1: 0.82 advance',
        'no such candidate: not_found (request req-0001)',
      ]);
      assert.equal(created.length, 1);
      assert.match(created[0], /^[0-9a-f-]{36}$/);
      assert.equal(server.requests.filter((r) => r.url.includes('openid-connect')).length, 1, 'one token for the whole run');
    });
  });
});
