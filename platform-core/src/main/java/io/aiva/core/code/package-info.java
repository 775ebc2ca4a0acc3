/**
 * Running a candidate's code: a {@link io.aiva.core.code.CodeRunner} runs the program of a coding
 * answer against every test of its {@link io.aiva.core.question.CodingTask}, visible and hidden, in a
 * sandbox outside the platform (Judge0, self-hosted or through RapidAPI), and gives one outcome per
 * test and the share passed. A program that does not compile or gives a wrong answer is a result; a
 * sandbox that cannot be reached or fails is a {@link io.aiva.core.code.CodeRunnerUnavailableException},
 * so the answer is scored without test results. The output of hidden tests is never kept.
 */
package io.aiva.core.code;
