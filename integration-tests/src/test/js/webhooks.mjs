// The guide's webhook setup for Node.js (docs/integrate.md, "JavaScript and TypeScript"): it registers an
// endpoint and serves the receiver on PORT; then, as a recruiter might, it assigns an interview and cancels it,
// and waits for AIVA's delivery of that. IntegrateGuideJsIT runs it and checks the JSON line it prints last.
import { once } from 'node:events';
import { createServer } from 'node:http';
import { aiva } from './aiva-client.mjs';
import { aivaWebhookHandler } from './webhook-receiver.mjs';

// Stands for your own handling of AIVA's events; this one keeps them, for the test to read.
const received = [];
let canceledArrived;
const canceled = new Promise((resolve) => {
  canceledArrived = resolve;
});
async function syncToAts(event, webhookId) {
  received.push({ webhookId, type: event.type, data: event.data });
  if (event.type === 'assignment.canceled') canceledArrived();
}

// docs:start js-register-webhook
const { endpoint, secret } = await aiva.webhooks.createWebhookEndpoint({
  webhookEndpointCreate: {
    url: process.env.AIVA_WEBHOOK_URL, // https://ats.example.com/hooks/aiva
    description: 'ATS sync',
    eventTypes: new Set(['assignment.completed', 'assignment.expired', 'assignment.canceled', 'scorecard.ready']),
  },
});
// `secret` is shown this once: put it in your secret store for the receiver.
// docs:end js-register-webhook

// docs:start js-webhook-server
const server = createServer(aivaWebhookHandler(secret, syncToAts)).listen(Number(process.env.PORT));
// docs:end js-webhook-server
await once(server, 'listening');

const candidate = await aiva.candidates.createCandidate({
  candidateCreate: { firstName: 'Mary', lastName: 'Jackson', email: `mary-${Date.now()}@example.com` },
});
const { assignment } = await aiva.assignments.createAssignment({
  assignmentCreate: { candidateId: candidate.id, templateId: process.env.AIVA_TEMPLATE_ID, externalReference: 'canceled-application' },
});
await aiva.assignments.cancelAssignment({ assignmentId: assignment.id, assignmentCancel: { reason: 'The position is filled.' } });
await canceled; // AIVA delivers within seconds; the test that runs this script bounds the whole run

const forged = await fetch(process.env.AIVA_WEBHOOK_URL, {
  method: 'POST',
  headers: {
    'webhook-id': 'forged-1',
    'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
    'webhook-signature': 'v1,bm90IGEgc2lnbmF0dXJlIEFJVkEgbWFkZQ==',
  },
  body: JSON.stringify({ type: 'scorecard.ready', timestamp: new Date().toISOString(), data: {} }),
});
server.close();
server.closeAllConnections();

console.log(JSON.stringify({ endpoint: endpoint.id, assignment: assignment.id, received, forgedStatus: forged.status }));
