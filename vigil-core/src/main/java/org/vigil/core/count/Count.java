package org.vigil.core.count;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as the source stated it: never a bare integer where the text was uncertain.
 * "At least 15 people were killed" is {@code Count(15, AT_LEAST)}.
 *
 * @param value     the stated figure, zero or more
 * @param qualifier how the figure was stated
 */
public record Count(@JsonProperty(required = true) long value, CountQualifier qualifier) {

    private static final Pattern TEXT = Pattern.compile(
            "(?:(exactly|at least|more than|over|approximately|about|around|some|up to)\\s+)?(\\d[\\d,]*)");

    /** Rejects a negative figure and a missing qualifier. */
    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("count " + value + " is negative: a count is zero or more");
        }
        if (qualifier == null) {
            qualifier = CountQualifier.EXACTLY;
        }
    }

    /** An exact figure. */
    public static Count exactly(long value) {
        return new Count(value, CountQualifier.EXACTLY);
    }

    /** A floor: "at least 15". */
    public static Count atLeast(long value) {
        return new Count(value, CountQualifier.AT_LEAST);
    }

    /** A strict floor: "more than 100". */
    public static Count moreThan(long value) {
        return new Count(value, CountQualifier.MORE_THAN);
    }

    /** An estimate: "approximately 40". */
    public static Count approximately(long value) {
        return new Count(value, CountQualifier.APPROXIMATELY);
    }

    /** A ceiling: "up to seven". */
    public static Count upTo(long value) {
        return new Count(value, CountQualifier.UP_TO);
    }

    /** Reads "15", "at least 15", "more than 100", "approximately 40", "up to 7" (also "over", "about", "some"). */
    public static Count parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text
                    + "' is not a count: write a number, optionally after 'at least', 'more than', 'approximately' or 'up to'");
        }
        long value = Long.parseLong(m.group(2).replace(",", ""));
        String q = m.group(1) == null ? "exactly" : m.group(1);
        return new Count(value, switch (q) {
            case "at least" -> CountQualifier.AT_LEAST;
            case "more than", "over" -> CountQualifier.MORE_THAN;
            case "approximately", "about", "around", "some" -> CountQualifier.APPROXIMATELY;
            case "up to" -> CountQualifier.UP_TO;
            default -> CountQualifier.EXACTLY;
        });
    }

    /** The smallest number of units the statement admits (an approximate figure admits none for certain). */
    public long lowerBound() {
        return switch (qualifier) {
            case EXACTLY, AT_LEAST -> value;
            case MORE_THAN -> value + 1;
            case APPROXIMATELY, UP_TO -> 0;
        };
    }

    /** The largest number the statement admits, when it bounds it. */
    public OptionalLong upperBound() {
        return switch (qualifier) {
            case EXACTLY, UP_TO -> OptionalLong.of(value);
            case AT_LEAST, MORE_THAN, APPROXIMATELY -> OptionalLong.empty();
        };
    }

    /** The statement in English: "at least 15", "37". */
    @Override
    public String toString() {
        return qualifier.phrase().isEmpty() ? Long.toString(value) : qualifier.phrase() + " " + value;
    }
}
