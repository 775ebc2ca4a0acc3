import {
  INTERVIEW_EVENT_TYPES,
  parseInterviewMessage,
  type InterviewEvent,
  type InterviewEventType,
} from './embed-protocol.js';

export * from './embed-protocol.js';

/**
 * Embedding the AIVA interview in your page (EMBED.md has the whole contract). The interview runs
 * in an iframe on AIVA's origin; its events reach your page as `aiva:ready`, `aiva:started`,
 * `aiva:question`, `aiva:completed` and `aiva:error` DOM events (`detail` is the payload) and
 * through `onEvent`. Only messages from that very iframe, from the launch URL's origin, in the
 * documented envelope, get through.
 *
 * Browser events are for the page (show a spinner, thank the candidate); decide nothing on them.
 * Webhooks are the source of truth for what happened.
 */

export interface MountOptions {
  /** The assignment's `launchUrl` from the API (or `resend`). It opens the interview once. */
  launchUrl: string;
  /**
   * The origin messages are accepted from (default: the launch URL's origin). Give it only when
   * AIVA tells you the interview is served from another origin than the launch URL's.
   */
  allowedOrigin?: string;
  /**
   * Your page's origin, passed to the interview as `hostOrigin` so it posts its events to you and
   * only to you (default: this page's `location.origin`). It must be one of your company's
   * allowed embed origins, or AIVA refuses to be framed.
   */
  hostOrigin?: string;
  /** Called for each event, after the DOM event. */
  onEvent?: (event: InterviewEvent) => void;
  /** The iframe's accessible title (default "AIVA interview"). */
  title?: string;
}

export interface MountedInterview {
  readonly iframe: HTMLIFrameElement;
  /** The origin messages are accepted from. */
  readonly origin: string;
  /** Removes the iframe and stops listening; calling it again does nothing. */
  unmount(): void;
}

/**
 * Permissions the interview needs from inside the frame: the candidate's microphone and camera for
 * spoken answers, the clipboard for code answers, and autoplay for the interviewer's voice.
 */
export const IFRAME_ALLOW = 'microphone; camera; clipboard-write; autoplay';

/**
 * The least the interview works with: its scripts; its own origin (without it the frame's origin is
 * opaque: no microphone, no calls to its API); and forms. No top navigation, no popups, no modals.
 */
export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-forms';

/** The DOM event name for an interview event type: `aiva:ready`, ... */
export function domEventName(type: InterviewEventType): `aiva:${InterviewEventType}` {
  return `aiva:${type}`;
}

export const DOM_EVENT_NAMES = INTERVIEW_EVENT_TYPES.map(domEventName);

/**
 * Frames the interview inside `element` (which should have a height) and re-emits its events on
 * `element`. Throws a TypeError for a launch URL or origin that is not https (http is accepted for
 * localhost only).
 */
export function mount(element: Element, options: MountOptions): MountedInterview {
  return mountInto(element, element, options);
}

function mountInto(container: Element | ShadowRoot, target: Element, options: MountOptions): MountedInterview {
  const document = target.ownerDocument;
  const window = document.defaultView;
  if (!window) {
    throw new TypeError('The element must belong to a document shown in a window');
  }
  const launch = webUrl(options.launchUrl, 'launchUrl', document.baseURI);
  const origin = options.allowedOrigin === undefined ? launch.origin : originOf(options.allowedOrigin, 'allowedOrigin');
  const hostOrigin = originOf(options.hostOrigin ?? window.location.origin, 'hostOrigin');
  launch.searchParams.set('hostOrigin', hostOrigin);

  const iframe = document.createElement('iframe');
  iframe.setAttribute('title', options.title ?? 'AIVA interview');
  iframe.setAttribute('allow', IFRAME_ALLOW);
  iframe.setAttribute('sandbox', IFRAME_SANDBOX);
  iframe.setAttribute('referrerpolicy', 'no-referrer');
  iframe.setAttribute('style', 'display:block;width:100%;height:100%;border:0');
  iframe.setAttribute('src', launch.href);

  const onMessage = (event: MessageEvent) => {
    if (event.origin !== origin) {
      return;
    }
    const frame = iframe.contentWindow;
    if (frame === null || event.source !== frame) {
      return; // another frame of the same origin, or a message from before this frame's window
    }
    const parsed = parseInterviewMessage(event.data);
    if (parsed === undefined) {
      return;
    }
    target.dispatchEvent(
      new window.CustomEvent(domEventName(parsed.type), { detail: parsed.payload, bubbles: true, composed: true }),
    );
    options.onEvent?.(parsed);
  };

  window.addEventListener('message', onMessage);
  container.appendChild(iframe);
  let mounted = true;
  return {
    iframe,
    origin,
    unmount() {
      if (mounted) {
        mounted = false;
        window.removeEventListener('message', onMessage);
        iframe.remove();
      }
    },
  };
}

/** An absolute http(s) URL: https, or http on a loopback host (development). */
function webUrl(value: string, what: string, base: string): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new TypeError(`${what} is not a URL: ${value}`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new TypeError(`${what} must be an https URL (http only on localhost): ${value}`);
  }
  return url;
}

/** A serialized origin, `scheme://host[:port]`, nothing more. */
function originOf(value: string, what: string): string {
  const url = webUrl(value, what, 'https://invalid.invalid/');
  if (url.origin !== value.replace(/\/$/, '') || !/^https?:\/\//.test(value)) {
    throw new TypeError(`${what} must be an origin such as https://ats.example.com, not ${value}`);
  }
  return url.origin;
}

export interface DefineElementOptions {
  /** The window whose registry gets the element (default: the global `window`). */
  window?: Window & typeof globalThis;
  /** Default `aiva-interview`. */
  name?: string;
}

/**
 * Registers `<aiva-interview launch-url="..." [allowed-origin] [host-origin] [frame-title]>`: it
 * frames the interview in its shadow root while connected, and dispatches the `aiva:*` events on
 * itself. A launch URL it cannot use is reported as `aiva:error` with code `embed_misconfigured`.
 * Registering twice returns the element already registered.
 */
export function defineInterviewElement(options: DefineElementOptions = {}): CustomElementConstructor {
  const maybeWindow = options.window ?? (globalThis as { window?: Window & typeof globalThis }).window;
  if (!maybeWindow) {
    throw new TypeError('defineInterviewElement needs a window (run it in a browser)');
  }
  const window = maybeWindow;
  const name = options.name ?? 'aiva-interview';
  const existing = window.customElements.get(name);
  if (existing) {
    return existing;
  }

  class AivaInterviewElement extends window.HTMLElement {
    static get observedAttributes() {
      return ['launch-url', 'allowed-origin', 'host-origin', 'frame-title'];
    }

    private mounted: MountedInterview | undefined;
    private connected = false;

    connectedCallback() {
      this.connected = true;
      this.render();
    }

    disconnectedCallback() {
      this.connected = false;
      this.unmount();
    }

    attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null) {
      if (this.connected && oldValue !== newValue) {
        this.render();
      }
    }

    /** The mounted iframe, while there is one. */
    get iframe(): HTMLIFrameElement | undefined {
      return this.mounted?.iframe;
    }

    private unmount() {
      this.mounted?.unmount();
      this.mounted = undefined;
    }

    private render() {
      this.unmount();
      const launchUrl = this.getAttribute('launch-url');
      if (!launchUrl) {
        return;
      }
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      if (!root.querySelector('style')) {
        const style = this.ownerDocument.createElement('style');
        style.textContent = ':host{display:block;height:100%}';
        root.appendChild(style);
      }
      try {
        this.mounted = mountInto(root, this, {
          launchUrl,
          allowedOrigin: this.getAttribute('allowed-origin') ?? undefined,
          hostOrigin: this.getAttribute('host-origin') ?? undefined,
          title: this.getAttribute('frame-title') ?? undefined,
        });
      } catch (error) {
        this.dispatchEvent(
          new window.CustomEvent(domEventName('error'), {
            detail: { code: 'embed_misconfigured', message: (error as Error).message, fatal: true },
            bubbles: true,
            composed: true,
          }),
        );
      }
    }
  }

  window.customElements.define(name, AivaInterviewElement);
  return AivaInterviewElement;
}

/** For pages that like one name: `AIVA.mount(element, { launchUrl })`, `AIVA.defineElement()`. */
export const AIVA = {
  mount,
  defineElement: defineInterviewElement,
} as const;
