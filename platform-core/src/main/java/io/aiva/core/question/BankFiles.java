package io.aiva.core.question;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import io.aiva.core.Sha256;

/**
 * The files of AIVA's question library and their SHA-256, which names the library a company's bank
 * was stocked with. Kept apart from {@link QuestionBank}, which parses the files when first used: the
 * digest alone tells a start whether any company needs the library at all.
 */
final class BankFiles {

    static final List<String> NAMES = List.of("backend", "frontend", "data", "devops", "system-design", "behavioral",
            "role-specific", "coding");

    private BankFiles() {
    }

    static String resource(String name) {
        return "question-bank/" + name + ".yaml";
    }

    static String digest() {
        return Digest.HEX;
    }

    /** Computed once, on first use. */
    private static final class Digest {

        static final String HEX = compute();

        private static String compute() {
            MessageDigest sha256 = Sha256.digest();
            for (String name : NAMES) {
                try (InputStream in = BankFiles.class.getClassLoader().getResourceAsStream(resource(name))) {
                    if (in == null) {
                        throw new IllegalStateException("the question bank lacks " + resource(name));
                    }
                    sha256.update(name.getBytes(StandardCharsets.UTF_8));
                    sha256.update(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("the question bank file " + resource(name) + " is unreadable", e);
                }
            }
            return Sha256.hex(sha256);
        }
    }
}
