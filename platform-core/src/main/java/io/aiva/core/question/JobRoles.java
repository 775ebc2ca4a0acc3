package io.aiva.core.question;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The job roles of {@code question-bank/job-roles.yaml}, read once. */
public final class JobRoles {

    private static final List<JobRole> ROLES = load();

    private JobRoles() {
    }

    public static List<JobRole> all() {
        return ROLES;
    }

    private record RolesFile(List<JobRole> jobRoles) {
    }

    private static List<JobRole> load() {
        try (InputStream in = JobRoles.class.getClassLoader().getResourceAsStream("question-bank/job-roles.yaml")) {
            return List.copyOf(YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, RolesFile.class).jobRoles());
        } catch (IOException e) {
            throw new UncheckedIOException("question-bank/job-roles.yaml is unreadable", e);
        }
    }
}
