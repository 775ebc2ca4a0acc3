package io.aiva.api;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import io.aiva.api.apiclient.ApiClientsResource;
import io.aiva.api.assignment.AssignmentsResource;
import io.aiva.api.audit.AuditResource;
import io.aiva.api.candidate.CandidatesResource;
import io.aiva.api.company.CompanyResource;
import io.aiva.api.greenhouse.GreenhouseAssessmentResource;
import io.aiva.api.greenhouse.GreenhouseIntegrationResource;
import io.aiva.api.greenhouse.GreenhouseKeyFilter;
import io.aiva.api.greenhouse.GreenhouseRateLimit;
import io.aiva.api.event.EventsResource;
import io.aiva.api.idempotency.IdempotencyKeyFilter;
import io.aiva.web.json.ApiJsonProvider;
import io.aiva.web.problem.AlreadyExistsMapper;
import io.aiva.web.problem.ConstraintViolationMapper;
import io.aiva.web.problem.EnumParameters;
import io.aiva.web.problem.InvalidInputMapper;
import io.aiva.web.problem.InvalidParameterMapper;
import io.aiva.web.problem.JsonInputExceptionMapper;
import io.aiva.web.problem.NoTenantMapper;
import io.aiva.web.problem.RequestIdFilter;
import io.aiva.web.problem.RuleViolationMapper;
import io.aiva.web.problem.StaleVersionMapper;
import io.aiva.web.problem.UnexpectedExceptionMapper;
import io.aiva.web.problem.WebApplicationExceptionMapper;
import io.aiva.api.question.QuestionsResource;
import io.aiva.api.security.CallerRateLimit;
import io.aiva.api.security.ImplementationRoles;
import io.aiva.api.security.TenantAccessFilter;
import io.aiva.api.status.StatusResource;
import io.aiva.api.template.TemplatesResource;
import io.aiva.api.tenancy.TenantsResource;
import io.aiva.api.users.UsersResource;
import io.aiva.api.webhook.WebhooksResource;

/**
 * The public API; the web module's context root is {@code /api} and every path starts with its
 * version. Resources are listed because their {@code @Path} sits on the generated interfaces, which
 * class scanning does not follow; {@code PublicApiApplicationTest} fails when one is missing.
 */
@ApplicationPath("/")
public class PublicApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                StatusResource.class,
                TenantsResource.class,
                AuditResource.class,
                UsersResource.class,
                ApiClientsResource.class,
                CompanyResource.class,
                CandidatesResource.class,
                QuestionsResource.class,
                TemplatesResource.class,
                AssignmentsResource.class,
                EventsResource.class,
                WebhooksResource.class,
                GreenhouseIntegrationResource.class,
                GreenhouseAssessmentResource.class,
                ApiJsonProvider.class,
                RequestIdFilter.class,
                TenantAccessFilter.class,
                CallerRateLimit.class,
                IdempotencyKeyFilter.class,
                GreenhouseKeyFilter.class,
                GreenhouseRateLimit.class,
                ImplementationRoles.class,
                WebApplicationExceptionMapper.class,
                ConstraintViolationMapper.class,
                JsonInputExceptionMapper.class,
                AlreadyExistsMapper.class,
                NoTenantMapper.class,
                RuleViolationMapper.class,
                StaleVersionMapper.class,
                InvalidInputMapper.class,
                InvalidParameterMapper.class,
                EnumParameters.class,
                UnexpectedExceptionMapper.class);
    }
}
