package org.vigil.extract.internal.input;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.Locale;
import java.util.Set;

/**
 * Turns HTML into the plain text the engine reads: one paragraph per block element, separated by blank
 * lines; headings on their own line; boxes ({@code aside}, {@code figure}, elements whose class names a box)
 * begin with an indented line, the same mark that PDF extraction leaves, so layout repair keeps them apart.
 */
public final class HtmlText {

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "head", "nav", "template", "svg");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "blockquote",
            "aside", "figure", "figcaption", "pre", "address", "hr", "body", "caption");

    private HtmlText() {
    }

    /** The readable text of an HTML document. */
    public static String extract(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder out = new StringBuilder(html.length() / 2);
        boolean[] boxPending = {false};
        body.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (!insideSkipped(t) && !t.getWholeText().isBlank()) {
                        if (boxPending[0]) {
                            paragraphBreak(out);
                            out.append(' ');
                            boxPending[0] = false;
                        }
                        appendInline(out, t.getWholeText());
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        trimTrailingSpace(out);
                        out.append('\n');
                    } else if (BLOCKS.contains(tag) && !insideSkipped(e)) {
                        paragraphBreak(out);
                        if (isBox(e)) {
                            boxPending[0] = true;
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !insideSkipped(e)) {
                    paragraphBreak(out);
                }
            }
        });
        return out.toString().strip() + "\n";
    }

    private static boolean insideSkipped(Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            if (n instanceof Element e && SKIPPED.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBox(Element e) {
        String tag = e.normalName();
        String cls = e.className().toLowerCase(Locale.ROOT);
        return tag.equals("aside") || tag.equals("figure") || cls.contains("box") || cls.contains("sidebar");
    }

    private static void appendInline(StringBuilder out, String text) {
        String collapsed = text.replaceAll("\\s+", " ");
        if (collapsed.isEmpty()) {
            return;
        }
        boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n'
                || out.length() >= 2 && out.charAt(out.length() - 1) == ' ' && out.charAt(out.length() - 2) == '\n';
        if (atLineStart) {
            collapsed = collapsed.stripLeading();
        } else if (out.charAt(out.length() - 1) == ' ' && collapsed.startsWith(" ")) {
            collapsed = collapsed.substring(1);
        }
        out.append(collapsed);
    }

    private static void paragraphBreak(StringBuilder out) {
        trimTrailingSpace(out);
        if (out.length() == 0) {
            return;
        }
        int n = out.length();
        if (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') {
            return;
        }
        out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
