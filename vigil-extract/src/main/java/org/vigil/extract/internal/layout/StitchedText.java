package org.vigil.extract.internal.layout;

import org.vigil.core.model.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Text rebuilt from pieces of an input (lines joined by spaces, a sentence re-joined across a side box),
 * remembering for every character where it stood in the input, so facts found in it point back to the
 * input's own offsets.
 */
public final class StitchedText {

    private final String text;
    private final int[] origin;

    private StitchedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** The stitched text. */
    public String text() {
        return text;
    }

    /** The length of the stitched text. */
    public int length() {
        return text.length();
    }

    /** The input offset of a character of the stitched text. */
    public int originOf(int index) {
        return origin[index];
    }

    /** A part of this text, keeping its origins. */
    public StitchedText slice(int from, int to) {
        int[] o = new int[to - from];
        System.arraycopy(origin, from, o, 0, to - from);
        return new StitchedText(text.substring(from, to), o);
    }

    /**
     * The input spans covered by characters {@code [from, to)} of this text: one span when they are
     * contiguous in the input, several when the stretch crosses a side box or a removed line.
     */
    public List<TextSpan> spans(int from, int to) {
        List<TextSpan> spans = new ArrayList<>(1);
        int runStart = from;
        for (int i = from + 1; i <= to; i++) {
            // A gap of a line break or a dropped hyphenation newline still reads as one stretch of the input.
            boolean breaks = i == to || origin[i] <= origin[i - 1] || origin[i] - origin[i - 1] > 3;
            if (breaks) {
                addTrimmed(spans, runStart, i);
                runStart = i;
            }
        }
        return spans;
    }

    private void addTrimmed(List<TextSpan> spans, int a, int b) {
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (a < b) {
            spans.add(new TextSpan(origin[a], origin[b - 1] + 1));
        }
    }

    /** Builds a stitched text character by character. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] origin = new int[64];

        /** Appends one character that stood at an input offset. */
        public Builder append(char c, int inputOffset) {
            if (text.length() == origin.length) {
                origin = java.util.Arrays.copyOf(origin, origin.length * 2);
            }
            origin[text.length()] = inputOffset;
            text.append(c);
            return this;
        }

        /** Appends input characters {@code [from, to)} unchanged. */
        public Builder appendRange(String input, int from, int to) {
            for (int i = from; i < to; i++) {
                append(input.charAt(i), i);
            }
            return this;
        }

        /** The current length. */
        public int length() {
            return text.length();
        }

        /** The last character, or 0 when empty. */
        public char last() {
            return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
        }

        /** The text built so far. */
        public StitchedText build() {
            return new StitchedText(text.toString(), java.util.Arrays.copyOf(origin, text.length()));
        }
    }
}
