package io.aiva.interview;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import io.aiva.interview.session.InvalidLaunchLinkMapper;
import io.aiva.interview.session.NoSessionMapper;
import io.aiva.interview.session.SessionRateLimit;
import io.aiva.interview.session.SessionResource;
import io.aiva.interview.session.SessionTokenFilter;
import io.aiva.web.json.ApiJsonProvider;
import io.aiva.web.problem.ConstraintViolationMapper;
import io.aiva.web.problem.EnumParameters;
import io.aiva.web.problem.InvalidInputMapper;
import io.aiva.web.problem.InvalidParameterMapper;
import io.aiva.web.problem.JsonInputExceptionMapper;
import io.aiva.web.problem.RequestIdFilter;
import io.aiva.web.problem.RuleViolationMapper;
import io.aiva.web.problem.UnexpectedExceptionMapper;
import io.aiva.web.problem.WebApplicationExceptionMapper;

/**
 * The interview session API at {@code /interview/api}, for the interview room and for anyone taking
 * an interview with {@code curl}. Listed explicitly for the same reason as the public API: the
 * generated interfaces carry the paths.
 */
@ApplicationPath("/api")
public class InterviewApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                SessionResource.class,
                SessionTokenFilter.class,
                SessionRateLimit.class,
                ApiJsonProvider.class,
                RequestIdFilter.class,
                InvalidLaunchLinkMapper.class,
                NoSessionMapper.class,
                WebApplicationExceptionMapper.class,
                ConstraintViolationMapper.class,
                JsonInputExceptionMapper.class,
                InvalidInputMapper.class,
                InvalidParameterMapper.class,
                EnumParameters.class,
                RuleViolationMapper.class,
                UnexpectedExceptionMapper.class);
    }
}
