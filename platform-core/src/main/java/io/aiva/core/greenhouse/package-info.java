/**
 * Greenhouse's Assessment Partner API, served for each company that connects its Greenhouse account:
 * integration keys, Greenhouse's tests (the company's active templates), tests sent to candidates,
 * their status and score, the completion callback, and the errors Greenhouse reports. The contract is
 * Greenhouse's own; docs/greenhouse-partner-api.md records it with its sources and our choices where
 * it is silent.
 */
package io.aiva.core.greenhouse;
