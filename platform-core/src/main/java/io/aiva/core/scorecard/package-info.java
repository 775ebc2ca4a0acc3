/**
 * Scorecards: what the analysis concluded about a completed interview. This package is the read
 * side; the analysis writes them.
 */
package io.aiva.core.scorecard;
