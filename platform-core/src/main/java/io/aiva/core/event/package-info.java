/**
 * Domain events: what happened to a company's interviews ({@code assignment.created}, ...), written in
 * the transaction of the change. They are the outbox webhooks are delivered from, the feed the API
 * lists, and the trigger the analysis picks completed interviews up by.
 */
package io.aiva.core.event;
