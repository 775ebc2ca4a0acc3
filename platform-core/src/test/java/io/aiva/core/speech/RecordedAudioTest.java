package io.aiva.core.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** What a recording may be described as before anything is sent. */
class RecordedAudioTest {

    @Test
    void aBrowserRecordingIsOpusInWebmAt48Kilohertz() {
        assertThat(AudioFormat.browserRecording()).isEqualTo(new AudioFormat(AudioEncoding.WEBM_OPUS, OptionalInt.of(48_000)));
        assertThat(AudioFormat.of(AudioEncoding.FLAC).sampleRateHertz()).as("from the header").isEmpty();
    }

    @Test
    void opusOnlyAtTheRatesGoogleAccepts() {
        assertThat(AudioFormat.of(AudioEncoding.OGG_OPUS, 16_000).sampleRateHertz()).hasValue(16_000);
        assertThatThrownBy(() -> AudioFormat.of(AudioEncoding.WEBM_OPUS, 44_100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AudioFormat.of(AudioEncoding.LINEAR16, 96_000)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AudioFormat.of(AudioEncoding.LINEAR16, 44_100).sampleRateHertz()).hasValue(44_100);
    }

    @Test
    void onlyACloudStorageObjectIsAStoredRecording() {
        assertThat(RecordedAudio.stored("gs://aiva-recordings/a/b.webm", AudioFormat.browserRecording()))
                .isInstanceOf(RecordedAudio.Stored.class);
        for (String uri : new String[] {"https://storage.googleapis.com/aiva-recordings/a.webm", "gs://aiva-recordings",
                "gs://aiva-recordings/", "/var/aiva/a.webm", null}) {
            assertThatThrownBy(() -> RecordedAudio.stored(uri, AudioFormat.browserRecording()))
                    .as(String.valueOf(uri)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void heldAudioIsComparedByItsBytesAndNeverPrinted() {
        RecordedAudio one = RecordedAudio.held(new byte[] {1, 2, 3}, AudioFormat.browserRecording());

        assertThat(one).isEqualTo(RecordedAudio.held(new byte[] {1, 2, 3}, AudioFormat.browserRecording()));
        assertThat(one.toString()).startsWith("Held[3 bytes");
        assertThatThrownBy(() -> RecordedAudio.held(new byte[0], AudioFormat.browserRecording()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
