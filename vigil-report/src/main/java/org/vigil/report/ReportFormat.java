package org.vigil.report;

import java.util.Locale;

/** The file formats a report is written in. */
public enum ReportFormat {
    MARKDOWN("md", "text/markdown; charset=UTF-8"),
    HTML("html", "text/html; charset=UTF-8"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** Reads "md" (or "markdown"), "html" or "pdf". */
    public static ReportFormat of(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("markdown")) {
            return MARKDOWN;
        }
        for (ReportFormat f : values()) {
            if (f.extension.equals(t)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a report format: use md, html or pdf");
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The HTTP media type. */
    public String mediaType() {
        return mediaType;
    }
}
