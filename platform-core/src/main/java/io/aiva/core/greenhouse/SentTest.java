package io.aiva.core.greenhouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.aiva.core.InvalidInputException;

/**
 * A {@code send_test} request as Greenhouse documents it, field names as Greenhouse spells them in
 * the problems it gets back. The resume URL is not taken: AIVA does not process resumes.
 */
public record SentTest(String partnerTestId, String firstName, String lastName, String email, String phoneNumber,
        String profileUrl, String url) {

    private static final int NAME_LENGTH = 100;
    private static final int EMAIL_LENGTH = 254;
    private static final int URL_LENGTH = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{4,40}");
    private static final Pattern PERSON = Pattern.compile("/people/(\\d{1,30})(?:[/?#]|$)");
    private static final Pattern APPLICATION = Pattern.compile("[?&]application_id=(\\d{1,30})(?:&|#|$)");

    public SentTest {
        firstName = strip(firstName);
        lastName = strip(lastName);
        email = strip(email);
        phoneNumber = strip(phoneNumber);
        profileUrl = strip(profileUrl);
        url = strip(url);
        partnerTestId = strip(partnerTestId);
    }

    /** @throws InvalidInputException naming each field Greenhouse must send and did not, or sent unusable */
    void validate() {
        List<InvalidInputException.Issue> issues = new ArrayList<>();
        required(issues, "/partner_test_id", partnerTestId, NAME_LENGTH);
        required(issues, "/candidate/first_name", firstName, NAME_LENGTH);
        required(issues, "/candidate/last_name", lastName, NAME_LENGTH);
        if (required(issues, "/candidate/email", email, EMAIL_LENGTH) && !EMAIL.matcher(email).matches()) {
            issues.add(new InvalidInputException.Issue("/candidate/email", "must be an e-mail address"));
        }
        required(issues, "/candidate/greenhouse_profile_url", profileUrl, URL_LENGTH);
        required(issues, "/url", url, URL_LENGTH);
        if (!issues.isEmpty()) {
            throw new InvalidInputException(issues);
        }
    }

    /** The phone number when it is one; a phone is optional to Greenhouse, so an odd one never fails a test. */
    Optional<String> phone() {
        return Optional.ofNullable(phoneNumber).filter(phone -> PHONE.matcher(phone).matches());
    }

    /** Greenhouse's person id, read from the profile URL ({@code …/people/17681532?application_id=…}) when it has one. */
    Optional<String> personId() {
        return find(PERSON, profileUrl);
    }

    Optional<String> applicationId() {
        return find(APPLICATION, profileUrl);
    }

    private static Optional<String> find(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static boolean required(List<InvalidInputException.Issue> issues, String field, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            issues.add(new InvalidInputException.Issue(field, "is required"));
            return false;
        }
        if (value.length() > maxLength) {
            issues.add(new InvalidInputException.Issue(field, "must be at most " + maxLength + " characters"));
            return false;
        }
        return true;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
