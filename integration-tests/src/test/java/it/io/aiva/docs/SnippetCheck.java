package it.io.aiva.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a Markdown guide's code true: every fenced code block must be a copy of a marked region of a file the
 * tests compile and run, named by a {@code <!-- snippet: path#region -->} comment just before the block, where
 * the path is from the repository's root. A region is the lines between {@code docs:start region} and
 * {@code docs:end region}, in a comment of the file's language ({@code // docs:start java-client},
 * {@code <!-- docs:start embed-page -->}); it is compared with the block after removing the indentation its
 * lines share. Blocks fenced as one of the {@link #EXEMPT} languages hold no code and need no region.
 */
final class SnippetCheck {

    /** The languages of blocks that are not code, and why they need no region. */
    static final Map<String, String> EXEMPT = Map.of(
            "text", "what a program prints or AIVA answers: it comes from a running platform, not from a source file",
            "console", "commands to type in a shell (build, install, curl), which set a machine up rather than integrate");

    private static final Pattern FENCE = Pattern.compile("^( *)(`{3,}|~{3,})\\s*([^\\s`]*).*$");
    private static final Pattern MARKER = Pattern.compile("^<!-- snippet: (\\S+)#(\\S+) -->$");
    private static final Pattern REGION_MARK = Pattern.compile("docs:(start|end) ([A-Za-z0-9][A-Za-z0-9._-]*)");

    /** A fenced block of the guide: where it starts (1-based), its language, its lines and the snippet it names, if any. */
    record Block(int line, String language, List<String> lines, String file, String region) {

        String fence() {
            return "```" + language;
        }
    }

    /** A marked region of a source file, without its markers and shared indentation. */
    record Region(int startLine, int endLine, List<String> lines) {
    }

    private final Path root;

    /**
     * @param root the repository's root, which the snippet markers' paths start from
     */
    SnippetCheck(Path root) {
        this.root = root;
    }

    /** What is wrong with the guide's code blocks, each with the way to fix it; empty when every block is true. */
    List<String> problems(String guide) throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Region>> regionsByFile = new LinkedHashMap<>();
        Map<String, Set<String>> quoted = new LinkedHashMap<>();
        for (Block block : blocks(Files.readAllLines(root.resolve(guide)))) {
            String where = guide + ":" + block.line();
            if (EXEMPT.containsKey(block.language())) {
                continue;
            }
            if (block.file() == null) {
                problems.add(where + ": this " + block.fence() + " block names no source. Put its code in a file a test compiles"
                        + " and runs, between `docs:start <region>` and `docs:end <region>` comments, and write"
                        + " `<!-- snippet: <path from the repository root>#<region> -->` on the line before the block; or, if"
                        + " it is output or a shell command, fence it as " + String.join(" or ", EXEMPT.keySet().stream()
                                .sorted().map(language -> "```" + language).toList()) + ".");
                continue;
            }
            quoted.computeIfAbsent(block.file(), file -> new LinkedHashSet<>()).add(block.region());
            Path source = root.resolve(block.file());
            if (!Files.isRegularFile(source)) {
                problems.add(where + ": the snippet's file " + block.file() + " does not exist. Fix the path in the marker"
                        + " (it starts at the repository root).");
                continue;
            }
            Map<String, Region> regions = regionsByFile.get(block.file());
            if (regions == null) {
                regions = regions(source, problems);
                regionsByFile.put(block.file(), regions);
            }
            Region region = regions.get(block.region());
            if (region == null) {
                problems.add(where + ": " + block.file() + " has no region " + block.region() + ". Mark it with `docs:start "
                        + block.region() + "` and `docs:end " + block.region() + "` comments, or name one of "
                        + regions.keySet() + " in the marker.");
                continue;
            }
            if (!region.lines().equals(block.lines())) {
                problems.add(where + ": the " + block.fence() + " block differs from " + block.file() + "#" + block.region()
                        + " (lines " + region.startLine() + "-" + region.endLine() + "), " + firstDifference(region.lines(),
                                block.lines()) + ". Copy the region into the guide:\n" + String.join("\n", region.lines()));
            }
        }
        for (Map.Entry<String, Map<String, Region>> file : regionsByFile.entrySet()) {
            for (String region : file.getValue().keySet()) {
                if (!quoted.get(file.getKey()).contains(region)) {
                    problems.add(guide + ": no block quotes the region " + region + " of " + file.getKey()
                            + ". Quote it, or remove its docs:start and docs:end comments.");
                }
            }
        }
        return problems;
    }

    /** The guide's fenced blocks, each with the snippet marker on the last non-blank line before it. */
    static List<Block> blocks(List<String> markdown) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < markdown.size(); i++) {
            Matcher opening = FENCE.matcher(markdown.get(i));
            if (!opening.matches()) {
                continue;
            }
            int indent = opening.group(1).length();
            String fence = opening.group(2);
            int end = i + 1;
            while (end < markdown.size() && !closes(markdown.get(end), fence)) {
                end++;
            }
            // A block indented in a list item holds its lines less that indentation, as Markdown shows them.
            List<String> lines = markdown.subList(i + 1, Math.min(end, markdown.size())).stream()
                    .map(line -> line.substring(Math.min(indent, line.length() - line.stripLeading().length()))).toList();
            Matcher marker = MARKER.matcher(previousNonBlank(markdown, i));
            blocks.add(new Block(i + 1, opening.group(3), lines, marker.matches() ? marker.group(1) : null,
                    marker.matches() ? marker.group(2) : null));
            i = end;
        }
        return blocks;
    }

    /**
     * The regions of a source file by name, each without the marker lines of regions within it; a marker left
     * open or closed twice is reported to {@code problems}.
     */
    static Map<String, Region> regions(Path source, List<String> problems) throws IOException {
        List<String> lines = Files.readAllLines(source);
        Map<String, Integer> open = new LinkedHashMap<>();
        Map<String, Region> regions = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher mark = REGION_MARK.matcher(lines.get(i));
            if (!mark.find()) {
                continue;
            }
            String name = mark.group(2);
            if (mark.group(1).equals("start")) {
                if (open.containsKey(name) || regions.containsKey(name)) {
                    problems.add(source + ":" + (i + 1) + ": a second region " + name + "; give it another name.");
                }
                open.put(name, i);
            } else if (open.containsKey(name)) {
                int start = open.remove(name);
                regions.put(name, new Region(start + 2, i, dedented(lines.subList(start + 1, i))));
            } else {
                problems.add(source + ":" + (i + 1) + ": docs:end " + name + " ends no open region.");
            }
        }
        open.forEach((name, start) -> problems.add(source + ":" + (start + 1) + ": docs:start " + name
                + " has no docs:end " + name + "."));
        return regions;
    }

    /** The lines without other regions' markers and without the indentation all non-blank ones share. */
    private static List<String> dedented(List<String> lines) {
        List<String> content = lines.stream().filter(line -> !REGION_MARK.matcher(line).find()).toList();
        int indent = content.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return content.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
    }

    private static boolean closes(String line, String fence) {
        String trimmed = line.strip();
        return trimmed.length() >= fence.length() && trimmed.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static String previousNonBlank(List<String> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "";
    }

    private static String firstDifference(List<String> region, List<String> block) {
        for (int i = 0; i < Math.min(region.size(), block.size()); i++) {
            if (!region.get(i).equals(block.get(i))) {
                return "first at its line " + (i + 1) + ": the guide has `" + block.get(i) + "` where the source has `"
                        + region.get(i) + "`";
            }
        }
        return region.size() > block.size() ? "the guide lacks its last " + (region.size() - block.size()) + " lines"
                : "the guide has " + (block.size() - region.size()) + " lines more";
    }
}
