package io.aiva.core.question;

/** What kind of answer a question asks for, which decides how it is answered and scored. */
public enum QuestionType {
    TECHNICAL("technical"),
    BEHAVIORAL("behavioral"),
    CODING("coding"),
    ROLE_SPECIFIC("role-specific");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    /** The name in the bank's files and the API. */
    public String code() {
        return code;
    }

    public static QuestionType ofCode(String code) {
        for (QuestionType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no question type " + code);
    }
}
