package io.aiva.core.candidate;

import java.util.Objects;

/** What is known of a candidate; names and e-mail are required, the rest may be null. */
public record CandidateDetails(String firstName, String lastName, String email, String externalId, String phone) {

    public CandidateDetails {
        firstName = Objects.requireNonNull(firstName, "firstName").strip();
        lastName = Objects.requireNonNull(lastName, "lastName").strip();
        email = Objects.requireNonNull(email, "email").strip();
        externalId = externalId == null ? null : externalId.strip();
        phone = phone == null ? null : phone.strip();
    }
}
