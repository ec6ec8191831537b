package org.vigil.extract.input;

import java.util.Locale;

/** The kinds of report file the engine reads. */
public enum InputFormat {
    TEXT, HTML, PDF;

    /** Reads {@code text}, {@code txt}, {@code html} or {@code pdf}; {@code auto} is not a format. */
    public static InputFormat fromName(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "text", "txt", "plain" -> TEXT;
            case "html", "htm" -> HTML;
            case "pdf" -> PDF;
            default -> throw new IllegalArgumentException(
                    "'" + name + "' is not an input format: use text, html or pdf");
        };
    }

    /**
     * Guesses the format from the first bytes (a PDF starts with {@code %PDF-}, HTML with a tag) and,
     * failing that, from the file name's extension.
     */
    public static InputFormat detect(String fileName, byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\ufeff")) {
            start = start.substring(1);
        }
        if (start.startsWith("%pdf-")) {
            return PDF;
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")
                && start.contains("<html")) {
            return HTML;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        return TEXT;
    }
}
