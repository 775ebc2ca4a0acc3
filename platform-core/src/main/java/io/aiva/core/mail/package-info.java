/**
 * E-mail to candidates, through the provider the deployment configures: an SMTP relay, the server log
 * (a development stack), or none.
 */
package io.aiva.core.mail;
