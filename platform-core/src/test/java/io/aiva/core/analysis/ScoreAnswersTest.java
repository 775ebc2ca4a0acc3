package io.aiva.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
