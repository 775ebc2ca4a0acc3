package io.aiva.core.analysis;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.aiva.core.code.ConfiguredCodeRunner;

/**
 * The analyses this deployment offers and the one it uses by default. {@code builtin} (offline,
 * nothing leaves the server) is always offered; {@code openai} (any OpenAI-compatible endpoint at
 * {@code AIVA_ANALYSIS_OPENAI_URL}, with {@code AIVA_ANALYSIS_OPENAI_API_KEY} and
 * {@code AIVA_ANALYSIS_OPENAI_MODEL}) when its URL is set; {@code gemini} (Google's Gemini API with
 * {@code AIVA_ANALYSIS_GEMINI_API_KEY} and {@code AIVA_ANALYSIS_GEMINI_MODEL}, through
 * {@code AIVA_ANALYSIS_GEMINI_URL} when a gateway stands in front of it) when its key is set. Both
 * models are asked through {@link ModelCalls} and fall back to the built-in scorer answer by answer
 * whenever they cannot judge. {@code AIVA_ANALYSIS_PROVIDER} is the default a company may override;
 * one that is unknown or not configured is said once at startup.
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
    @ConfigProperty(name = "aiva.analysis.gemini.api-key")
    Optional<String> geminiApiKey;

    @Inject
    @ConfigProperty(name = "aiva.analysis.gemini.model", defaultValue = "gemini-flash-latest")
    String geminiModel;

    @Inject
    @ConfigProperty(name = "aiva.analysis.gemini.url")
    Optional<String> geminiUrl;

    @Inject
    @ConfigProperty(name = "aiva.analysis.timeout-seconds", defaultValue = "30")
    int timeoutSeconds;

    @Inject
    ModelCalls modelCalls;

    @Inject
    ConfiguredCodeRunner codeRunner;

    private final Map<String, InterviewAnalysis> analyses = new LinkedHashMap<>();
    private GeminiJudge gemini;
    private String defaultProvider;

    @PostConstruct
    void prepare() {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        analyses.put(InterviewAnalysis.PROVIDER, new InterviewAnalysis(TermRarity.library(), null, codeRunner.runner().orElse(null)));
        openAiUrl.filter(url -> !url.isBlank()).ifPresent(url -> offer(
                new OpenAiCompatibleJudge(url, openAiApiKey.orElse(null), openAiModel, timeout)));
        geminiApiKey.filter(key -> !key.isBlank()).ifPresent(key -> {
            gemini = new GeminiJudge(geminiUrl.orElse(null), key, geminiModel, timeout);
            offer(gemini);
        });
        if (analyses.containsKey(provider)) {
            defaultProvider = provider;
        } else {
            defaultProvider = InterviewAnalysis.PROVIDER;
            LOG.warning(() -> "AIVA_ANALYSIS_PROVIDER '" + provider + "' is not configured here (offered: " + available()
                    + "); interviews are scored by the built-in analysis unless a company chooses otherwise");
        }
        LOG.info(() -> "Interview analysis: " + defaultProvider + " by default; offered: " + available()
                + (analyses.containsKey(OpenAiCompatibleJudge.PROVIDER) ? " (openai: model " + openAiModel + ")" : "")
                + (analyses.containsKey(GeminiJudge.PROVIDER) ? " (gemini: model " + geminiModel + ")" : ""));
    }

    private void offer(RubricJudge model) {
        analyses.put(model.provider(), new InterviewAnalysis(TermRarity.library(), ModelCalls.guarding(model, modelCalls),
                codeRunner.runner().orElse(null)));
    }

    @PreDestroy
    void disconnect() {
        if (gemini != null) {
            gemini.close();
        }
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
