/**
 * Assignments: a candidate asked to take one interview, made from a template whose plan it keeps as
 * it was, with a deadline and a signed, single-use launch link; its status goes invited, started,
 * then completed, expired or canceled.
 */
package io.aiva.core.assignment;
