/**
 * Speech: turning a recorded spoken answer into text with word timings. Owns the recorded audio's
 * description (where it is, how it is encoded), the {@link io.aiva.core.speech.Transcript} with its
 * timed words, the pause ratio computed from them, and the Google Cloud Speech-to-Text adapter that
 * transcribes server-side when a deployment configures it. A transcriber that cannot give a
 * transcript says so with {@link io.aiva.core.speech.TranscriptionUnavailableException}, and the
 * caller keeps the transcript the candidate's browser submitted with the answer. No wiring,
 * configuration or persistence lives here.
 */
package io.aiva.core.speech;
