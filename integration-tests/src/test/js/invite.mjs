// The guide's invitation job (docs/integrate.md, "JavaScript and TypeScript"): for an applicant of the ATS, the
// AIVA candidate and an interview. IntegrateGuideJsIT runs it with an applicant in AIVA_APPLICANT and checks
// the one JSON line it prints last; the regions are what the guide quotes.
import { randomUUID } from 'node:crypto';
import { AivaApiError, paginate } from '@aiva/sdk';
import { aiva } from './aiva-client.mjs';

// docs:start js-find-template
async function templateNamed(name) {
  for await (const template of paginate((cursor) => aiva.templates.listTemplates({ limit: 100, cursor }))) {
    if (template.name === name) return template.id;
  }
  throw new Error(`No active interview template is named ${name}`);
}
// docs:end js-find-template

// docs:start js-candidate
async function candidateFor(applicant) {
  try {
    return await aiva.candidates.createCandidate({
      candidateCreate: {
        firstName: applicant.firstName,
        lastName: applicant.lastName,
        email: applicant.email,
        externalId: applicant.atsId,
      },
    });
  } catch (error) {
    if (!(error instanceof AivaApiError && error.kind === 'conflict')) throw error;
    // 409: your company has a candidate with this externalId already
    const { data } = await aiva.candidates.listCandidates({ externalId: applicant.atsId });
    if (data.length === 0) throw error;
    return data[0];
  }
}
// docs:end js-candidate

// docs:start js-invite
async function invite(candidateId, templateId, applicationId) {
  try {
    const { assignment, launchUrl } = await aiva.assignments.createAssignment({
      assignmentCreate: { candidateId, templateId, externalReference: applicationId },
      idempotencyKey: `assign-${applicationId}`, // one interview per application, however often this runs
    });
    return { assignmentId: assignment.id, launchUrl };
  } catch (error) {
    if (!(error instanceof AivaApiError)) throw error; // no answer at all, or AivaTokenError: credentials refused
    switch (error.kind) {
      case 'invalid_request': // 400: each refused field, as a JSON pointer, and why
        return { refused: error.errors.map(({ field, reason }) => `${field} ${reason}`).join('; ') };
      case 'unprocessable': // 422: the same key came with another request before
        return { refused: `application ${applicationId} was assigned another interview` };
      case 'rate_limited': // 429, still, after the SDK's own retries
        return { retryAfterSeconds: error.retryAfterSeconds ?? 60 };
      default: // quote the request id to AIVA support
        throw new Error(`AIVA answered ${error.status} ${error.code} (request ${error.requestId})`, { cause: error });
    }
  }
}
// docs:end js-invite

// docs:start js-list-assignments
async function assignmentsOf(candidateId) {
  const assignments = [];
  const fetchPage = (cursor) => aiva.assignments.listAssignments({ candidateId, limit: 100, cursor });
  for await (const assignment of paginate(fetchPage)) {
    assignments.push(assignment);
  }
  return assignments;
}
// docs:end js-list-assignments

const applicant = JSON.parse(process.env.AIVA_APPLICANT);
const templateId = await templateNamed(process.env.AIVA_TEMPLATE_NAME);
const candidate = await candidateFor(applicant);
const again = await candidateFor(applicant);
const invited = await invite(candidate.id, templateId, applicant.applicationId);
const invitedAgain = await invite(candidate.id, templateId, applicant.applicationId);
const unknownTemplate = await invite(candidate.id, randomUUID(), `${applicant.applicationId}-other`);
const otherTemplate = await invite(candidate.id, process.env.AIVA_OTHER_TEMPLATE_ID, applicant.applicationId);
const listed = (await assignmentsOf(candidate.id)).map(({ id, status, externalReference }) => ({ id, status, externalReference }));

console.log(JSON.stringify({ templateId, candidate, again, invited, invitedAgain, unknownTemplate, otherTemplate, listed }));
