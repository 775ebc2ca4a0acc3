package io.aiva.core.session;

/**
 * What a candidate is told before an interview scored with AI, and must accept. A new version of
 * the text gets a new version string, so a consent always names the text it was given to.
 */
public final class AiUseNotice {

    public static final String VERSION = "2026-11-01";
    public static final String TEXT = "This interview is conducted and assessed with the help of artificial intelligence. "
            + "Your answers (and, if you allow it, recordings of your voice) are analysed against the criteria the hiring "
            + "company set for each question, to produce a recommendation that a person at the company reviews before any "
            + "decision. No facial expressions or emotions are analysed. You can ask the company for an alternative process, "
            + "for an explanation of the assessment, and for a copy or the deletion of your data.";

    private AiUseNotice() {
    }
}
