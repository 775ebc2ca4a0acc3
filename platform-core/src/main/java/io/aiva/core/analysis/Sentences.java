package io.aiva.core.analysis;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An answer cut into sentences (by the JDK's sentence rules, and at line breaks, which transcripts
 * and bullet lists use as sentence ends), so that evidence can quote the sentence that earned a
 * criterion rather than the whole answer.
 */
public final class Sentences {

    private Sentences() {
    }

    public static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null) {
            return sentences;
        }
        for (String line : text.split("\\R")) {
            BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ROOT);
            boundaries.setText(line);
            int start = boundaries.first();
            for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
                String sentence = line.substring(start, end).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }
}
