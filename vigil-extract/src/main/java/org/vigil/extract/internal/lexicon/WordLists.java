package org.vigil.extract.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word lists shipped in {@code org/vigil/extract/lexicon}: one entry a line, tab-separated cells. */
final class WordLists {

    private WordLists() {
    }

    /** The rows of a list, without comment and blank lines. */
    static List<String[]> rows(String file) {
        String resource = "/org/vigil/extract/lexicon/" + file;
        InputStream in = WordLists.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word list " + resource + " is missing from the jar");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
        return rows;
    }
}
