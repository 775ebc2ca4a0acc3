/**
 * Web Crypto for every supported runtime: browsers, Deno, Bun and Node 19+ have it as the global
 * `crypto`; Node 18 has it only as `webcrypto` of `node:crypto`, which is imported on demand. The
 * specifier is a variable so that bundlers for browsers leave the import alone.
 */
let nodeWebCrypto: Promise<Crypto> | undefined;

const NODE_CRYPTO = 'node:crypto';

export function webCrypto(): Promise<Crypto> {
  const global = (globalThis as { crypto?: Crypto }).crypto;
  if (global?.subtle && typeof global.getRandomValues === 'function') {
    return Promise.resolve(global);
  }
  nodeWebCrypto ??= import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_CRYPTO).then(
    (module: { webcrypto?: Crypto }) => {
      if (!module.webcrypto?.subtle) {
        throw new Error('This runtime has no Web Crypto API (crypto.subtle).');
      }
      return module.webcrypto;
    },
  );
  return nodeWebCrypto;
}

/** A random (version 4) UUID; `crypto.randomUUID` exists only in secure contexts, so it is built here. */
export async function randomUuid(): Promise<string> {
  const bytes = (await webCrypto()).getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
