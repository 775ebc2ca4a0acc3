/**
 * Interview templates: the plan of an interview (sections of fixed questions or of selection rules,
 * time limits, language, answer modes, avatar) that assignments are made from.
 */
package io.aiva.core.template;
