package io.aiva.web.json;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

/**
 * JSON as the contract spells it: the generated models' Jackson annotations decide names and enum
 * values; timestamps are RFC 3339 strings; absent values are left out; an unknown field in a request
 * is an error rather than silently ignored, so a typo never looks like success. A missing required
 * field is left to Bean Validation, which names every one of them in one answer, where Jackson would
 * stop at the first.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class ApiJsonProvider extends JacksonJsonProvider {

    public ApiJsonProvider() {
        super(objectMapper());
    }

    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .setAnnotationIntrospector(new RequiredLeftToValidation());
    }

    /** Reads the generated models' {@code required} markers as not Jackson's to enforce. */
    private static final class RequiredLeftToValidation extends JacksonAnnotationIntrospector {

        @Override
        public Boolean hasRequiredMarker(AnnotatedMember member) {
            return Boolean.FALSE;
        }
    }
}
