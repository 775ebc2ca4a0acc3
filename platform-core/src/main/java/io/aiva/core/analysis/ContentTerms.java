package io.aiva.core.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The content words of an English text, as Lucene's English analyser makes them: tokenised,
 * possessives removed, lower-cased, stop words dropped and Porter-stemmed, so that "caches",
 * "cached" and "caching" are one term. Thread-safe.
 */
public final class ContentTerms {

    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private ContentTerms() {
    }

    /** The distinct terms of the text, in order of first appearance. */
    public static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = ENGLISH.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return terms;
    }
}
