package io.aiva.core.speech;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a recorded answer's audio is and how it is encoded: an object in Google Cloud Storage,
 * which the recognizer reads itself (nothing is downloaded here), or bytes we hold, which travel
 * inside the request. Google takes inline audio only up to 10 MB per request and, for long-running
 * recognition, only about a minute of it; longer answers must be in Cloud Storage.
 */
public sealed interface RecordedAudio {

    AudioFormat format();

    /** An object in Cloud Storage, named {@code gs://bucket/object}. */
    static RecordedAudio stored(String gsUri, AudioFormat format) {
        return new Stored(gsUri, format);
    }

    /** Whether {@code reference} names an object in Cloud Storage, which the speech service reads itself. */
    static boolean isStored(String reference) {
        return reference != null && Stored.GS_URI.matcher(reference).matches();
    }

    /** Audio bytes we hold. */
    static RecordedAudio held(byte[] bytes, AudioFormat format) {
        return new Held(bytes, format);
    }

    record Stored(String uri, AudioFormat format) implements RecordedAudio {

        // The bucket naming rules: 3-63 (222 with dots) lower-case letters, digits, '-', '_' and '.'.
        private static final Pattern GS_URI = Pattern.compile("gs://[a-z0-9][a-z0-9._-]{1,221}[a-z0-9]/.+");

        public Stored {
            Objects.requireNonNull(format, "format");
            if (uri == null || !GS_URI.matcher(uri).matches()) {
                throw new IllegalArgumentException("not a Cloud Storage object (gs://bucket/object): " + uri);
            }
        }
    }

    record Held(byte[] bytes, AudioFormat format) implements RecordedAudio {

        public Held {
            Objects.requireNonNull(format, "format");
            if (bytes == null || bytes.length == 0) {
                throw new IllegalArgumentException("no audio bytes");
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Held held && Arrays.equals(bytes, held.bytes) && format.equals(held.format);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(bytes) + format.hashCode();
        }

        @Override
        public String toString() {
            return "Held[" + bytes.length + " bytes, " + format + "]";
        }
    }
}
