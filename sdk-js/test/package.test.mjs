// `npm pack` makes a package that holds the compiled client, the layer and their types, and
// nothing else; it installs into an empty project (offline: it has no dependencies), loads there by
// its three entry points, and type-checks a consumer with the package's declarations checked too.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let work;
let packed;
let project;
before(async () => {
  work = mkdtempSync(`${tmpdir()}/aiva-sdk-pack-`);
  const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', work], { cwd: root });
  packed = JSON.parse(stdout)[0];
  project = `${work}/consumer`;
  await run('mkdir', ['-p', project]);
  writeFileSync(`${project}/package.json`, JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  await run(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', `${work}/${packed.filename}`], {
    cwd: project,
  });
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('npm pack', () => {
  test('holds the compiled generated client, the layer, their declarations and the docs, nothing else', () => {
    const paths = packed.files.map((f) => f.path);
    for (const required of [
      'package.json',
      'README.md',
      'EMBED.md',
      'target/dist/index.js',
      'target/dist/index.d.ts',
      'target/dist/embed.js',
      'target/dist/embed.d.ts',
      'target/dist/webhooks.js',
      'target/dist/webhooks.d.ts',
      'target/dist/client.d.ts',
      'target/dist/generated/index.js',
      'target/dist/generated/runtime.d.ts',
      'target/dist/generated/apis/CandidatesApi.js',
      'target/dist/generated/models/Problem.d.ts',
    ]) {
      assert.ok(paths.includes(required), `missing ${required}`);
    }
    const stray = paths.filter((p) => !/^(package\.json|README\.md|EMBED\.md|target\/dist\/.+\.(js|d\.ts))$/.test(p));
    assert.deepEqual(stray, []);
    assert.equal(packed.name, '@aiva/sdk');
  });

  test('installs and loads by its entry points in plain Node', async () => {
    const script = `
      import * as sdk from '@aiva/sdk';
      import * as embed from '@aiva/sdk/embed';
      import * as webhooks from '@aiva/sdk/webhooks';
      import pkg from '@aiva/sdk/package.json' with { type: 'json' };
      const aiva = sdk.createAivaClient({ baseUrl: 'https://aiva.example/api', accessToken: 't' });
      console.log(JSON.stringify({
        version: sdk.SDK_VERSION === pkg.version,
        apis: typeof aiva.candidates.createCandidate,
        generated: typeof sdk.CandidatesApi,
        errors: typeof sdk.AivaApiError,
        paginate: typeof sdk.paginate,
        verifier: webhooks.WebhookVerifier === sdk.WebhookVerifier,
        embed: typeof embed.AIVA.mount,
        signature: await webhooks.signWebhook('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}'),
      }));`;
    writeFileSync(`${project}/load.mjs`, script);

    const { stdout } = await run(process.execPath, ['load.mjs'], { cwd: project });

    assert.deepEqual(JSON.parse(stdout), {
      version: true,
      apis: 'function',
      generated: 'function',
      errors: 'function',
      paginate: 'function',
      verifier: true,
      embed: 'function',
      signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    });
  });

  test('its declarations type-check a consumer, under NodeNext and bundler resolution', async () => {
    writeFileSync(
      `${project}/consumer.ts`,
      `
      import { AivaApiError, createAivaClient, paginate, type AivaClient, type Candidate } from '@aiva/sdk';
      import { mount, type InterviewEvent } from '@aiva/sdk/embed';
      import { WebhookVerifier, type WebhookPayload } from '@aiva/sdk/webhooks';

      const aiva: AivaClient = createAivaClient({ baseUrl: 'https://aiva.example/api', accessToken: async () => 't' });
      export async function names(): Promise<string[]> {
        const out: string[] = [];
        for await (const c of paginate((cursor) => aiva.candidates.listCandidates({ cursor }))) {
          const candidate: Candidate = c;
          out.push(candidate.firstName);
        }
        return out;
      }
      export function kind(e: unknown): string | undefined {
        return e instanceof AivaApiError ? e.kind + (e.errors[0]?.field ?? '') : undefined;
      }
      export async function receive(body: string, headers: Headers): Promise<string> {
        const event: WebhookPayload = await new WebhookVerifier('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw').verify(body, headers);
        return event.type;
      }
      export function show(element: Element, launchUrl: string): () => void {
        const onEvent = (event: InterviewEvent) => {
          if (event.type === 'question') console.log(event.payload.ordinal);
        };
        return mount(element, { launchUrl, onEvent }).unmount;
      }
      `,
    );
    for (const moduleResolution of ['NodeNext', 'Bundler']) {
      const compilerOptions = {
        target: 'ES2022',
        module: moduleResolution === 'NodeNext' ? 'NodeNext' : 'ES2022',
        moduleResolution,
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        types: [],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
      };
      writeFileSync(`${project}/tsconfig.json`, JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
      await run(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${project}/tsconfig.json`]).catch((error) =>
        assert.fail(`${moduleResolution}: ${error.stdout}${error.stderr}`),
      );
    }
  });
});
