package io.aiva.core.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.aiva.core.Sha256;

/**
 * A SHA-256 of everything that decides what the changelog applies: the bytes of the master
 * changelog and of every file it includes, and the parameters (schema, application role). Equal
 * digests mean Liquibase would find nothing to do, so a server whose digest the database has recorded
 * can start without loading Liquibase at all; any change to a file, even one Liquibase would refuse
 * (an edited change set), gives another digest and sends the start through Liquibase again.
 */
final class ChangelogDigest {

    private static final String INCLUDE = "include";

    private final List<String> files;
    private final String hex;

    private ChangelogDigest(List<String> files, String hex) {
        this.files = files;
        this.hex = hex;
    }

    static ChangelogDigest of(String masterChangelog, SchemaSettings settings, ClassLoader resources) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        collect(masterChangelog, resources, files);
        MessageDigest sha256 = Sha256.digest();
        update(sha256, "schema=" + settings.schema());
        update(sha256, "appRole=" + settings.appRole());
        files.forEach((path, bytes) -> {
            update(sha256, path);
            update(sha256, Integer.toString(bytes.length));
            sha256.update(bytes);
        });
        return new ChangelogDigest(List.copyOf(files.keySet()), Sha256.hex(sha256));
    }

    /** The changelog files the digest covers, by their classpath names. */
    List<String> files() {
        return files;
    }

    String hex() {
        return hex;
    }

    private static void collect(String path, ClassLoader resources, Map<String, byte[]> files) {
        if (files.containsKey(path)) {
            return;
        }
        byte[] bytes = read(path, resources);
        files.put(path, bytes);
        for (String included : includes(path, bytes)) {
            collect(included, resources, files);
        }
    }

    /**
     * The files a changelog includes, in order. Only {@code <include file>} with classpath names is
     * understood; an {@code includeAll} (a directory the digest could not list) is refused, so it
     * cannot silently leave files out.
     */
    private static List<String> includes(String path, byte[] changelog) {
        List<String> included = new ArrayList<>();
        try {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(changelog));
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT) {
                    String element = reader.getLocalName();
                    if (element.equals("includeAll")) {
                        throw new IllegalStateException(path + " uses includeAll; list each file with <include file=...>");
                    }
                    if (element.equals(INCLUDE)) {
                        included.add(includedFile(path, reader));
                    }
                }
            }
            reader.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the changelog " + path + " is not readable XML: " + e.getMessage(), e);
        }
        return included;
    }

    private static String includedFile(String path, XMLStreamReader include) {
        String file = include.getAttributeValue(null, "file");
        String relative = include.getAttributeValue(null, "relativeToChangelogFile");
        if (file == null || Boolean.parseBoolean(relative)) {
            throw new IllegalStateException(path + " includes a file by a relative or missing name; give its classpath name");
        }
        return file;
    }

    private static byte[] read(String path, ClassLoader resources) {
        try (InputStream in = resources.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the changelog " + path + " is not packaged with this build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the changelog " + path, e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
