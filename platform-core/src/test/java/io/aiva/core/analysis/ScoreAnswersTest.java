package io.aiva.core.analysis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.WireMockServer;

class ScoreAnswersTest {

    @TempDir
    Path directory;

    @Test
    void writesOneScoreInZeroToOnePerRowKeepingIdsAndIgnoringExtraColumns() throws Exception {
        Path input = directory.resolve("answers.csv");
        Files.writeString(input, """
                id,question_id,question,reference_answer,answer,human_score
                a-1,q1,"What is a cache, briefly?","A cache keeps copies of data close to where it is used, so reads are faster.","A cache keeps copies of data near its use, so reads are faster.",1
                a-2,q1,"What is a cache, briefly?","A cache keeps copies of data close to where it is used, so reads are faster.","No response.",0
                "a,3",q1,"What is a cache, briefly?","A cache keeps copies of data close to where it is used, so reads are faster.","I like
                turtles.",0
                """, StandardCharsets.UTF_8);
        Path output = directory.resolve("scores.csv");

        assertThat(ScoreAnswers.score(input, output)).isEqualTo(3);

        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("id,score");
        assertThat(lines.subList(1, lines.size())).containsExactly("a-1,1.0000", "a-2,0.0000", "\"a,3\",0.0000");
    }

    @Test
    void aConfiguredModelJudgesEachAnswerAgainstItsReferenceAndTheBuiltinScorerTakesTheRowsItCannot() throws Exception {
        WireMockServer model = new WireMockServer(options().dynamicPort());
        model.start();
        try {
            model.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("near its use"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                            "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
                                    + "\"{\\\"criteria\\\":[{\\\"criterion\\\":\\\"Says what the reference answer says\\\","
                                    + "\\\"score\\\":0.6,\\\"evidence\\\":[\\\"so reads are faster\\\"]}]}\"},"
                                    + "\"finish_reason\":\"stop\"}]}")));
            model.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("turtles"))
                    .willReturn(aResponse().withStatus(503)));
            Path input = directory.resolve("answers.csv");
            Files.writeString(input, """
                    id,question,reference_answer,answer
                    a-1,"What is a cache, briefly?","A cache keeps copies of data close to where it is used, so reads are faster.","A cache keeps copies of data near its use, so reads are faster."
                    a-2,"What is a cache, briefly?","A cache keeps copies of data close to where it is used, so reads are faster.",I like turtles.
                    a-3,"What is a cache, briefly?","A cache keeps copies of data close to where it is used, so reads are faster.",No response.
                    """, StandardCharsets.UTF_8);
            ScoreAnswers.RowScorer openai = ScoreAnswers.configured("openai", Map.of("AIVA_ANALYSIS_OPENAI_URL", model.baseUrl() + "/v1",
                    "AIVA_ANALYSIS_OPENAI_MODEL", "gpt-test", "AIVA_ANALYSIS_TIMEOUT_SECONDS", "2"));

            assertThat(ScoreAnswers.score(input, directory.resolve("scores.csv"), openai)).isEqualTo(3);

            assertThat(Files.readAllLines(directory.resolve("scores.csv"), StandardCharsets.UTF_8))
                    .containsExactly("id,score", "a-1,0.6000", "a-2,0.0000", "a-3,0.0000");
            assertThat(openai.description()).contains("openai (gpt-test", "1 answers it could not judge");
            model.verify(2, postRequestedFor(urlEqualTo("/v1/chat/completions")));
            model.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
                    .withRequestBody(matchingJsonPath("$.messages[1].content", containing("Says what the reference answer says"))));
        } finally {
            model.stop();
        }
    }

    @Test
    void aProviderThatIsUnknownOrNotConfiguredIsRefusedWithItsName() {
        assertThatThrownBy(() -> ScoreAnswers.configured("watson", Map.of())).hasMessageContaining("unknown provider 'watson'");
        assertThatThrownBy(() -> ScoreAnswers.configured("gemini", Map.of())).hasMessageContaining("AIVA_ANALYSIS_GEMINI_API_KEY");
        assertThat(ScoreAnswers.configured("builtin", Map.of()).description()).isEqualTo("the built-in scorer");
    }

    @Test
    void aFileWithoutTheColumnsSaysWhichAreMissing() throws Exception {
        Path input = directory.resolve("answers.csv");
        Files.writeString(input, "id,answer\n1,hello\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ScoreAnswers.score(input, directory.resolve("out.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("question, reference_answer");
    }

    @Test
    void theEvaluationReportsTheScorerBesideTheConstantMean() throws Exception {
        Path input = directory.resolve("rated.csv");
        Files.writeString(input, """
                id,question,reference_answer,answer,human_score
                1,What is TCP?,TCP is a reliable ordered byte stream with retransmission and flow control.,A reliable ordered stream with retransmission.,1
                2,What is TCP?,TCP is a reliable ordered byte stream with retransmission and flow control.,A protocol.,0.2
                3,What is TCP?,TCP is a reliable ordered byte stream with retransmission and flow control.,No response.,0
                """, StandardCharsets.UTF_8);

        String report = EvaluateScorer.report("rated.csv", ScoreAnswers.read(input));

        assertThat(report).contains("rated.csv, every answer: 3 answers", "| builtin (reference coverage) |",
                "| constant mean (0.400) | – | – |", "without the 1 empty or placeholder answers");
    }
}
