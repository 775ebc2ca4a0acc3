package io.aiva.core.analysis;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The analysis this deployment uses, chosen by {@code AIVA_ANALYSIS_PROVIDER}: {@code builtin}
 * (the default: offline, nothing leaves the server) or {@code openai} (any OpenAI-compatible
 * endpoint at {@code AIVA_ANALYSIS_OPENAI_URL}, with {@code AIVA_ANALYSIS_OPENAI_API_KEY} and
 * {@code AIVA_ANALYSIS_OPENAI_MODEL}), which falls back to the built-in scorer, answer by answer,
 * whenever the model cannot judge. A provider that is unknown or not configured is said once at
 * startup, and the built-in analysis is used.
 */
@ApplicationScoped
public class ConfiguredAnalysis {

    private static final Logger LOG = Logger.getLogger(ConfiguredAnalysis.class.getName());

    @Inject
    @ConfigProperty(name = "aiva.analysis.provider", defaultValue = InterviewAnalysis.PROVIDER)
    String provider;

    @Inject
    @ConfigProperty(name = "aiva.analysis.openai.url")
    Optional<String> openAiUrl;

    @Inject
    @ConfigProperty(name = "aiva.analysis.openai.api-key")
    Optional<String> openAiApiKey;

    @Inject
    @ConfigProperty(name = "aiva.analysis.openai.model", defaultValue = "gpt-4o-mini")
    String openAiModel;

    @Inject
    @ConfigProperty(name = "aiva.analysis.timeout-seconds", defaultValue = "30")
    int timeoutSeconds;

    private InterviewAnalysis analysis;

    @PostConstruct
    void choose() {
        analysis = new InterviewAnalysis(TermRarity.library(), judge().orElse(null));
    }

    public InterviewAnalysis analysis() {
        return analysis;
    }

    private Optional<RubricJudge> judge() {
        if (InterviewAnalysis.PROVIDER.equals(provider)) {
            return Optional.empty();
        }
        if (OpenAiCompatibleJudge.PROVIDER.equals(provider)) {
            if (openAiUrl.isEmpty()) {
                LOG.warning("AIVA_ANALYSIS_PROVIDER is openai but AIVA_ANALYSIS_OPENAI_URL is not set; interviews are scored by the built-in analysis");
                return Optional.empty();
            }
            LOG.info(() -> "Interviews are scored by the model " + openAiModel + " at " + openAiUrl.get()
                    + ", with the built-in analysis for answers it cannot judge");
            return Optional.of(new OpenAiCompatibleJudge(openAiUrl.get(), openAiApiKey.orElse(null), openAiModel,
                    Duration.ofSeconds(timeoutSeconds)));
        }
        LOG.warning(() -> "AIVA_ANALYSIS_PROVIDER '" + provider + "' is not one of builtin, openai; interviews are scored by the built-in analysis");
        return Optional.empty();
    }
}
