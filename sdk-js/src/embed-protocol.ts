/**
 * The messages the embedded interview page posts to its host page (EMBED.md is the contract): an
 * envelope `{ source: 'aiva-interview', version: 1, type, payload }`. The parser keeps exactly the
 * documented fields with their documented types and refuses anything else, so a host can use what
 * it gets without checking again.
 */

export const INTERVIEW_MESSAGE_SOURCE = 'aiva-interview';
export const INTERVIEW_PROTOCOL_VERSION = 1;

/** The interview's session status, as in the interview API. */
export type InterviewStatus = 'consent_required' | 'in_progress' | 'completed' | 'closed';

export interface InterviewEventPayloads {
  /** The launch link was accepted and the interview is showing (also after a reload or resume). */
  ready: { status: InterviewStatus };
  /** The candidate accepted the AI-use notice: the questions begin. */
  started: Record<string, never>;
  /** A question is showing: `ordinal` counts from 1, of `questionCount`. */
  question: { ordinal: number; questionCount: number };
  /** The candidate finished. The results come by webhook (`assignment.completed`, `scorecard.ready`). */
  completed: Record<string, never>;
  /** Something went wrong; `fatal` when the interview cannot go on in this frame. */
  error: { code: string; message: string; fatal: boolean };
}

export type InterviewEventType = keyof InterviewEventPayloads;

export const INTERVIEW_EVENT_TYPES: readonly InterviewEventType[] = ['ready', 'started', 'question', 'completed', 'error'];

/** One event from the interview, as the host gets it. */
export type InterviewEvent = {
  [K in InterviewEventType]: { type: K; payload: InterviewEventPayloads[K] };
}[InterviewEventType];

/** The envelope on the wire. */
export type InterviewMessage = InterviewEvent & {
  source: typeof INTERVIEW_MESSAGE_SOURCE;
  version: typeof INTERVIEW_PROTOCOL_VERSION;
};

const STATUSES: readonly string[] = ['consent_required', 'in_progress', 'completed', 'closed'];

/** The message for the interview page to post (`window.parent.postMessage(message, hostOrigin)`). */
export function interviewMessage<K extends InterviewEventType>(
  type: K,
  payload: InterviewEventPayloads[K],
): InterviewMessage {
  return { source: INTERVIEW_MESSAGE_SOURCE, version: INTERVIEW_PROTOCOL_VERSION, type, payload } as InterviewMessage;
}

/**
 * The event in a `message` event's `data`, or undefined when it is not a well-formed envelope of
 * this protocol version with a known type and a valid payload. Unknown types are ignored rather
 * than refused loudly, so a newer interview page can add events without breaking older hosts.
 */
export function parseInterviewMessage(data: unknown): InterviewEvent | undefined {
  if (!isRecord(data) || data.source !== INTERVIEW_MESSAGE_SOURCE || data.version !== INTERVIEW_PROTOCOL_VERSION) {
    return undefined;
  }
  const payload = data.payload === undefined ? {} : data.payload;
  if (!isRecord(payload)) {
    return undefined;
  }
  switch (data.type) {
    case 'ready':
      return typeof payload.status === 'string' && STATUSES.includes(payload.status)
        ? { type: 'ready', payload: { status: payload.status as InterviewStatus } }
        : undefined;
    case 'started':
      return { type: 'started', payload: {} };
    case 'question':
      return isCount(payload.ordinal) && isCount(payload.questionCount) && payload.ordinal <= payload.questionCount
        ? { type: 'question', payload: { ordinal: payload.ordinal, questionCount: payload.questionCount } }
        : undefined;
    case 'completed':
      return { type: 'completed', payload: {} };
    case 'error':
      return typeof payload.code === 'string' &&
        /^[a-z][a-z0-9_]{0,63}$/.test(payload.code) &&
        typeof payload.message === 'string' &&
        typeof payload.fatal === 'boolean'
        ? { type: 'error', payload: { code: payload.code, message: payload.message.slice(0, 500), fatal: payload.fatal } }
        : undefined;
    default:
      return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10_000;
}
