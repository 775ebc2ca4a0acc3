// The embed helper in a minimal DOM (happy-dom): the iframe it makes, which messages it lets
// through (only from its own frame, on the launch URL's origin, in the documented envelope) and
// that unmounting stops it. happy-dom stands in for the browser: messages are dispatched as a
// browser delivers them (`origin`, `source`), since its own cross-origin postMessage reports the
// wrong origin. The real postMessage, frame-ancestors and permissions are for the headless
// Chromium test of the integration tests.
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { Window } from 'happy-dom';

import {
  AIVA,
  defineInterviewElement,
  IFRAME_ALLOW,
  IFRAME_SANDBOX,
  interviewMessage,
  mount,
  parseInterviewMessage,
} from '../target/dist/embed.js';

const HOST = 'http://localhost:8123';

/** Plays AIVA's interview origin: serves an empty page, so the frame has a window. */
let aiva;
let aivaOrigin;
before(async () => {
  aiva = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>interview</title>');
  });
  await new Promise((resolve) => aiva.listen(0, '127.0.0.1', resolve));
  aivaOrigin = `http://127.0.0.1:${aiva.address().port}`;
});
after(async () => {
  aiva.closeAllConnections();
  await new Promise((resolve) => aiva.close(resolve));
});

let window;
let document;
let container;
beforeEach(() => {
  window = new Window({ url: `${HOST}/jobs/42/interview`, settings: { enableIframePageLoading: true } });
  document = window.document;
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(async () => {
  await window.happyDOM.abort();
  await window.happyDOM.close();
});

const launchUrl = () => `${aivaOrigin}/interview/launch#AAECAwQFBgcICQoLDA0ODw.c2lnbmF0dXJl`;

/** Delivers a message to the host window as the browser would. */
function deliver(data, { origin = aivaOrigin, source } = {}) {
  window.dispatchEvent(new window.MessageEvent('message', { data, origin, source }));
}

const envelope = (type, payload) => ({ source: 'aiva-interview', version: 1, type, payload });

/** Mounts and records what reaches the page, through the callback and as DOM events on the container. */
function mountRecording(options = {}) {
  const calls = [];
  const domEvents = [];
  for (const type of ['ready', 'started', 'question', 'completed', 'error']) {
    container.addEventListener(`aiva:${type}`, (e) => domEvents.push({ type: e.type, detail: e.detail }));
  }
  const mounted = mount(container, { launchUrl: launchUrl(), onEvent: (e) => calls.push(e), ...options });
  return { mounted, calls, domEvents };
}

describe('mount', () => {
  test('frames the launch URL with the host origin added, keeping the token in the fragment', () => {
    const { mounted } = mountRecording();
    const iframe = container.querySelector('iframe');

    assert.equal(iframe, mounted.iframe);
    const src = new URL(iframe.getAttribute('src'));
    assert.equal(src.origin, aivaOrigin);
    assert.equal(src.pathname, '/interview/launch');
    assert.equal(src.searchParams.get('hostOrigin'), HOST);
    assert.equal(src.hash, '#AAECAwQFBgcICQoLDA0ODw.c2lnbmF0dXJl');
    assert.equal(mounted.origin, aivaOrigin);
  });

  test('the iframe is titled, allowed microphone, camera, clipboard and autoplay, and sandboxed', () => {
    const { iframe } = mount(container, { launchUrl: launchUrl() });

    assert.equal(iframe.getAttribute('title'), 'AIVA interview');
    assert.equal(iframe.getAttribute('allow'), 'microphone; camera; clipboard-write; autoplay');
    assert.equal(iframe.getAttribute('allow'), IFRAME_ALLOW);
    assert.deepEqual(iframe.getAttribute('sandbox').split(' ').sort(), ['allow-forms', 'allow-same-origin', 'allow-scripts']);
    assert.equal(iframe.getAttribute('sandbox'), IFRAME_SANDBOX);
    assert.equal(iframe.getAttribute('referrerpolicy'), 'no-referrer');
    assert.equal(mount(container, { launchUrl: launchUrl(), title: 'Interview for Backend Engineer' }).iframe.title, 'Interview for Backend Engineer');
  });

  test('a launch URL with a query keeps it; an explicit hostOrigin replaces the page origin', () => {
    const { iframe } = mount(container, {
      launchUrl: `${aivaOrigin}/interview/launch?lang=de&hostOrigin=https://forged.example#tok`,
      hostOrigin: 'http://localhost:9000',
    });

    const src = new URL(iframe.src);
    assert.equal(src.searchParams.get('lang'), 'de');
    assert.deepEqual(src.searchParams.getAll('hostOrigin'), ['http://localhost:9000']);
    assert.equal(src.hash, '#tok');
  });

  test('re-emits each interview event from its own frame as a DOM event and to onEvent', () => {
    const { mounted, calls, domEvents } = mountRecording();
    const source = mounted.iframe.contentWindow;
    assert.ok(source, 'the frame has a window');

    deliver(envelope('ready', { status: 'consent_required' }), { source });
    deliver(envelope('started', {}), { source });
    deliver(envelope('question', { ordinal: 1, questionCount: 6 }), { source });
    deliver(envelope('completed', {}), { source });
    deliver(envelope('error', { code: 'device_unavailable', message: 'No microphone', fatal: false }), { source });

    const expected = [
      { type: 'ready', payload: { status: 'consent_required' } },
      { type: 'started', payload: {} },
      { type: 'question', payload: { ordinal: 1, questionCount: 6 } },
      { type: 'completed', payload: {} },
      { type: 'error', payload: { code: 'device_unavailable', message: 'No microphone', fatal: false } },
    ];
    assert.deepEqual(calls, expected);
    assert.deepEqual(
      domEvents,
      expected.map((e) => ({ type: `aiva:${e.type}`, detail: e.payload })),
    );
  });

  test('DOM events bubble, so a listener on the document hears them', () => {
    const { mounted } = mountRecording();
    const heard = [];
    document.addEventListener('aiva:ready', (e) => heard.push(e.detail.status));

    deliver(envelope('ready', { status: 'in_progress' }), { source: mounted.iframe.contentWindow });

    assert.deepEqual(heard, ['in_progress']);
  });

  test('ignores messages from any other origin, even from its own frame', () => {
    const { mounted, calls, domEvents } = mountRecording();
    const source = mounted.iframe.contentWindow;

    for (const origin of ['https://evil.example', HOST, 'http://127.0.0.1', aivaOrigin.replace('http:', 'https:'), 'null', '']) {
      deliver(envelope('completed', {}), { origin, source });
    }

    assert.deepEqual(calls, []);
    assert.deepEqual(domEvents, []);
  });

  test('ignores messages from the right origin but not from its frame: another frame, the page itself, none', () => {
    const { calls } = mountRecording();
    const other = document.createElement('iframe');
    other.src = `${aivaOrigin}/interview/other`;
    document.body.appendChild(other);
    assert.ok(other.contentWindow);

    deliver(envelope('completed', {}), { source: other.contentWindow });
    deliver(envelope('completed', {}), { source: window });
    deliver(envelope('completed', {}), { source: null });
    deliver(envelope('completed', {}), {});

    assert.deepEqual(calls, []);
  });

  test('a frame without a window (not loaded) does not take sourceless messages for its own', async () => {
    const unloaded = new Window({ url: `${HOST}/jobs`, settings: { disableIframePageLoading: true } });
    const element = unloaded.document.createElement('div');
    unloaded.document.body.appendChild(element);
    const calls = [];
    const mounted = mount(element, { launchUrl: launchUrl(), onEvent: (e) => calls.push(e) });
    assert.equal(mounted.iframe.contentWindow, null);

    unloaded.dispatchEvent(new unloaded.MessageEvent('message', { data: envelope('completed', {}), origin: aivaOrigin, source: null }));

    assert.deepEqual(calls, []);
    await unloaded.happyDOM.close();
  });

  test('ignores anything but the documented envelope and payloads', () => {
    const { mounted, calls } = mountRecording();
    const source = mounted.iframe.contentWindow;
    const bad = [
      null,
      'completed',
      JSON.stringify(envelope('completed', {})), // a string, not a structured object
      [envelope('completed', {})],
      { ...envelope('completed', {}), source: 'aiva' },
      { ...envelope('completed', {}), version: 2 },
      { ...envelope('completed', {}), version: '1' },
      envelope('finished', {}),
      envelope('ready', {}),
      envelope('ready', { status: 'hacked' }),
      envelope('question', { ordinal: 0, questionCount: 3 }),
      envelope('question', { ordinal: 4, questionCount: 3 }),
      envelope('question', { ordinal: 1.5, questionCount: 3 }),
      envelope('question', { ordinal: '1', questionCount: 3 }),
      envelope('error', { code: 'link_used', message: 'Used' }),
      envelope('error', { code: 'Not A Code', message: 'x', fatal: true }),
      envelope('completed', 'payload'),
      envelope('completed', [1]),
    ];

    for (const data of bad) deliver(data, { source });

    assert.deepEqual(calls, []);
  });

  test('passes on only the documented fields of a payload', () => {
    const { mounted, calls } = mountRecording();

    deliver(envelope('question', { ordinal: 2, questionCount: 5, prompt: 'secret question text', html: '<img onerror>' }), {
      source: mounted.iframe.contentWindow,
    });
    deliver({ ...envelope('completed', { score: 97 }), extra: true }, { source: mounted.iframe.contentWindow });

    assert.deepEqual(calls, [
      { type: 'question', payload: { ordinal: 2, questionCount: 5 } },
      { type: 'completed', payload: {} },
    ]);
  });

  test('two interviews on one page each hear only their own frame', () => {
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    const heard = [];
    const a = mount(first, { launchUrl: launchUrl(), onEvent: (e) => heard.push(['a', e.type]) });
    const b = mount(second, { launchUrl: launchUrl(), onEvent: (e) => heard.push(['b', e.type]) });

    deliver(envelope('completed', {}), { source: b.iframe.contentWindow });
    deliver(envelope('started', {}), { source: a.iframe.contentWindow });

    assert.deepEqual(heard, [
      ['b', 'completed'],
      ['a', 'started'],
    ]);
  });

  test('unmount removes the frame and its message listener; a second unmount does nothing', () => {
    const listeners = new Set();
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    window.addEventListener = (type, listener, options) => {
      if (type === 'message') listeners.add(listener);
      add(type, listener, options);
    };
    window.removeEventListener = (type, listener, options) => {
      if (type === 'message') listeners.delete(listener);
      remove(type, listener, options);
    };
    const { mounted, calls } = mountRecording();
    const source = mounted.iframe.contentWindow;
    assert.equal(listeners.size, 1);

    mounted.unmount();
    mounted.unmount();
    deliver(envelope('completed', {}), { source });

    assert.equal(listeners.size, 0);
    assert.equal(container.querySelector('iframe'), null);
    assert.deepEqual(calls, []);
  });

  test('allowedOrigin replaces the launch URL origin as the one messages are accepted from', () => {
    const { mounted, calls } = mountRecording({ allowedOrigin: 'https://interview.aiva.example' });
    const source = mounted.iframe.contentWindow;

    deliver(envelope('started', {}), { source });
    deliver(envelope('completed', {}), { source, origin: 'https://interview.aiva.example' });

    assert.equal(mounted.origin, 'https://interview.aiva.example');
    assert.deepEqual(calls, [{ type: 'completed', payload: {} }]);
  });

  test('refuses a launch URL or origins that are not https (http only on localhost) or not origins', () => {
    const refused = [
      { launchUrl: 'http://aiva.example/interview/launch#t' },
      { launchUrl: 'javascript:alert(1)' },
      { launchUrl: 'data:text/html,<script>1</script>' },
      { launchUrl: 'https://aiva.example/interview/launch#t', allowedOrigin: 'https://aiva.example/interview' },
      { launchUrl: 'https://aiva.example/interview/launch#t', allowedOrigin: '*' },
      { launchUrl: 'https://aiva.example/interview/launch#t', allowedOrigin: 'http://aiva.example' },
      { launchUrl: 'https://aiva.example/interview/launch#t', hostOrigin: 'null' },
    ];
    for (const options of refused) {
      assert.throws(() => mount(container, options), TypeError, JSON.stringify(options));
    }
    assert.equal(container.querySelector('iframe'), null);
  });

  test('a page without a real origin (about:blank, a file) cannot host the interview', async () => {
    const blank = new Window({ url: 'about:blank' });
    const element = blank.document.createElement('div');
    blank.document.body.appendChild(element);

    assert.throws(() => mount(element, { launchUrl: 'https://aiva.example/interview/launch#t' }), /hostOrigin/);
    await blank.happyDOM.close();
  });

  test('AIVA.mount is mount', () => {
    assert.equal(AIVA.mount, mount);
    assert.equal(AIVA.defineElement, defineInterviewElement);
  });
});

describe('<aiva-interview>', () => {
  test('frames the interview in its shadow root while connected and dispatches the events on itself', () => {
    defineInterviewElement({ window });
    const element = document.createElement('aiva-interview');
    element.setAttribute('launch-url', launchUrl());
    element.setAttribute('frame-title', 'Your interview');
    const events = [];
    element.addEventListener('aiva:ready', (e) => events.push(e.detail));
    document.body.appendChild(element);

    const iframe = element.shadowRoot.querySelector('iframe');
    assert.ok(iframe);
    assert.equal(element.iframe, iframe);
    assert.equal(iframe.title, 'Your interview');
    assert.equal(new URL(iframe.src).searchParams.get('hostOrigin'), HOST);

    deliver(envelope('ready', { status: 'consent_required' }), { source: iframe.contentWindow });
    deliver(envelope('ready', { status: 'consent_required' }), { source: iframe.contentWindow, origin: 'https://evil.example' });

    assert.deepEqual(events, [{ status: 'consent_required' }]);
  });

  test('removed from the page, it drops its frame and hears nothing more', () => {
    defineInterviewElement({ window });
    const element = document.createElement('aiva-interview');
    element.setAttribute('launch-url', launchUrl());
    const events = [];
    element.addEventListener('aiva:completed', () => events.push('completed'));
    document.body.appendChild(element);
    const source = element.iframe.contentWindow;

    element.remove();
    deliver(envelope('completed', {}), { source });

    assert.equal(element.shadowRoot.querySelector('iframe'), null);
    assert.deepEqual(events, []);
  });

  test('a new launch-url replaces the frame', () => {
    defineInterviewElement({ window });
    const element = document.createElement('aiva-interview');
    element.setAttribute('launch-url', launchUrl());
    document.body.appendChild(element);

    element.setAttribute('launch-url', `${aivaOrigin}/interview/launch#second-token`);

    const frames = element.shadowRoot.querySelectorAll('iframe');
    assert.equal(frames.length, 1);
    assert.equal(new URL(frames[0].src).hash, '#second-token');
  });

  test('an unusable launch-url is reported as aiva:error embed_misconfigured', () => {
    defineInterviewElement({ window });
    const element = document.createElement('aiva-interview');
    element.setAttribute('launch-url', 'http://aiva.example/interview/launch#t');
    const errors = [];
    element.addEventListener('aiva:error', (e) => errors.push(e.detail));
    document.body.appendChild(element);

    assert.equal(errors.length, 1);
    assert.equal(errors[0].code, 'embed_misconfigured');
    assert.equal(errors[0].fatal, true);
    assert.match(errors[0].message, /https/);
    assert.equal(element.iframe, undefined);
  });

  test('defining it twice gives the element already defined', () => {
    const first = defineInterviewElement({ window });
    assert.equal(defineInterviewElement({ window }), first);
    assert.equal(window.customElements.get('aiva-interview'), first);
  });
});

describe('the protocol helpers for the interview page', () => {
  test('interviewMessage builds exactly the envelope the host accepts', () => {
    const message = interviewMessage('question', { ordinal: 3, questionCount: 8 });

    assert.deepEqual(message, { source: 'aiva-interview', version: 1, type: 'question', payload: { ordinal: 3, questionCount: 8 } });
    assert.deepEqual(parseInterviewMessage(structuredClone(message)), { type: 'question', payload: { ordinal: 3, questionCount: 8 } });
  });

  test('an envelope without payload is an empty payload, for the events that carry none', () => {
    assert.deepEqual(parseInterviewMessage({ source: 'aiva-interview', version: 1, type: 'started' }), { type: 'started', payload: {} });
  });
});
