import type { EventType } from './generated/index.js';
import { webCrypto } from './crypto.js';

/**
 * Verifying AIVA's webhook deliveries, per Standard Webhooks 1.0: the signature is
 * `v1,` + Base64(HMAC-SHA256(key, `{webhook-id}.{webhook-timestamp}.{body}`)), the key being the
 * endpoint's secret without `whsec_`, Base64-decoded; `webhook-signature` holds one or more such
 * entries separated by spaces (two while a rotated secret is in its 24-hour overlap). Web Crypto
 * only, so it runs in Node 18+, browsers, Deno, Bun and edge runtimes alike.
 */

/** How far `webhook-timestamp` may be from now, either way: five minutes, as Standard Webhooks says. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

const SECRET_PREFIX = 'whsec_';
const encoder = new TextEncoder();

/** The headers of a delivery: a `Headers`, or a plain object such as Node's `req.headers`. */
export type WebhookHeaders = Headers | Record<string, string | readonly string[] | undefined>;

/**
 * The JSON body of an AIVA delivery. Its `webhook-id` header is the event's id: the same on every
 * retry and replay, so drop a delivery whose id you have handled before.
 */
export interface WebhookPayload<D = Record<string, unknown>> {
  /** Such as `assignment.completed`; ignore types you do not know. */
  type: EventType | (string & {});
  /** When the event happened (RFC 3339). */
  timestamp: string;
  /** As in `GET /v1/events`. */
  data: D;
}

export type WebhookVerificationReason =
  | 'missing_header' // a webhook-* header is absent
  | 'invalid_timestamp' // webhook-timestamp is not whole seconds
  | 'timestamp_out_of_tolerance' // too old (a replay?) or too far in the future
  | 'no_matching_signature' // no v1 signature matches any secret
  | 'invalid_payload'; // signed, but not JSON

/** The delivery is not (provably) from AIVA, or not fresh: answer it with 400 and do nothing. */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';

  constructor(
    readonly reason: WebhookVerificationReason,
    message: string,
  ) {
    super(message);
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export interface WebhookVerifierOptions {
  /** Default {@link DEFAULT_TOLERANCE_SECONDS}. */
  toleranceSeconds?: number;
  /** The clock, in ms since the epoch (default `Date.now`). */
  now?: () => number;
}

/**
 * Verifies deliveries to one endpoint. Give it the endpoint's secret (`whsec_...`), or several
 * while you move your receiver from one secret to the next: a delivery signed by any is accepted.
 *
 * Verify the body exactly as received (the raw bytes or text), never JSON re-serialized.
 */
export class WebhookVerifier {
  private readonly keys: Promise<CryptoKey[]>;
  private readonly toleranceSeconds: number;
  private readonly now: () => number;

  constructor(secret: string | readonly string[], options: WebhookVerifierOptions = {}) {
    const secrets = typeof secret === 'string' ? [secret] : [...secret];
    if (secrets.length === 0) {
      throw new TypeError('At least one webhook secret is required');
    }
    const raw = secrets.map(decodeSecret); // throws now, not at the first delivery
    this.keys = Promise.all(raw.map(importKey));
    this.toleranceSeconds = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
    this.now = options.now ?? Date.now;
  }

  /**
   * Checks the headers and the signature and answers the parsed body (as the Standard Webhooks
   * libraries do); throws {@link WebhookVerificationError} for anything a genuine, fresh delivery
   * would not have.
   */
  async verify<T = WebhookPayload>(payload: string | Uint8Array | ArrayBuffer, headers: WebhookHeaders): Promise<T> {
    const id = header(headers, 'webhook-id');
    const timestampHeader = header(headers, 'webhook-timestamp');
    const signatureHeader = header(headers, 'webhook-signature');
    if (id === undefined || timestampHeader === undefined || signatureHeader === undefined) {
      throw new WebhookVerificationError(
        'missing_header',
        'A delivery carries webhook-id, webhook-timestamp and webhook-signature',
      );
    }
    if (!/^\d{1,15}$/.test(timestampHeader.trim())) {
      throw new WebhookVerificationError('invalid_timestamp', 'webhook-timestamp is not Unix seconds');
    }
    const timestamp = Number(timestampHeader.trim());
    const nowSeconds = Math.floor(this.now() / 1000);
    if (Math.abs(nowSeconds - timestamp) > this.toleranceSeconds) {
      throw new WebhookVerificationError(
        'timestamp_out_of_tolerance',
        `webhook-timestamp is ${nowSeconds - timestamp} s from now; at most ${this.toleranceSeconds} s are allowed`,
      );
    }

    const presented = signatureHeader
      .split(' ')
      .map((entry) => entry.split(','))
      .filter(([version, value]) => version === 'v1' && value !== undefined)
      .map(([, value]) => decodeBase64(value))
      .filter((bytes): bytes is Uint8Array<ArrayBuffer> => bytes !== undefined);
    const content = signedContent(id, timestampHeader.trim(), payload);
    const subtle = (await webCrypto()).subtle;
    let matched = false;
    for (const key of await this.keys) {
      const expected = new Uint8Array(await subtle.sign('HMAC', key, content));
      for (const candidate of presented) {
        // No early exit: every pair is compared in constant time.
        matched = constantTimeEqual(expected, candidate) || matched;
      }
    }
    if (!matched) {
      throw new WebhookVerificationError('no_matching_signature', 'No webhook signature matches the secret');
    }

    try {
      return JSON.parse(typeof payload === 'string' ? payload : new TextDecoder().decode(payload)) as T;
    } catch {
      throw new WebhookVerificationError('invalid_payload', 'The delivery body is not JSON');
    }
  }

  /** The `webhook-signature` value for a delivery, one `v1,` entry per secret: for tests of your receiver. */
  async sign(id: string, timestampSeconds: number, payload: string | Uint8Array | ArrayBuffer): Promise<string> {
    const subtle = (await webCrypto()).subtle;
    const content = signedContent(id, String(timestampSeconds), payload);
    const signatures: string[] = [];
    for (const key of await this.keys) {
      signatures.push(`v1,${encodeBase64(new Uint8Array(await subtle.sign('HMAC', key, content)))}`);
    }
    return signatures.join(' ');
  }
}

/** The `webhook-signature` entry (`v1,...`) for one secret. */
export function signWebhook(
  secret: string,
  id: string,
  timestampSeconds: number,
  payload: string | Uint8Array | ArrayBuffer,
): Promise<string> {
  return new WebhookVerifier(secret).sign(id, timestampSeconds, payload);
}

/** `{id}.{timestamp}.` followed by the body's bytes, exactly as received. */
function signedContent(id: string, timestamp: string, payload: string | Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${id}.${timestamp}.`);
  const body = typeof payload === 'string' ? encoder.encode(payload) : new Uint8Array(payload as ArrayBufferLike);
  const content = new Uint8Array(prefix.length + body.length);
  content.set(prefix, 0);
  content.set(body, prefix.length);
  return content;
}

function decodeSecret(secret: string): Uint8Array<ArrayBuffer> {
  if (typeof secret !== 'string' || !secret.startsWith(SECRET_PREFIX)) {
    throw new TypeError('A webhook secret starts with whsec_ (copy it whole from AIVA)');
  }
  const key = decodeBase64(secret.slice(SECRET_PREFIX.length));
  if (key === undefined || key.length === 0) {
    throw new TypeError('A webhook secret is whsec_ followed by Base64');
  }
  return key;
}

async function importKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const subtle = (await webCrypto()).subtle;
  return subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') {
    return (headers as Headers).get(name) ?? undefined;
  }
  const record = headers as Record<string, string | readonly string[] | undefined>;
  const key = Object.keys(record).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : record[key];
  return Array.isArray(value) ? value.join(' ') : (value as string | undefined);
}

/** Equal length and bytes, in time that depends on the length only. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) {
    return false;
  }
  let difference = 0;
  for (let i = 0; i < a.length; i++) {
    difference |= a[i] ^ b[i];
  }
  return difference === 0;
}

function decodeBase64(value: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    const binary = atob(value);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  } catch {
    return undefined;
  }
}

function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}
