package io.aiva.web.problem;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

/** The id of the request being served: the caller's {@code X-Request-Id} when usable, else a new one. */
@RequestScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,128}");

    private String value;

    void assign(String offeredByCaller) {
        value = accept(offeredByCaller);
    }

    /** The caller's id when it is usable, else a new one. */
    public static String accept(String offeredByCaller) {
        return offeredByCaller != null && ACCEPTABLE.matcher(offeredByCaller).matches()
                ? offeredByCaller
                : UUID.randomUUID().toString();
    }

    public String value() {
        if (value == null) {
            value = UUID.randomUUID().toString();
        }
        return value;
    }
}
