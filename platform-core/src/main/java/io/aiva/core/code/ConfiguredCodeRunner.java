package io.aiva.core.code;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The code runner this deployment offers, if any: a self-hosted Judge0 at
 * {@code AIVA_CODE_JUDGE0_URL} (with {@code AIVA_CODE_JUDGE0_AUTH_TOKEN} when it asks for one, sent
 * under {@code AIVA_CODE_JUDGE0_AUTH_HEADER}), or Judge0 CE through RapidAPI with
 * {@code AIVA_CODE_JUDGE0_RAPIDAPI_KEY}. {@code AIVA_CODE_JUDGE0_LANGUAGE_IDS}
 * ({@code python=71,java=62}) adds or replaces language ids for an instance set up differently.
 * Without either, coding answers are judged on their text only, and their scorecards say so.
 */
@ApplicationScoped
public class ConfiguredCodeRunner {

    private static final Logger LOG = Logger.getLogger(ConfiguredCodeRunner.class.getName());

    @Inject
    @ConfigProperty(name = "aiva.code.judge0.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "aiva.code.judge0.auth-header", defaultValue = Judge0Settings.DEFAULT_AUTH_HEADER)
    String authHeader;

    @Inject
    @ConfigProperty(name = "aiva.code.judge0.auth-token")
    Optional<String> authToken;

    @Inject
    @ConfigProperty(name = "aiva.code.judge0.rapidapi-key")
    Optional<String> rapidApiKey;

    @Inject
    @ConfigProperty(name = "aiva.code.judge0.language-ids")
    Optional<String> languageIds;

    private CodeRunner runner;

    @PostConstruct
    void prepare() {
        Optional<Judge0Settings> settings = url.filter(base -> !base.isBlank())
                .map(base -> Judge0Settings.selfHosted(base, authHeader, authToken.orElse(null)))
                .or(() -> rapidApiKey.filter(key -> !key.isBlank()).map(Judge0Settings::rapidApi));
        runner = settings.map(chosen -> new Judge0CodeRunner(chosen.withLanguageIds(languageIds(languageIds.orElse("")))))
                .orElse(null);
        LOG.info(() -> settings.map(chosen -> "Coding answers are run by Judge0 at " + chosen.baseUrl())
                .orElse("Coding answers are not run: no Judge0 is configured (AIVA_CODE_JUDGE0_URL or AIVA_CODE_JUDGE0_RAPIDAPI_KEY)"));
    }

    /** The runner, or empty when the deployment has none. */
    public Optional<CodeRunner> runner() {
        return Optional.ofNullable(runner);
    }

    static Map<String, Integer> languageIds(String pairs) {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (String pair : pairs.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            try {
                ids.put(parts[0].strip(), Integer.valueOf(parts[1].strip()));
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalArgumentException("AIVA_CODE_JUDGE0_LANGUAGE_IDS takes language=id pairs separated by commas,"
                        + " such as python=71,java=62; '" + pair.strip() + "' is not one", e);
            }
        }
        return ids;
    }
}
