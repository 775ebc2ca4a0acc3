// Opens the launch link in the URL's fragment and, when the page is framed by a company's site
// (sdk-js/EMBED.md), tells that page what happens with messages sent to its origin only. The
// interview room itself is to come; this page opens the interview and says where it stands.
const SESSION_KEY = 'aiva.sessionToken';
const LAUNCH_PROBLEMS = new Set(['invalid_link', 'link_used', 'link_expired', 'interview_closed', 'embed_origin_not_allowed']);

const hostOrigin = new URLSearchParams(location.search).get('hostOrigin');
const framed = window.parent !== window && hostOrigin !== null;

function tellHost(type, payload) {
  if (framed) {
    window.parent.postMessage({ source: 'aiva-interview', version: 1, type, payload }, hostOrigin);
  }
}

function show(text) {
  document.getElementById('status').textContent = text;
}

async function call(method, path, body, sessionToken) {
  const headers = { 'Content-Type': 'application/json' };
  if (sessionToken) {
    headers.Authorization = `Bearer ${sessionToken}`;
  }
  const response = await fetch(`/interview/api${path}`, { method, headers, body: body && JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

async function open() {
  const token = location.hash.slice(1);
  const stored = sessionStorage.getItem(SESSION_KEY);
  try {
    if (stored) {
      const resumed = await call('GET', '/session', null, stored);
      if (resumed.status === 200) {
        return opened(resumed.body);
      }
      sessionStorage.removeItem(SESSION_KEY);
    }
    if (!token) {
      show('Open the interview link you received to start your interview.');
      return;
    }
    const launched = await call('POST', '/launch', hostOrigin ? { token, hostOrigin } : { token });
    if (launched.status !== 201) {
      const code = LAUNCH_PROBLEMS.has(launched.body.code) ? launched.body.code : 'unexpected';
      show(launched.body.detail || 'This interview cannot be opened.');
      tellHost('error', { code, message: (launched.body.detail || '').slice(0, 500), fatal: true });
      return;
    }
    sessionStorage.setItem(SESSION_KEY, launched.body.sessionToken);
    history.replaceState(null, '', location.pathname + location.search);
    opened(launched.body.state);
  } catch (error) {
    show('AIVA could not be reached. Check your connection and reload the page.');
    tellHost('error', { code: 'network', message: 'AIVA could not be reached.', fatal: false });
  }
}

function opened(state) {
  document.getElementById('title').textContent = `${state.interviewName} · ${state.companyName}`;
  show(state.status === 'completed' ? 'This interview is complete. Thank you.' : 'Your interview is open.');
  tellHost('ready', { status: state.status });
}

open();
