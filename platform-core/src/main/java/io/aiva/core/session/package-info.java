/**
 * A candidate taking an interview: the session a launch link opens, the questions asked (chosen as
 * the interview goes by {@link io.aiva.core.session.QuestionEngine}, kept as they were asked), and
 * the answers, each stored before it is acknowledged.
 */
package io.aiva.core.session;
