/**
 * The secrets AIVA stores and must read back (a webhook endpoint's signing secrets, Greenhouse's
 * callback credential) are sealed with the platform's key before they reach the database, so a copy
 * of the database, a backup or a leaked row gives none of them away.
 */
package io.aiva.core.secret;
