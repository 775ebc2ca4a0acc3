package io.aiva.core.analysis;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The analyses this deployment offers and the one it uses by default. {@code builtin} (offline,
 * nothing leaves the server) is always offered; {@code openai} (any OpenAI-compatible endpoint at
 * {@code AIVA_ANALYSIS_OPENAI_URL}, with {@code AIVA_ANALYSIS_OPENAI_API_KEY} and
 * {@code AIVA_ANALYSIS_OPENAI_MODEL}) when its URL is set, and falls back to the built-in scorer
 * answer by answer whenever the model cannot judge. {@code AIVA_ANALYSIS_PROVIDER} is the default a
 * company may override; one that is unknown or not configured is said once at startup.
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

    private final Map<String, InterviewAnalysis> analyses = new LinkedHashMap<>();
    private String defaultProvider;

    @PostConstruct
    void prepare() {
        analyses.put(InterviewAnalysis.PROVIDER, new InterviewAnalysis(TermRarity.library()));
        openAiUrl.filter(url -> !url.isBlank()).ifPresent(url -> analyses.put(OpenAiCompatibleJudge.PROVIDER,
                new InterviewAnalysis(TermRarity.library(), new OpenAiCompatibleJudge(url, openAiApiKey.orElse(null), openAiModel,
                        Duration.ofSeconds(timeoutSeconds)))));
        if (analyses.containsKey(provider)) {
            defaultProvider = provider;
        } else {
            defaultProvider = InterviewAnalysis.PROVIDER;
            LOG.warning(() -> "AIVA_ANALYSIS_PROVIDER '" + provider + "' is not configured here (offered: " + available()
                    + "); interviews are scored by the built-in analysis unless a company chooses otherwise");
        }
        LOG.info(() -> "Interview analysis: " + defaultProvider + " by default; offered: " + available()
                + (analyses.containsKey(OpenAiCompatibleJudge.PROVIDER) ? " (openai: model " + openAiModel + ")" : ""));
    }

    public List<String> available() {
        return List.copyOf(analyses.keySet());
    }

    public String defaultProvider() {
        return defaultProvider;
    }

    /** The analysis a company chose, or the default when it chose one this deployment no longer offers. */
    public InterviewAnalysis analysisFor(String chosen) {
        return analyses.getOrDefault(chosen, analyses.get(defaultProvider));
    }
}
