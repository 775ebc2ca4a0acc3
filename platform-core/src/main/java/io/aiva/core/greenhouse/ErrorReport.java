package io.aiva.core.greenhouse;

import java.util.List;

/**
 * What Greenhouse's {@code response_error} call says, bounded: each text to 2,000 characters, at most
 * 50 errors. A body that could not be read is kept raw (up to 16 KB) under {@code api_call} "unreadable".
 */
public record ErrorReport(String apiCall, List<String> errors, String partnerTestId, String partnerTestName,
        String partnerInterviewId, String candidateEmail, String raw) {

    static final int TEXT_LENGTH = 2000;
    static final int ERROR_COUNT = 50;
    static final int RAW_LENGTH = 16 * 1024;
    static final int API_CALL_LENGTH = 100;
    static final int ID_LENGTH = 200;
    public static final String UNREADABLE = "unreadable";

    public ErrorReport {
        apiCall = apiCall == null || apiCall.isBlank() ? UNREADABLE : bounded(apiCall.strip(), API_CALL_LENGTH);
        errors = errors == null ? List.of() : errors.stream().limit(ERROR_COUNT).map(error -> bounded(error, TEXT_LENGTH)).toList();
        partnerTestId = bounded(partnerTestId, ID_LENGTH);
        partnerTestName = bounded(partnerTestName, TEXT_LENGTH);
        partnerInterviewId = bounded(partnerInterviewId, ID_LENGTH);
        candidateEmail = bounded(candidateEmail, TEXT_LENGTH);
        raw = bounded(raw, RAW_LENGTH);
    }

    /** A body that is not the JSON Greenhouse documents, kept as it came. */
    public static ErrorReport unreadable(String body) {
        return new ErrorReport(UNREADABLE, List.of("The report could not be read as JSON."), null, null, null, null, body);
    }

    private static String bounded(String text, int length) {
        return text == null ? null : text.substring(0, Math.min(text.length(), length));
    }
}
