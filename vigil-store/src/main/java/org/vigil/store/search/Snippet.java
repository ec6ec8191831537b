package org.vigil.store.search;

import java.util.List;

/**
 * A passage of a hit's searchable text with the matched words marked; never contains sensitive fields,
 * because only indexed text is stored.
 *
 * @param text  the passage, plain text
 * @param marks character ranges of {@code text} that matched, in order and not overlapping
 */
public record Snippet(String text, List<Mark> marks) {

    /** Copies the marks. */
    public Snippet {
        text = text == null ? "" : text;
        marks = marks == null ? List.of() : List.copyOf(marks);
    }

    /**
     * A matched range {@code [start, end)} of the passage.
     *
     * @param start first character
     * @param end   one past the last character
     */
    public record Mark(int start, int end) {
    }

    /** The passage as HTML: text escaped, matches wrapped in {@code <mark>}. */
    public String toHtml() {
        StringBuilder html = new StringBuilder(text.length() + marks.size() * 13);
        int at = 0;
        for (Mark m : marks) {
            escape(text.substring(at, m.start()), html);
            html.append("<mark>");
            escape(text.substring(m.start(), m.end()), html);
            html.append("</mark>");
            at = m.end();
        }
        escape(text.substring(at), html);
        return html.toString();
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
