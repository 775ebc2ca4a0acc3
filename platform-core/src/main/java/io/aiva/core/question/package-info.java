/**
 * The question bank: each company's questions (technical, behavioral, coding, role-specific), with
 * the rubric that says what a good and a poor answer show. Every company starts with AIVA's library
 * (read-only, copied in at onboarding and kept in step at startup); a recruiter copies a library
 * question to make it their own, or writes one from scratch.
 */
package io.aiva.core.question;
