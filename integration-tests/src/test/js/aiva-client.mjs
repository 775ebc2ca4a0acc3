// The AIVA client of the guide's Node.js scripts (docs/integrate.md, "JavaScript and TypeScript"), set up from
// the environment as a company's service would be. IntegrateGuideJsIT runs the scripts that import it.
// docs:start js-client
import { createAivaClient } from '@aiva/sdk';

export const aiva = createAivaClient({
  baseUrl: process.env.AIVA_API_URL, // http://localhost:9080/api on the local stack
  clientCredentials: {
    tokenUrl: process.env.AIVA_TOKEN_URL, // http://localhost:8180/realms/aiva/protocol/openid-connect/token
    clientId: process.env.AIVA_CLIENT_ID,
    clientSecret: process.env.AIVA_CLIENT_SECRET,
  },
  userAgent: 'acme-ats-sync/1.4', // your application, ahead of the SDK's own product token
  retry: { maxAttempts: 5 },
  timeoutMs: 20_000,
});
// docs:end js-client
