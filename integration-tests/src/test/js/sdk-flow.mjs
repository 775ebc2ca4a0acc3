// What a company's Node.js integration does with @aiva/sdk, run by JsSdkIT against the running
// platform: it prints what it saw as one JSON object for the test to check.
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const sdk = await import(pathToFileURL(process.env.AIVA_SDK_JS).href);
const aiva = sdk.createAivaClient({
  baseUrl: process.env.AIVA_API,
  clientCredentials: {
    tokenUrl: process.env.AIVA_TOKEN_URL,
    clientId: process.env.AIVA_CLIENT_ID,
    clientSecret: process.env.AIVA_CLIENT_SECRET,
  },
});

const key = randomUUID();
const person = { firstName: 'Ada', lastName: 'Lovelace', email: `ada-${key}@example.com`, externalId: `ats-${key}` };
const candidate = await aiva.candidates.createCandidate({ candidateCreate: person, idempotencyKey: key });
const again = await aiva.candidates.createCandidate({ candidateCreate: person, idempotencyKey: key });

const assigned = [];
for (let i = 0; i < 3; i++) {
  const launch = await aiva.assignments.createAssignment({
    assignmentCreate: { candidateId: candidate.id, templateId: process.env.AIVA_TEMPLATE_ID },
  });
  assigned.push(launch.assignment.id);
}

const paged = [];
for await (const assignment of sdk.paginate((cursor) =>
  aiva.assignments.listAssignments({ limit: 2, cursor, candidateId: candidate.id }))) {
  paged.push(assignment.id);
}

let notFound = null;
try {
  await aiva.assignments.getAssignment({ assignmentId: randomUUID() });
} catch (error) {
  notFound = { isAivaApiError: error instanceof sdk.AivaApiError, status: error.status, code: error.code,
    requestId: error.requestId };
}

console.log(JSON.stringify({ candidate: candidate.id, again: again.id, assigned, paged, notFound }));
