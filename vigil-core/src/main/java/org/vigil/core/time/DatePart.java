package org.vigil.core.time;

/** A qualifier that narrows a year or month to its first, middle or last third ("late January"). */
public enum DatePart {
    WHOLE(""), EARLY("early"), MID("mid"), LATE("late");

    private final String word;

    DatePart(String word) {
        this.word = word;
    }

    /** The English word used in the text form ("late"), empty for the whole period. */
    public String word() {
        return word;
    }

    /** Reads "early", "mid", "middle", "late", "end" or "beginning"; empty text means the whole period. */
    public static DatePart fromWord(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "" -> WHOLE;
            case "early", "beginning", "start" -> EARLY;
            case "mid", "middle" -> MID;
            case "late", "end" -> LATE;
            default -> throw new IllegalArgumentException(
                    "'" + word + "' is not a date qualifier: use early, mid or late");
        };
    }
}
