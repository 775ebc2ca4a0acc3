package io.aiva.sdk.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.aiva.sdk.ApiClient;
import io.aiva.sdk.ApiException;
import io.aiva.sdk.api.ApiClientsApi;
import io.aiva.sdk.api.AssignmentsApi;
import io.aiva.sdk.api.AuditApi;
import io.aiva.sdk.api.CandidatesApi;
import io.aiva.sdk.api.CompanyApi;
import io.aiva.sdk.api.EventsApi;
import io.aiva.sdk.api.IntegrationsApi;
import io.aiva.sdk.api.QuestionsApi;
import io.aiva.sdk.api.StatusApi;
import io.aiva.sdk.api.TemplatesApi;
import io.aiva.sdk.api.TenantsApi;
import io.aiva.sdk.api.UsersApi;
import io.aiva.sdk.api.WebhooksApi;

/**
 * The AIVA API for one of your company's API clients: the generated API classes, sending through a transport
 * that gets and renews the client's access tokens from Keycloak, tries failed calls again when that is safe,
 * gives every {@code POST} an {@code Idempotency-Key}, and throws each error answer as the
 * {@link AivaApiException} of its family. Build one per API client and share it: it and its API classes are
 * thread-safe.
 *
 * <pre>{@code
 * AivaClient aiva = AivaClient.builder()
 *         .baseUrl("https://aiva.example.com/api")
 *         .tokenUrl("https://id.aiva.example.com/realms/aiva/protocol/openid-connect/token")
 *         .clientCredentials(clientId, clientSecret)
 *         .build();
 * Candidate candidate = aiva.candidates().getCandidate(candidateId);
 * }</pre>
 */
public final class AivaClient {

    private static final String VERSION = readVersion();
    /** What a User-Agent header may carry: visible ASCII and spaces. */
    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7E]+");

    private final ApiClient apiClient;
    private final ApiClientsApi apiClients;
    private final AssignmentsApi assignments;
    private final AuditApi audit;
    private final CandidatesApi candidates;
    private final CompanyApi company;
    private final EventsApi events;
    private final IntegrationsApi integrations;
    private final QuestionsApi questions;
    private final StatusApi status;
    private final TemplatesApi templates;
    private final TenantsApi tenants;
    private final UsersApi users;
    private final WebhooksApi webhooks;

    private AivaClient(Builder builder) {
        ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
        String userAgent = (builder.application == null ? "" : builder.application + " ") + "aiva-sdk-java/" + VERSION;
        HttpClient http = builder.httpClient != null ? builder.httpClient
                : HttpClient.newBuilder().connectTimeout(builder.connectTimeout).build();
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(http, builder.tokenUrl, builder.clientId,
                builder.clientSecret, builder.scope, userAgent, builder.requestTimeout, mapper, builder.clock);
        AivaTransport transport = new AivaTransport(http, tokens, builder.retryPolicy, userAgent,
                builder.automaticIdempotencyKeys, builder.clock);
        this.apiClient = new TransportApiClient(transport, mapper, builder.baseUrl.toString());
        this.apiClient.setReadTimeout(builder.requestTimeout);
        ErrorAnswers errors = new ErrorAnswers(mapper, builder.clock);

        // getApiException is the generated classes' own hook for turning an error answer into an exception.
        this.apiClients = new ApiClientsApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
        this.assignments = new AssignmentsApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
        this.audit = new AuditApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
        this.candidates = new CandidatesApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
        this.company = new CompanyApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
        this.events = new EventsApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
        this.integrations = new IntegrationsApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
        this.questions = new QuestionsApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
        this.status = new StatusApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
        this.templates = new TemplatesApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
        this.tenants = new TenantsApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
        this.users = new UsersApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
        this.webhooks = new WebhooksApi(apiClient) {
            @Override
            protected ApiException getApiException(String operationId, HttpResponse<InputStream> response) throws IOException {
                return errors.toException(operationId, response);
            }
        };
    }

    /**
     * @return a builder for a client
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return this SDK's version, as sent in the {@code User-Agent} ({@code aiva-sdk-java/<version>})
     */
    public static String sdkVersion() {
        return VERSION;
    }

    /**
     * The generated client's configuration, sending through this client's transport (tokens, retries,
     * idempotency keys), for constructing API classes yourself. Those throw the generated
     * {@link ApiException} on error answers, not the typed exceptions; change no settings on it, the API
     * classes of this client are already built.
     *
     * @return the generated client's configuration
     */
    public ApiClient apiClient() {
        return apiClient;
    }

    /**
     * @return the operations on API clients: your company's credentials for its own systems
     */
    public ApiClientsApi apiClients() {
        return apiClients;
    }

    /**
     * @return the operations on assignments: interviews assigned to candidates, their launch links and scorecards
     */
    public AssignmentsApi assignments() {
        return assignments;
    }

    /**
     * @return the operations on the audit trail of your company
     */
    public AuditApi audit() {
        return audit;
    }

    /**
     * @return the operations on candidates: the people your company interviews
     */
    public CandidatesApi candidates() {
        return candidates;
    }

    /**
     * @return the operations on your own company and its settings
     */
    public CompanyApi company() {
        return company;
    }

    /**
     * @return the operations on the feed of events of your company's interviews
     */
    public EventsApi events() {
        return events;
    }

    /**
     * @return the operations on your company's ATS integrations: Greenhouse's keys, settings and callbacks
     */
    public IntegrationsApi integrations() {
        return integrations;
    }

    /**
     * @return the operations on your company's question bank
     */
    public QuestionsApi questions() {
        return questions;
    }

    /**
     * @return the operations on the API's status and version
     */
    public StatusApi status() {
        return status;
    }

    /**
     * @return the operations on interview templates
     */
    public TemplatesApi templates() {
        return templates;
    }

    /**
     * @return the operations on tenants (AIVA's platform operators only)
     */
    public TenantsApi tenants() {
        return tenants;
    }

    /**
     * @return the operations on the people of your company who use AIVA
     */
    public UsersApi users() {
        return users;
    }

    /**
     * @return the operations on webhook endpoints and their deliveries
     */
    public WebhooksApi webhooks() {
        return webhooks;
    }

    private static String readVersion() {
        Properties properties = new Properties();
        try (InputStream in = AivaClient.class.getResourceAsStream("sdk-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("sdk-version.properties is missing from the AIVA SDK");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** The generated {@link ApiClient}, handing every API class our transport instead of a plain HttpClient. */
    private static final class TransportApiClient extends ApiClient {

        private final HttpClient transport;

        TransportApiClient(HttpClient transport, ObjectMapper mapper, String baseUri) {
            super(HttpClient.newBuilder(), mapper, baseUri);
            this.transport = transport;
        }

        @Override
        public HttpClient getHttpClient() {
            return transport;
        }
    }

    /** Builds an {@link AivaClient}: the base URL, the token URL and the client credentials are required. */
    public static final class Builder {

        private URI baseUrl;
        private URI tokenUrl;
        private String clientId;
        private String clientSecret;
        private String scope;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private boolean automaticIdempotencyKeys = true;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private String application;
        private HttpClient httpClient;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param baseUrl the API's base URL, the server's {@code /api}, such as {@code https://aiva.example.com/api}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            String url = Objects.requireNonNull(baseUrl, "baseUrl");
            this.baseUrl = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            return this;
        }

        /**
         * @param tokenUrl Keycloak's token endpoint of the realm, such as
         *        {@code https://id.example.com/realms/aiva/protocol/openid-connect/token}
         * @return this builder
         */
        public Builder tokenUrl(String tokenUrl) {
            this.tokenUrl = URI.create(Objects.requireNonNull(tokenUrl, "tokenUrl"));
            return this;
        }

        /**
         * @param clientId the API client's id, shown when a company admin created it
         * @param clientSecret the API client's secret, shown once when it was created or rotated
         * @return this builder
         */
        public Builder clientCredentials(String clientId, String clientSecret) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
            return this;
        }

        /**
         * @param scope the OAuth 2.0 scope to ask tokens for; none unless set
         * @return this builder
         */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /**
         * @param retryPolicy when to try failed calls again; {@link RetryPolicy#defaults()} unless set
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /**
         * @param automaticIdempotencyKeys whether a {@code POST} sent without an {@code Idempotency-Key} gets a new
         *        random one (on by default). Without a key a {@code POST} is never retried.
         * @return this builder
         */
        public Builder automaticIdempotencyKeys(boolean automaticIdempotencyKeys) {
            this.automaticIdempotencyKeys = automaticIdempotencyKeys;
            return this;
        }

        /**
         * Names your application in every request's {@code User-Agent}, ahead of the SDK's own product, so that
         * AIVA's support can tell your integration's requests apart.
         *
         * @param application a product token such as {@code greenhouse-connector/2.1}: visible ASCII,
         *        spaces allowed between tokens
         * @return this builder
         * @throws IllegalArgumentException if it is blank or holds anything else (a header cannot carry a line break)
         */
        public Builder userAgent(String application) {
            Objects.requireNonNull(application, "application");
            if (application.isBlank() || !PRINTABLE.matcher(application).matches()) {
                throw new IllegalArgumentException("userAgent must be visible ASCII text such as my-connector/1.0");
            }
            this.application = application.strip();
            return this;
        }

        /**
         * @param requestTimeout how long one attempt may wait for its answer; 30 seconds unless set
         * @return this builder
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /**
         * @param connectTimeout how long connecting may take; 10 seconds unless set (ignored with {@link #httpClient})
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * @param httpClient the JDK HTTP client to send with, for a proxy or TLS settings of your own; one with a
         *        10-second connect timeout unless set
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** The clock tokens expire by and retries are timed by; tests set it. */
        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return the client
         * @throws IllegalStateException if the base URL, token URL or client credentials are missing
         */
        public AivaClient build() {
            if (baseUrl == null || tokenUrl == null || clientId == null) {
                throw new IllegalStateException("an AivaClient needs baseUrl, tokenUrl and clientCredentials");
            }
            return new AivaClient(this);
        }
    }
}
