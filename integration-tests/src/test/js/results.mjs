// The guide's results job (docs/integrate.md, "JavaScript and TypeScript"): the scores of completed interviews,
// written to the ATS. IntegrateGuideJsIT runs it once an interview is scored and checks the JSON line it prints.
import { paginate } from '@aiva/sdk';
import { aiva } from './aiva-client.mjs';

// Stands for your ATS's client; this one keeps what it was given, for the test to read.
const ats = {
  recorded: [],
  async recordScore(applicationId, score, recommendation) {
    this.recorded.push({ applicationId, score, recommendation });
  },
};

// docs:start js-results
const completed = (cursor) => aiva.assignments.listAssignments({ status: 'completed', limit: 100, cursor });
for await (const assignment of paginate(completed)) {
  const scorecard = await aiva.assignments.getScorecard({ assignmentId: assignment.id });
  if (scorecard.status === 'ready') { // 'pending' while the analysis runs
    await ats.recordScore(assignment.externalReference, scorecard.overallScore, scorecard.recommendation);
  }
}
// docs:end js-results

console.log(JSON.stringify({ recorded: ats.recorded }));
