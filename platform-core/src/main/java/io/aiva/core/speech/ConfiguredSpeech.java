package io.aiva.core.speech;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transcription this deployment offers. {@code browser} (the default): the transcript the
 * candidate's browser sent is what is scored. {@code google} ({@code AIVA_SPEECH_PROVIDER}):
 * recordings stored in Cloud Storage are transcribed by Google Speech-to-Text, signed in with
 * Application Default Credentials or the service-account key at
 * {@code AIVA_SPEECH_GOOGLE_CREDENTIALS}; {@code none} there is for an endpoint that needs no
 * Google sign-in ({@code AIVA_SPEECH_GOOGLE_ENDPOINT}: a proxy that signs requests itself, or a test
 * stand-in).
 */
@ApplicationScoped
public class ConfiguredSpeech {

    public static final String BROWSER = "browser";
    private static final Logger LOG = Logger.getLogger(ConfiguredSpeech.class.getName());
    /** Interview languages as Google names them; a language not listed is passed as it is. */
    private static final Map<String, String> GOOGLE_LANGUAGES = Map.of("en", "en-US", "de", "de-DE", "es", "es-ES",
            "fr", "fr-FR", "pt", "pt-BR", "it", "it-IT", "nl", "nl-NL");

    @Inject
    @ConfigProperty(name = "aiva.speech.provider", defaultValue = BROWSER)
    String provider;

    @Inject
    @ConfigProperty(name = "aiva.speech.google.credentials")
    Optional<String> credentials;

    @Inject
    @ConfigProperty(name = "aiva.speech.google.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "aiva.speech.google.model", defaultValue = "latest_long")
    String model;

    @Inject
    @ConfigProperty(name = "aiva.speech.google.poll-interval-ms", defaultValue = "5000")
    long pollIntervalMillis;

    @Resource
    ManagedScheduledExecutorService executor;

    private GoogleSpeechTranscriber google;

    @PostConstruct
    void prepare() {
        if (GoogleSpeechTranscriber.PROVIDER.equals(provider)) {
            GoogleSpeechConfig defaults = GoogleSpeechConfig.defaults();
            google = new GoogleSpeechTranscriber(defaults.withEndpoint(endpoint.orElse(null)).withModel(model)
                    .withAuthentication(authentication()).withPolling(Duration.ofMillis(pollIntervalMillis), defaults.pollDeadline()),
                    executor);
            LOG.info(() -> "Spoken answers stored in Cloud Storage are transcribed by Google Speech-to-Text (" + model + ")");
        } else if (!BROWSER.equals(provider)) {
            LOG.warning(() -> "AIVA_SPEECH_PROVIDER '" + provider + "' is not one of browser, google; the browser's transcripts"
                    + " are scored");
        }
    }

    private GoogleSpeechConfig.Authentication authentication() {
        return credentials.filter(value -> !value.isBlank()).map(value -> "none".equals(value)
                ? GoogleSpeechConfig.Authentication.none()
                : GoogleSpeechConfig.Authentication.serviceAccountKey(Path.of(value)))
                .orElse(GoogleSpeechConfig.Authentication.applicationDefault());
    }

    @PreDestroy
    void disconnect() {
        if (google != null) {
            google.close();
        }
    }

    /** The server-side transcriber, or empty when the browser's transcripts are scored. */
    public Optional<SpeechTranscriber> transcriber() {
        return Optional.ofNullable(google);
    }

    /** An interview language ({@code en}) as the speech service names it ({@code en-US}). */
    public static String speechLanguage(String language) {
        return GOOGLE_LANGUAGES.getOrDefault(language.toLowerCase(Locale.ROOT), language);
    }
}
