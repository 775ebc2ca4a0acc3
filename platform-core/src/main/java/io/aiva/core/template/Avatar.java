package io.aiva.core.template;

/** Who asks the questions: the browser's own speech, or a (disclosed) synthetic HeyGen avatar. */
public record Avatar(String provider, String avatarId, String voiceId) {

    public static final Avatar BROWSER = new Avatar("browser", null, null);
}
