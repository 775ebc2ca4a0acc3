package io.aiva.core.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.api.client.http.HttpResponseException;
import com.google.api.gax.core.CredentialsProvider;
import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.api.gax.core.FixedExecutorProvider;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.httpjson.RestSerializationException;
import com.google.api.gax.longrunning.OperationFuture;
import com.google.api.gax.longrunning.OperationSnapshot;
import com.google.api.gax.longrunning.OperationTimedPollAlgorithm;
import com.google.api.gax.retrying.RetrySettings;
import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.api.gax.rpc.UnaryCallSettings;
import com.google.auth.oauth2.ServiceAccountCredentials;
import com.google.cloud.speech.v1.LongRunningRecognizeMetadata;
import com.google.cloud.speech.v1.LongRunningRecognizeRequest;
import com.google.cloud.speech.v1.LongRunningRecognizeResponse;
import com.google.cloud.speech.v1.RecognitionAudio;
import com.google.cloud.speech.v1.RecognitionConfig;
import com.google.cloud.speech.v1.SpeechClient;
import com.google.cloud.speech.v1.SpeechRecognitionAlternative;
import com.google.cloud.speech.v1.SpeechRecognitionResult;
import com.google.cloud.speech.v1.SpeechSettings;
import com.google.cloud.speech.v1.WordInfo;
import com.google.protobuf.ByteString;

/**
 * Transcribes an answer with Google Cloud Speech-to-Text v1 through Google's own Java client, over
 * its HTTP/JSON transport (no gRPC): long-running recognition ({@code POST
 * /v1/speech:longrunningrecognize}, which answers with an Operation), then {@code GET
 * /v1/operations/{name}} until the Operation is {@code done}, with word time offsets and automatic
 * punctuation on. Long-running recognition because answers run to several minutes and synchronous
 * recognition stops at about one.
 *
 * <p>Shapes followed, from Google's Speech-to-Text documentation: the v1 REST reference of
 * {@code speech.longrunningrecognize}, {@code RecognitionConfig}, {@code RecognitionAudio} (either
 * {@code content}, base64, or {@code uri}, {@code gs://bucket/object}), {@code
 * LongRunningRecognizeResponse}, {@code SpeechRecognitionResult} and {@code WordInfo} (offsets as
 * Duration strings such as {@code "1.300s"}, set only on the top alternative, in steps of 100 ms),
 * {@code LongRunningRecognizeMetadata} and {@code operations.get}; the guide "Get word timestamps"
 * (async-time-offsets), whose sample Operation the tests answer with; "Quotas and limits" (inline
 * audio: 10 MB per request and, for long-running recognition, about a minute; longer audio only from
 * Cloud Storage); and "Select a transcription model" ({@code latest_long} for long-form spontaneous
 * speech). The client sends enums as numbers ({@code "encoding": 9}) and asks for
 * {@code $alt=json;enum-encoding=int}; protobuf's JSON mapping accepts both forms.
 *
 * <p>Every failure, whether Google could not be reached, was too slow, refused (429, 5xx), failed
 * the recognition (the Operation's {@code error}), or answered something unreadable, becomes a
 * {@link TranscriptionUnavailableException} with a one-line reason. Holds a client with threads:
 * {@link #close()} it.
 */
public final class GoogleSpeechTranscriber implements SpeechTranscriber, AutoCloseable {

    public static final String PROVIDER = "google";
    /** Google's limit on a request carrying inline audio; the JSON request carries it as base64. */
    static final long INLINE_REQUEST_LIMIT_BYTES = 10_000_000;
    /** The bound gax's operations client puts on one {@code operations.get}, its retries included. */
    static final Duration POLL_REQUEST_BOUND = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final GoogleSpeechConfig config;
    private final SpeechClient client;
    private final Duration waitLimit;

    /** A client with its own threads. */
    public GoogleSpeechTranscriber(GoogleSpeechConfig config) {
        this(config, null);
    }

    /**
     * A client whose background work (polling, the HTTP calls) runs on {@code executor}, such as
     * the server's managed scheduled executor; {@code null} for threads of its own.
     *
     * @throws TranscriptionUnavailableException when the credentials cannot be loaded
     */
    public GoogleSpeechTranscriber(GoogleSpeechConfig config, ScheduledExecutorService executor) {
        this.config = config;
        this.waitLimit = startBudget(config).plus(config.pollDeadline()).plus(POLL_REQUEST_BOUND).plusSeconds(1);
        try {
            this.client = SpeechClient.create(settings(config, executor));
        } catch (IOException e) {
            throw new TranscriptionUnavailableException("Google Speech could not be set up: " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Transcript transcribe(RecordedAudio audio, String languageCode) {
        LongRunningRecognizeRequest request = request(audio, languageCode, config.model());
        OperationFuture<LongRunningRecognizeResponse, LongRunningRecognizeMetadata> operation =
                client.longRunningRecognizeAsync(request);
        try {
            return transcript(operation.get(waitLimit.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            throw unavailable(e.getCause());
        } catch (CancellationException e) {
            throw new TranscriptionUnavailableException("Google Speech had no transcript within the polling deadline of "
                    + seconds(config.pollDeadline()), e);
        } catch (TimeoutException e) {
            operation.cancel(true);
            throw new TranscriptionUnavailableException("Google Speech had no transcript within " + seconds(waitLimit), e);
        } catch (InterruptedException e) {
            operation.cancel(true);
            Thread.currentThread().interrupt();
            throw new TranscriptionUnavailableException("interrupted while waiting for Google Speech", e);
        } catch (ApiException e) {
            throw unavailable(e);
        }
    }

    /** Stops the client's threads, giving requests under way a few seconds to end. */
    @Override
    public void close() {
        client.close();
        try {
            if (!client.awaitTermination(5, TimeUnit.SECONDS)) {
                client.shutdownNow();
            }
        } catch (InterruptedException e) {
            client.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The client's settings, every bound explicit rather than the generated defaults (which give
     * the start request a 5000 s timeout and poll for 5 minutes): the start is retried only on
     * {@code UNAVAILABLE} (HTTP 503), where Google did not take the request, at most
     * {@code maxAttempts} times; a 429 (quota) or anything else is not retried here, since retrying
     * within seconds would not help and the caller's durable job retries later. (A refused
     * connection is not retried either: gax reports it as {@code UNKNOWN}, which it never retries.)
     * Polls are spaced by {@code pollInterval} and stop at {@code pollDeadline}. A poll carries no
     * timeout of the polling algorithm's, as Google's defaults do: gax would cut such a timeout to
     * the time left before the deadline, so the deadline would end in a poll's "deadline exceeded"
     * instead of the polling's own end. Each poll is bounded instead by the operations client's
     * defaults ({@link #POLL_REQUEST_BOUND}, retrying a 503 within it).
     */
    static SpeechSettings settings(GoogleSpeechConfig config, ScheduledExecutorService executor) throws IOException {
        SpeechSettings.Builder builder = SpeechSettings.newHttpJsonBuilder()
                .setCredentialsProvider(credentials(config.authentication()));
        if (config.endpoint() != null) {
            builder.setEndpoint(config.endpoint());
        }
        if (executor != null) {
            builder.setBackgroundExecutorProvider(FixedExecutorProvider.create(executor));
        }
        RetrySettings start = RetrySettings.newBuilder()
                .setMaxAttempts(config.maxAttempts())
                .setInitialRetryDelayDuration(config.retryDelay())
                .setRetryDelayMultiplier(2.0)
                .setMaxRetryDelayDuration(config.retryDelay().multipliedBy(4))
                .setInitialRpcTimeoutDuration(config.requestTimeout())
                .setRpcTimeoutMultiplier(1.0)
                .setMaxRpcTimeoutDuration(config.requestTimeout())
                .setTotalTimeoutDuration(startBudget(config))
                .build();
        builder.longRunningRecognizeSettings().setRetryableCodes(StatusCode.Code.UNAVAILABLE).setRetrySettings(start);
        UnaryCallSettings<LongRunningRecognizeRequest, OperationSnapshot> startCall =
                UnaryCallSettings.<LongRunningRecognizeRequest, OperationSnapshot>newUnaryCallSettingsBuilder()
                        .setRetryableCodes(StatusCode.Code.UNAVAILABLE)
                        .setRetrySettings(start)
                        .build();
        builder.longRunningRecognizeOperationSettings()
                .setInitialCallSettings(startCall)
                .setPollingAlgorithm(OperationTimedPollAlgorithm.create(RetrySettings.newBuilder()
                        .setInitialRetryDelayDuration(config.pollInterval())
                        .setRetryDelayMultiplier(1.0)
                        .setMaxRetryDelayDuration(config.pollInterval())
                        .setInitialRpcTimeoutDuration(Duration.ZERO)
                        .setRpcTimeoutMultiplier(1.0)
                        .setMaxRpcTimeoutDuration(Duration.ZERO)
                        .setTotalTimeoutDuration(config.pollDeadline())
                        .build()));
        return builder.build();
    }

    private static CredentialsProvider credentials(GoogleSpeechConfig.Authentication authentication) throws IOException {
        if (authentication instanceof GoogleSpeechConfig.Authentication.ServiceAccountKey key) {
            try (InputStream in = Files.newInputStream(key.keyFile())) {
                return FixedCredentialsProvider.create(
                        ServiceAccountCredentials.fromStream(in).createScoped(SpeechSettings.getDefaultServiceScopes()));
            }
        }
        if (authentication instanceof GoogleSpeechConfig.Authentication.None) {
            return NoCredentialsProvider.create();
        }
        return SpeechSettings.defaultCredentialsProviderBuilder().build();
    }

    /** The longest the start may take, all its attempts and the waits between them included. */
    private static Duration startBudget(GoogleSpeechConfig config) {
        return config.requestTimeout().plus(config.retryDelay().multipliedBy(4)).multipliedBy(config.maxAttempts());
    }

    static LongRunningRecognizeRequest request(RecordedAudio audio, String languageCode, String model) {
        if (languageCode == null || Locale.forLanguageTag(languageCode).getLanguage().isEmpty()) {
            throw new IllegalArgumentException("not a BCP-47 language tag: " + languageCode);
        }
        AudioFormat format = audio.format();
        RecognitionConfig.Builder config = RecognitionConfig.newBuilder()
                .setEncoding(RecognitionConfig.AudioEncoding.valueOf(format.encoding().name()))
                .setLanguageCode(languageCode)
                .setEnableWordTimeOffsets(true)
                .setEnableAutomaticPunctuation(true);
        format.sampleRateHertz().ifPresent(config::setSampleRateHertz);
        if (!model.isEmpty()) {
            config.setModel(model);
        }
        RecognitionAudio.Builder source = RecognitionAudio.newBuilder();
        if (audio instanceof RecordedAudio.Stored stored) {
            source.setUri(stored.uri());
        } else if (audio instanceof RecordedAudio.Held held) {
            long encoded = 4L * ((held.bytes().length + 2) / 3);
            if (encoded > INLINE_REQUEST_LIMIT_BYTES) {
                throw new TranscriptionUnavailableException("the recording (" + held.bytes().length / 1024
                        + " KiB) is too large to send inline; Google takes it only from Cloud Storage");
            }
            source.setContent(ByteString.copyFrom(held.bytes()));
        }
        return LongRunningRecognizeRequest.newBuilder().setConfig(config).setAudio(source).build();
    }

    /**
     * The transcript of a finished recognition: each result's best alternative, in order, joined
     * with single spaces; its timed words; and the confidence, the mean of the results' confidences
     * weighted by their words (Google's 0 means "not set" and is left out).
     */
    static Transcript transcript(LongRunningRecognizeResponse response) {
        List<String> texts = new ArrayList<>();
        List<TimedWord> words = new ArrayList<>();
        double confidenceSum = 0;
        long confidenceWeight = 0;
        for (SpeechRecognitionResult result : response.getResultsList()) {
            if (result.getAlternativesCount() == 0) {
                continue;
            }
            SpeechRecognitionAlternative best = result.getAlternatives(0);
            String text = best.getTranscript().strip();
            if (text.isEmpty()) {
                continue;
            }
            texts.add(text);
            for (WordInfo word : best.getWordsList()) {
                words.add(new TimedWord(word.getWord(), duration(word.getStartTime()), duration(word.getEndTime())));
            }
            if (best.getConfidence() > 0) {
                long weight = best.getWordsCount() > 0 ? best.getWordsCount() : text.split("\\s+").length;
                confidenceSum += best.getConfidence() * weight;
                confidenceWeight += weight;
            }
        }
        if (texts.isEmpty()) {
            return Transcript.empty();
        }
        OptionalDouble confidence = confidenceWeight == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(confidenceSum / confidenceWeight);
        return new Transcript(String.join(" ", texts), confidence, words);
    }

    private static Duration duration(com.google.protobuf.Duration offset) {
        return Duration.ofSeconds(offset.getSeconds(), offset.getNanos());
    }

    /** A failure as a one-line reason: what went wrong, then Google's own words where it gave any. */
    private TranscriptionUnavailableException unavailable(Throwable failure) {
        HttpResponseException http = inChain(failure, HttpResponseException.class);
        if (http != null) {
            int code = http.getStatusCode();
            String what = code == 429 ? "refused: quota or rate limit reached"
                    : code == 401 || code == 403 ? "refused our credentials"
                    : code >= 500 ? "is unavailable" : "refused the request";
            return new TranscriptionUnavailableException("Google Speech " + what + " (HTTP " + code + ": "
                    + googleMessage(http.getContent()).orElse(http.getStatusMessage()) + ")", failure);
        }
        if (inChain(failure, RestSerializationException.class) != null) {
            return new TranscriptionUnavailableException("Google Speech answered something that is not an Operation ("
                    + firstLine(rootCause(failure).getMessage()) + ")", failure);
        }
        if (failure instanceof ApiException api && api.getStatusCode().getCode() == StatusCode.Code.DEADLINE_EXCEEDED) {
            return new TranscriptionUnavailableException(
                    "Google Speech gave no answer within " + seconds(config.requestTimeout()), failure);
        }
        IOException io = inChain(failure, IOException.class);
        if (io != null) {
            return new TranscriptionUnavailableException("Google Speech could not be reached (" + io.getClass().getSimpleName()
                    + ": " + firstLine(io.getMessage()) + ")", failure);
        }
        if (failure instanceof ApiException api && api.getStatusCode().getCode() == StatusCode.Code.OK) {
            return new TranscriptionUnavailableException("Google Speech finished without a readable result ("
                    + firstLine(api.getMessage()) + ")", failure);
        }
        if (failure instanceof ApiException api) {
            // The Operation's own error: the recognition ran and failed.
            String message = firstLine(api.getMessage());
            int said = message.indexOf(" and message = ");
            return new TranscriptionUnavailableException("Google Speech could not transcribe the recording ("
                    + api.getStatusCode().getCode() + ": " + (said < 0 ? message : message.substring(said + 15)) + ")", failure);
        }
        return new TranscriptionUnavailableException("Google Speech failed (" + failure.getClass().getSimpleName() + ": "
                + firstLine(failure.getMessage()) + ")", failure);
    }

    /** The {@code error.message} of Google's JSON error body, if the body is one. */
    private static Optional<String> googleMessage(String body) {
        try {
            String message = body == null ? "" : JSON.readTree(body).path("error").path("message").asText("");
            return message.isBlank() ? Optional.empty() : Optional.of(firstLine(message));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static <T extends Throwable> T inChain(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
