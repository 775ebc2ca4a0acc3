package io.aiva.core.speech;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A recording's encoding and, when the encoding does not carry it in a header, its sample rate.
 * Google requires the rate for every format but FLAC and WAV, and for Opus one of 8, 12, 16, 24 or
 * 48 kHz (RecognitionConfig in Speech-to-Text v1).
 */
public record AudioFormat(AudioEncoding encoding, OptionalInt sampleRateHertz) {

    private static final Set<Integer> OPUS_RATES = Set.of(8_000, 12_000, 16_000, 24_000, 48_000);

    public AudioFormat {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(sampleRateHertz, "sampleRateHertz");
        if (sampleRateHertz.isPresent()) {
            int rate = sampleRateHertz.getAsInt();
            if (encoding.isOpus() ? !OPUS_RATES.contains(rate) : rate < 8_000 || rate > 48_000) {
                throw new IllegalArgumentException("no " + encoding + " audio at " + rate + " Hz");
            }
        }
    }

    /** What the interview room records when the browser does not say otherwise: Opus in WebM, 48 kHz. */
    public static AudioFormat browserRecording() {
        return of(AudioEncoding.WEBM_OPUS);
    }

    /** At the encoding's natural rate (48 kHz for Opus; from the header for FLAC and WAV). */
    public static AudioFormat of(AudioEncoding encoding) {
        return new AudioFormat(encoding, encoding.naturalSampleRate());
    }

    public static AudioFormat of(AudioEncoding encoding, int sampleRateHertz) {
        return new AudioFormat(encoding, OptionalInt.of(sampleRateHertz));
    }
}
