/**
 * Analysis of answers: the built-in offline scorer (lexical coverage of the reference answer and the
 * rubric, weighted by how rare each term is), and the commands that score a CSV of answers and
 * measure the scorer against human raters. Runs with no network and gives the same score every time.
 */
package io.aiva.core.analysis;
