package io.aiva.core.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a behavioural answer tells a story the STAR way: the Situation, the Task, the Actions the
 * candidate took and the Result, each with the first sentence that shows it. Cues are English
 * phrases typical of each part; a part with no cue is reported missing, which is what a recruiter
 * (and the candidate's feedback) needs to know.
 */
public record StarStructure(Optional<String> situation, Optional<String> task, Optional<String> action,
        Optional<String> result) {

    private static final Pattern SITUATION = cues(
            "when i was", "at my (previous|last|former|current|first) (job|role|company|team|employer)",
            "in my (previous|last|former|current|first) (job|role|company|team|position)", "we (had|were|faced)",
            "there was", "the (situation|context|project|team|company|client|customer) (was|had)",
            "(last|this) (year|quarter|month|summer|spring|autumn|fall|winter)", "a (few|couple of) (years|months|weeks) ago",
            "once,", "one time", "during (a|an|the|my|our)", "i was working (on|at|as)", "i worked (on|at|as)");
    private static final Pattern TASK = cues(
            "my (task|job|goal|role|responsibility|aim|assignment) was", "i was (responsible|asked|tasked|in charge|expected)",
            "i (needed|had) to", "we (needed|had) to", "the (goal|task|challenge|problem|deadline|objective) was",
            "i wanted to", "it was (up to me|my job)", "i had been asked");
    private static final Pattern ACTION = cues(
            "i (decided|started|set up|built|wrote|proposed|organi[sz]ed|scheduled|talked|met|spoke|asked|created"
                    + "|implemented|introduced|changed|reached out|worked|led|took|suggested|listened|explained|analy[sz]ed"
                    + "|prioriti[sz]ed|negotiated|escalated|documented|automated|refactored|designed|ran|tested|fixed|called"
                    + "|gathered|mentored|coached|delegated|split|broke|reviewed|measured|rolled|invited|made sure|focused)",
            "so i", "(first|then|next|finally|afterwards),? i", "i (would|will) (first|then)");
    private static final Pattern RESULT = cues(
            "as a result", "result(ed)? (in|was)", "in the end", "eventually", "the outcome", "outcome was",
            "which (led|reduced|increased|saved|improved|cut|meant|allowed)", "(we|i|it|that|this) (reduced|increased|cut|saved"
                    + "|improved|shipped|delivered|launched|met|hit|won|finished|succeeded|resolved|avoided|doubled|halved)",
            "\\d+ ?(%|percent|x faster|times)", "i learned", "i learnt", "since then", "ever since", "the lesson");

    public static StarStructure of(String answer) {
        List<String> sentences = Sentences.of(answer);
        return new StarStructure(first(sentences, SITUATION), first(sentences, TASK), first(sentences, ACTION),
                first(sentences, RESULT));
    }

    /** How many of the four parts were found, as a share: 0, 0.25 ... 1. */
    public double completeness() {
        return List.of(situation, task, action, result).stream().filter(Optional::isPresent).count() / 4.0;
    }

    /** The parts not found, named as STAR names them. */
    public List<String> missing() {
        return List.of(new Part("situation", situation), new Part("task", task), new Part("action", action),
                new Part("result", result)).stream().filter(part -> part.sentence().isEmpty()).map(Part::name).toList();
    }

    private static Optional<String> first(List<String> sentences, Pattern cue) {
        return sentences.stream().filter(sentence -> cue.matcher(sentence.toLowerCase(Locale.ROOT)).find()).findFirst();
    }

    private static Pattern cues(String... phrases) {
        return Pattern.compile("\\b(" + String.join("|", phrases) + ")");
    }

    private record Part(String name, Optional<String> sentence) {
    }
}
