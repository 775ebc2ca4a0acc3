/**
 * Durable jobs: work that outlives a request (webhook deliveries now; scoring, transcription and
 * purges later), kept in PostgreSQL by db-scheduler so that it survives a restart and is spread over
 * several servers without two running the same job.
 */
package io.aiva.core.job;
