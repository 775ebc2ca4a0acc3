/**
 * Candidates: the people a company interviews, each known by e-mail and, when a company's ATS
 * created them, by the ATS's own id.
 */
package io.aiva.core.candidate;
