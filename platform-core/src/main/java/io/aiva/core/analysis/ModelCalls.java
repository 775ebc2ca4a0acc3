package io.aiva.core.analysis;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.aiva.core.question.QuestionContent;

/**
 * How this server asks a language model: a busy model (slow, unreachable, rate-limited, failing)
 * is asked again twice after a growing pause; a model busy for most of its recent calls is not
 * asked at all for a minute, so an outage costs each interview seconds, not a timeout per answer.
 * Replies the model got wrong are not retried: asking again would only repeat them. The figures
 * are MicroProfile Fault Tolerance settings, overridable by configuration; each provider has its
 * own method so that one provider's outage does not open the other's circuit.
 */
@ApplicationScoped
@Retry(maxRetries = 2, delay = 2, delayUnit = ChronoUnit.SECONDS, jitter = 1, jitterDelayUnit = ChronoUnit.SECONDS,
        maxDuration = 3, durationUnit = ChronoUnit.MINUTES, retryOn = ModelBusyException.class)
@CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 1, delayUnit = ChronoUnit.MINUTES,
        failOn = ModelBusyException.class)
public class ModelCalls {

    public List<CriterionEvidence> askOpenAi(RubricJudge model, QuestionContent question, String answer) {
        return model.judge(question, answer);
    }

    public List<CriterionEvidence> askGemini(RubricJudge model, QuestionContent question, String answer) {
        return model.judge(question, answer);
    }

    /** {@code model} asked through {@code calls}, with its provider's retries and circuit. */
    static RubricJudge guarding(RubricJudge model, ModelCalls calls) {
        return new GuardedJudge(model, calls);
    }

    private record GuardedJudge(RubricJudge judge, ModelCalls calls) implements RubricJudge {

        @Override
        public String provider() {
            return judge.provider();
        }

        @Override
        public Optional<String> model() {
            return judge.model();
        }

        @Override
        public List<CriterionEvidence> judge(QuestionContent question, String answer) {
            try {
                return switch (judge.provider()) {
                    case GeminiJudge.PROVIDER -> calls.askGemini(judge, question, answer);
                    case OpenAiCompatibleJudge.PROVIDER -> calls.askOpenAi(judge, question, answer);
                    default -> throw new IllegalArgumentException("no calls are set up for the provider " + judge.provider());
                };
            } catch (CircuitBreakerOpenException e) {
                throw new JudgeUnavailableException("the model failed most of its recent requests, so it is left alone for a minute", e);
            }
        }
    }
}
