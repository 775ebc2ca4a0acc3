package io.aiva.sdk.client;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When an {@link AivaClient} tries a request again: after 429, 502, 503 or 504, or a failed connection, for
 * requests that are safe to repeat ({@code GET}, {@code HEAD}, {@code PUT}, {@code DELETE}, and {@code POST}s that
 * carry an {@code Idempotency-Key}; never {@code PATCH}).
 *
 * <p>It waits what the answer's {@code Retry-After} asks, or else an exponential backoff with full jitter: a
 * random wait between zero and {@code initialBackoff * 2^(retry - 1)}, capped at {@code maxBackoff}. It stops
 * after {@code maxAttempts} attempts in all, or when the next wait would end after {@code maxElapsed} since the
 * first attempt; then the last answer is thrown as its exception.
 *
 * <pre>{@code
 * RetryPolicy.builder().maxAttempts(6).maxElapsed(Duration.ofMinutes(1)).build()
 * }</pre>
 */
public final class RetryPolicy {

    /** Waits by blocking the calling thread; replace it in tests so they do not sleep. */
    @FunctionalInterface
    public interface Sleeper {

        /** The sleeper that blocks the calling thread with {@link Thread#sleep(long)}. */
        Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

        /**
         * Waits for the given time.
         *
         * @param duration how long to wait; zero or more
         * @throws InterruptedException if the thread is interrupted while waiting
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxElapsed;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    private RetryPolicy(Builder builder) {
        this.maxAttempts = builder.maxAttempts;
        this.initialBackoff = builder.initialBackoff;
        this.maxBackoff = builder.maxBackoff;
        this.maxElapsed = builder.maxElapsed;
        this.sleeper = builder.sleeper;
        this.random = builder.random;
    }

    /**
     * @return the defaults: 4 attempts, backoff from 500 ms up to 8 s, 30 s in all
     */
    public static RetryPolicy defaults() {
        return builder().build();
    }

    /**
     * @return a policy that sends every request once
     */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /**
     * @return a builder starting from the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return attempts in all, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the cap of the first backoff wait */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** @return the largest backoff wait */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** @return how long after the first attempt no further attempt starts */
    public Duration maxElapsed() {
        return maxElapsed;
    }

    /** @return what waits between attempts */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** The backoff before the given retry (1 for the first): a random wait up to the capped exponential. */
    Duration backoff(int retry) {
        long cap = initialBackoff.toMillis();
        for (int i = 1; i < retry && cap < maxBackoff.toMillis(); i++) {
            cap *= 2;
        }
        cap = Math.min(cap, maxBackoff.toMillis());
        return Duration.ofMillis((long) (random.nextDouble() * cap));
    }

    /** Builds a {@link RetryPolicy}; unset values keep their defaults. */
    public static final class Builder {

        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private Duration maxElapsed = Duration.ofSeconds(30);
        private Sleeper sleeper = Sleeper.THREAD;
        private RandomGenerator random = RandomGenerator.getDefault();

        private Builder() {
        }

        /**
         * @param maxAttempts attempts in all, the first included; 1 turns retries off
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param initialBackoff the cap of the first backoff wait; each retry doubles it
         * @return this builder
         */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = positive(initialBackoff, "initialBackoff");
            return this;
        }

        /**
         * @param maxBackoff the largest backoff wait
         * @return this builder
         */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = positive(maxBackoff, "maxBackoff");
            return this;
        }

        /**
         * @param maxElapsed how long after the first attempt no further attempt starts
         * @return this builder
         */
        public Builder maxElapsed(Duration maxElapsed) {
            this.maxElapsed = positive(maxElapsed, "maxElapsed");
            return this;
        }

        /**
         * @param sleeper what waits between attempts; {@link Sleeper#THREAD} unless replaced
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The source of jitter; tests fix it to know the waits. */
        Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * @return the policy
         */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration positive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return duration;
        }
    }
}
