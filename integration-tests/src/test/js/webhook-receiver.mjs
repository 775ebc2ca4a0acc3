// The guide's webhook receiver for Node.js (docs/integrate.md, "JavaScript and TypeScript"); webhooks.mjs serves
// it to the platform in IntegrateGuideJsIT.
// docs:start js-webhook-receiver
import { WebhookVerificationError, WebhookVerifier } from '@aiva/sdk/webhooks';

/** A request listener for node:http that verifies AIVA's deliveries and passes each event on once. */
export function aivaWebhookHandler(secret, onEvent) {
  const verifier = new WebhookVerifier(secret);
  const handled = new Set(); // keep these in your database
  return async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    let event;
    try {
      // The bytes as received: the signature covers them, and parsing first would change them.
      event = await verifier.verify(Buffer.concat(chunks), req.headers);
    } catch (error) {
      res.writeHead(error instanceof WebhookVerificationError ? 400 : 500).end();
      return;
    }
    const id = req.headers['webhook-id']; // a retry or a replay carries the same one
    if (!handled.has(id)) {
      try {
        await onEvent(event, id);
      } catch {
        res.writeHead(500).end(); // AIVA tries again later: your side may work by then
        return;
      }
      handled.add(id);
    }
    res.writeHead(204).end();
  };
}
// docs:end js-webhook-receiver
