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

// A link in the URL is opened first: it may be another interview than the one this tab (or another
// frame of the same site) opened before. The stored session is resumed when there is no link, as
// after a reload (opening a link removes it from the address), and when the link was used already,
// as when the company's page mounts the same link again after a reload of its own.
async function open() {
  const token = location.hash.slice(1);
  try {
    if (!token) {
      if (!(await resumed())) {
        show('Open the interview link you received to start your interview.');
      }
      return;
    }
    const refused = await launch(token);
    if (refused === null || (refused.code === 'link_used' && await resumed())) {
      return;
    }
    show(refused.detail || 'This interview cannot be opened.');
    tellHost('error', { code: LAUNCH_PROBLEMS.has(refused.code) ? refused.code : 'unexpected',
      message: (refused.detail || '').slice(0, 500), fatal: true });
  } catch (error) {
    show('AIVA could not be reached. Check your connection and reload the page.');
    tellHost('error', { code: 'network', message: 'AIVA could not be reached.', fatal: false });
  }
}

/** Opens the link; null when it opened, else the problem that refused it. */
async function launch(token) {
  const launched = await call('POST', '/launch', hostOrigin ? { token, hostOrigin } : { token });
  if (launched.status !== 201) {
    return launched.body;
  }
  sessionStorage.setItem(SESSION_KEY, launched.body.sessionToken);
  history.replaceState(null, '', location.pathname + location.search);
  opened(launched.body.state);
  return null;
}

/** Resumes the session this tab opened before, if it is still open to it. */
async function resumed() {
  const stored = sessionStorage.getItem(SESSION_KEY);
  if (!stored) {
    return false;
  }
  const session = await call('GET', '/session', null, stored);
  if (session.status === 200) {
    opened(session.body);
    return true;
  }
  sessionStorage.removeItem(SESSION_KEY);
  return false;
}

function opened(state) {
  document.getElementById('title').textContent = `${state.interviewName} · ${state.companyName}`;
  show(state.status === 'completed' ? 'This interview is complete. Thank you.' : 'Your interview is open.');
  tellHost('ready', { status: state.status });
}

open();
