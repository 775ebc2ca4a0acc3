package io.aiva.core.candidate;

/** The fields to change; a null one stays as it is. */
public record CandidateChange(String firstName, String lastName, String email, String externalId, String phone) {

    CandidateDetails applyTo(CandidateDetails current) {
        return new CandidateDetails(
                firstName == null ? current.firstName() : firstName,
                lastName == null ? current.lastName() : lastName,
                email == null ? current.email() : email,
                externalId == null ? current.externalId() : externalId,
                phone == null ? current.phone() : phone);
    }
}
