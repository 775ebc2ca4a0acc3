package it.io.aiva.docs;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.aiva.localstack.DemoUsers;
import io.aiva.localstack.LocalStack;
import io.aiva.sdk.ApiException;
import io.aiva.sdk.api.ApiClientsApi;
import io.aiva.sdk.api.CompanyApi;
import io.aiva.sdk.api.TenantsApi;
import io.aiva.sdk.client.AivaClient;
import io.aiva.sdk.model.AnalysisProvider;
import io.aiva.sdk.model.AnswerMode;
import io.aiva.sdk.model.ApiClientCreate;
import io.aiva.sdk.model.ApiClientCredentials;
import io.aiva.sdk.model.CompanySettingsWrite;
import io.aiva.sdk.model.PersonCreate;
import io.aiva.sdk.model.QuestionType;
import io.aiva.sdk.model.SelectionRule;
import io.aiva.sdk.model.TemplateSection;
import io.aiva.sdk.model.TemplateWrite;
import io.aiva.sdk.model.TenantCreate;
import io.aiva.sdk.model.TenantOnboarding;
import it.io.aiva.platform.Platform;

/**
 * What the guide's reader has before the first line of code, made for one test as it is made for a real
 * company: the company onboarded by the platform operator, its admin through their first sign-in, and the API
 * client the admin creates for the integration ("What you need" in docs/integrate.md).
 */
record GuideCompany(String slug, String adminToken, ApiClientCredentials integration) {

    /** The interview template the guide's integration looks up by name, as a recruiter would have made it. */
    static final String TEMPLATE_NAME = "Backend engineer screen";
    /** Another template, for an application assigned one template and then, wrongly, another. */
    static final String OTHER_TEMPLATE_NAME = "Frontend engineer screen";

    static GuideCompany onboard(LocalStack platform, String prefix) throws Exception {
        TenantsApi operator = new TenantsApi(Platform.apiClient(platform,
                platform.login().accessToken(DemoUsers.SUPER_ADMIN, DemoUsers.PASSWORD)));
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String email = slug + "-admin@example.com";
        TenantOnboarding onboarded = operator.createTenant(new TenantCreate().name("Company " + slug).slug(slug)
                .firstAdmin(new PersonCreate().email(email).firstName("Ada").lastName("Admin")), null);
        String admin = platform.login().firstSignIn(email, onboarded.getFirstAdmin().getTemporaryPassword(),
                "a-new-password-of-" + slug);
        ApiClientCredentials integration = new ApiClientsApi(Platform.apiClient(platform, admin))
                .createApiClient(new ApiClientCreate().name("ATS integration"), null);
        return new GuideCompany(slug, admin, integration);
    }

    /** The settings the guide reads from the environment, for this company's API client. */
    JavaQuickstart.AivaConfig config(LocalStack platform) {
        return new JavaQuickstart.AivaConfig(platform.baseUri() + "/api", integration.getTokenUrl(),
                integration.getClient().getClientId(), integration.getClientSecret());
    }

    /** A template of two technical questions answered in writing, so a test can answer it without a microphone. */
    UUID createTemplate(AivaClient aiva, String name) throws ApiException {
        // The generated section starts with an empty questionIds list, which the API reads as a second way of
        // choosing the questions beside the rule: it must be absent.
        TemplateSection backend = new TemplateSection().title("Backend").questionIds(null)
                .rule(new SelectionRule().count(2).types(List.of(QuestionType.TECHNICAL)));
        return aiva.templates().createTemplate(new TemplateWrite().name(name).language("en")
                .answerModes(Set.of(AnswerMode.TEXT)).sections(List.of(backend)), null).getId();
    }

    /** Lets pages on {@code origin} frame this company's interviews: a company admin's setting. */
    void allowEmbeddingOn(LocalStack platform, String origin) throws ApiException {
        new CompanyApi(Platform.apiClient(platform, adminToken)).replaceCompanySettings(new CompanySettingsWrite()
                .analysisProvider(AnalysisProvider.BUILTIN).embedOrigins(List.of(origin)), null);
    }
}
