// Webhook verification per Standard Webhooks 1.0: the published test vector byte for byte, and the
// official npm library (standardwebhooks) as the other side, signing and verifying.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Webhook } from 'standardwebhooks';

import { signWebhook, WebhookVerificationError, WebhookVerifier } from '../target/dist/webhooks.js';
import * as sdk from '../target/dist/index.js';
import { webCrypto } from '../target/dist/crypto.js';

// The Standard Webhooks specification's test vector (also reproduced by the server's WebhookSignatureTest).
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

const secretA = `whsec_${Buffer.from('a'.repeat(32)).toString('base64')}`;
const secretB = `whsec_${Buffer.from('secret number two, 32 bytes long').toString('base64')}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);

function headers(id, timestamp, signature) {
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signature };
}

async function verificationError(promise) {
  return promise.then(
    (value) => assert.fail(`expected a WebhookVerificationError, got ${JSON.stringify(value)}`),
    (reason) => {
      assert.ok(reason instanceof WebhookVerificationError, `got ${reason}`);
      return reason;
    },
  );
}

describe('the Standard Webhooks test vector', () => {
  test('is reproduced byte for byte', async () => {
    assert.equal(await signWebhook(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body), VECTOR.signature);
  });

  test('verifies at its own time, from text or from bytes', async () => {
    const verifier = new WebhookVerifier(VECTOR.secret, { now: () => VECTOR.timestamp * 1000 });
    const h = headers(VECTOR.id, VECTOR.timestamp, VECTOR.signature);

    assert.deepEqual(await verifier.verify(VECTOR.body, h), { test: 2432232314 });
    assert.deepEqual(await verifier.verify(new TextEncoder().encode(VECTOR.body), new Headers(h)), { test: 2432232314 });
  });

  test('the official library signs it the same', () => {
    assert.equal(new Webhook(VECTOR.secret).sign(VECTOR.id, new Date(VECTOR.timestamp * 1000), VECTOR.body), VECTOR.signature);
  });

  test('the index re-exports the same verifier', () => {
    assert.equal(sdk.WebhookVerifier, WebhookVerifier);
  });
});

describe('against the official standardwebhooks library', () => {
  const body = JSON.stringify({
    type: 'assignment.completed',
    timestamp: '2026-11-28T12:00:00Z',
    data: { assignmentId: '00000000-0000-4000-8000-000000000001', note: 'café ✓' },
  });

  test('what the SDK signs, the official library verifies', async () => {
    const ts = nowSeconds();
    const signature = await signWebhook(secretA, 'evt_1', ts, body);

    const verified = new Webhook(secretA).verify(body, headers('evt_1', ts, signature));

    assert.equal(verified.type, 'assignment.completed');
  });

  test('what the official library signs, the SDK verifies, from text, bytes, Headers or Node-style headers', async () => {
    const ts = nowSeconds();
    const signature = new Webhook(secretA).sign('evt_2', new Date(ts * 1000), body);
    const verifier = new WebhookVerifier(secretA);

    const fromText = await verifier.verify(body, headers('evt_2', ts, signature));
    const fromBytes = await verifier.verify(Buffer.from(body, 'utf8'), new Headers(headers('evt_2', ts, signature)));
    const fromNode = await verifier.verify(body, {
      'Webhook-Id': 'evt_2',
      'webhook-timestamp': String(ts),
      'webhook-signature': [signature],
      host: 'receiver.example',
    });

    for (const event of [fromText, fromBytes, fromNode]) {
      assert.equal(event.type, 'assignment.completed');
      assert.equal(event.data.note, 'café ✓');
    }
  });

  test('each side refuses what the other refuses: a changed body', async () => {
    const ts = nowSeconds();
    const signature = await signWebhook(secretA, 'evt_3', ts, body);
    const changed = body.replace('completed', 'canceled');

    assert.throws(() => new Webhook(secretA).verify(changed, headers('evt_3', ts, signature)), /No matching signature/);
    const error = await verificationError(new WebhookVerifier(secretA).verify(changed, headers('evt_3', ts, signature)));
    assert.equal(error.reason, 'no_matching_signature');
  });
});

describe('verification', () => {
  const body = '{"type":"scorecard.ready","timestamp":"2026-11-28T12:00:00Z","data":{}}';

  test('during a secret rotation a delivery carries two signatures; either secret verifies it', async () => {
    const ts = nowSeconds();
    const both = await new WebhookVerifier([secretB, secretA]).sign('evt_4', ts, body);
    assert.equal(both.split(' ').length, 2);

    for (const secrets of [secretA, secretB, [secretA], ['whsec_' + Buffer.from('other key').toString('base64'), secretB]]) {
      const event = await new WebhookVerifier(secrets).verify(body, headers('evt_4', ts, both));
      assert.equal(event.type, 'scorecard.ready');
    }
    // The official library agrees.
    assert.equal(new Webhook(secretA).verify(body, headers('evt_4', ts, both)).type, 'scorecard.ready');
  });

  test('a receiver holding the old and the new secret accepts a delivery signed by either', async () => {
    const ts = nowSeconds();
    const verifier = new WebhookVerifier([secretA, secretB]);

    for (const secret of [secretA, secretB]) {
      const signature = await signWebhook(secret, 'evt_5', ts, body);
      assert.equal((await verifier.verify(body, headers('evt_5', ts, signature))).type, 'scorecard.ready');
    }
  });

  test('the id and the timestamp are signed too', async () => {
    const ts = nowSeconds();
    const signature = await signWebhook(secretA, 'evt_6', ts, body);
    const verifier = new WebhookVerifier(secretA);

    assert.equal((await verificationError(verifier.verify(body, headers('evt_7', ts, signature)))).reason, 'no_matching_signature');
    assert.equal((await verificationError(verifier.verify(body, headers('evt_6', ts - 1, signature)))).reason, 'no_matching_signature');
  });

  test('another secret does not verify', async () => {
    const ts = nowSeconds();
    const signature = await signWebhook(secretA, 'evt_8', ts, body);

    const error = await verificationError(new WebhookVerifier(secretB).verify(body, headers('evt_8', ts, signature)));

    assert.equal(error.reason, 'no_matching_signature');
  });

  test('timestamps more than five minutes from now, either way, are refused', async () => {
    const ts = VECTOR.timestamp;
    const signature = VECTOR.signature;
    const at = (offsetSeconds) => new WebhookVerifier(VECTOR.secret, { now: () => (ts + offsetSeconds) * 1000 });
    const h = headers(VECTOR.id, ts, signature);

    assert.deepEqual(await at(300).verify(VECTOR.body, h), { test: 2432232314 });
    assert.deepEqual(await at(-300).verify(VECTOR.body, h), { test: 2432232314 });
    assert.equal((await verificationError(at(301).verify(VECTOR.body, h))).reason, 'timestamp_out_of_tolerance');
    assert.equal((await verificationError(at(-301).verify(VECTOR.body, h))).reason, 'timestamp_out_of_tolerance');
    // The tolerance is an option.
    assert.deepEqual(
      await new WebhookVerifier(VECTOR.secret, { toleranceSeconds: 600, now: () => (ts + 600) * 1000 }).verify(VECTOR.body, h),
      { test: 2432232314 },
    );
  });

  test('missing headers and a timestamp that is not Unix seconds are refused before any signature work', async () => {
    const verifier = new WebhookVerifier(VECTOR.secret, { now: () => VECTOR.timestamp * 1000 });
    const full = headers(VECTOR.id, VECTOR.timestamp, VECTOR.signature);

    for (const name of Object.keys(full)) {
      const partial = { ...full };
      delete partial[name];
      assert.equal((await verificationError(verifier.verify(VECTOR.body, partial))).reason, 'missing_header');
    }
    for (const bad of ['1614265330.5', 'soon', '-1614265330', '']) {
      const error = await verificationError(verifier.verify(VECTOR.body, { ...full, 'webhook-timestamp': bad }));
      assert.equal(error.reason, 'invalid_timestamp', bad);
    }
  });

  test('only v1 entries count; malformed entries are skipped, not fatal', async () => {
    const verifier = new WebhookVerifier(VECTOR.secret, { now: () => VECTOR.timestamp * 1000 });
    const value = VECTOR.signature.slice(3);
    const h = (signature) => headers(VECTOR.id, VECTOR.timestamp, signature);

    assert.equal((await verificationError(verifier.verify(VECTOR.body, h(`v1a,${value}`)))).reason, 'no_matching_signature');
    assert.equal((await verificationError(verifier.verify(VECTOR.body, h(`v2,${value}`)))).reason, 'no_matching_signature');
    assert.equal((await verificationError(verifier.verify(VECTOR.body, h(value)))).reason, 'no_matching_signature');
    assert.deepEqual(await verifier.verify(VECTOR.body, h(`v1,%%%not-base64 v1a,xyz ${VECTOR.signature}`)), { test: 2432232314 });
    // A truncated signature is another length, never equal.
    assert.equal((await verificationError(verifier.verify(VECTOR.body, h(VECTOR.signature.slice(0, -4))))).reason, 'no_matching_signature');
  });

  test('a signed body that is not JSON is refused as invalid_payload', async () => {
    const ts = nowSeconds();
    const signature = await signWebhook(secretA, 'evt_9', ts, 'not json');

    const error = await verificationError(new WebhookVerifier(secretA).verify('not json', headers('evt_9', ts, signature)));

    assert.equal(error.reason, 'invalid_payload');
  });

  test('a secret must be whsec_ and Base64, checked when the verifier is made', () => {
    assert.throws(() => new WebhookVerifier('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'), /starts with whsec_/);
    assert.throws(() => new WebhookVerifier('whsec_'), /Base64/);
    assert.throws(() => new WebhookVerifier('whsec_!!!'), /Base64/);
    assert.throws(() => new WebhookVerifier([]), /At least one/);
  });
});

describe('Web Crypto', () => {
  test('without a global crypto (as in Node 18) it comes from node:crypto', async () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto'); // none in Node 18
    Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true, writable: true });
    try {
      const crypto = await webCrypto();
      assert.equal(typeof crypto.subtle.sign, 'function');
      assert.equal(await signWebhook(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body), VECTOR.signature);
    } finally {
      if (original) Object.defineProperty(globalThis, 'crypto', original);
      else delete globalThis.crypto;
    }
  });
});
