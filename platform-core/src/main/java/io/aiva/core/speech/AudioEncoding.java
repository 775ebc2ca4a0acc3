package io.aiva.core.speech;

import java.util.OptionalInt;

/**
 * How a recording is encoded, among those browsers and our uploads produce. Opus always decodes at
 * 48 kHz whatever the input was, so its natural rate is known; FLAC and WAV carry theirs in a header.
 */
public enum AudioEncoding {
    /** Opus in WebM: what Chromium's and Safari's {@code MediaRecorder} record ({@code audio/webm;codecs=opus}). */
    WEBM_OPUS(OptionalInt.of(48_000)),
    /** Opus in Ogg: what Firefox's {@code MediaRecorder} records ({@code audio/ogg;codecs=opus}). */
    OGG_OPUS(OptionalInt.of(48_000)),
    /** 16-bit signed little-endian PCM, raw or in a WAV file (whose header gives the rate). */
    LINEAR16(OptionalInt.empty()),
    /** FLAC, whose header gives the rate. */
    FLAC(OptionalInt.empty());

    private final OptionalInt naturalSampleRate;

    AudioEncoding(OptionalInt naturalSampleRate) {
        this.naturalSampleRate = naturalSampleRate;
    }

    /** The rate to tell the recognizer when none was recorded with the audio. */
    public OptionalInt naturalSampleRate() {
        return naturalSampleRate;
    }

    boolean isOpus() {
        return this == WEBM_OPUS || this == OGG_OPUS;
    }
}
