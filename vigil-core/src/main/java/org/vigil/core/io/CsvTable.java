package org.vigil.core.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A CSV file with a header line, read the one way every part of Vigil reads CSV: strict UTF-8 (a file
 * saved in another encoding is refused with its line, never read as mojibake), a leading byte-order mark
 * ignored (spreadsheet programs write one), RFC 4180 quoting, blank lines skipped, and every row as wide
 * as the header.
 *
 * @param source the file name, for messages
 * @param header the column names, as written
 * @param rows   the data rows
 */
public record CsvTable(String source, List<String> header, List<CsvRow> rows) {

    /** Copies the lists. */
    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Reads a whole file. */
    public static CsvTable read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads CSV bytes; {@code source} names them in messages. */
    public static CsvTable read(byte[] bytes, String source) {
        return read(new java.io.ByteArrayInputStream(bytes), source);
    }

    /** Reads a whole stream, and closes it. */
    public static CsvTable read(InputStream in, String source) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> header = stream(in, source, rows::add);
        return new CsvTable(source, header, rows);
    }

    /**
     * Reads a stream row by row without holding it in memory, giving each row to {@code sink}; returns the
     * header.
     *
     * @throws BadInputException naming the line when the file is not UTF-8, is empty, has a blank or
     *                           repeated column name, a row of the wrong width, or broken quoting
     */
    public static List<String> stream(InputStream in, String source, Consumer<CsvRow> sink) {
        Reader reader = new StrictUtf8Reader(in);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        long line = 1;
        try (CSVParser parser = CSVParser.builder().setReader(withoutByteOrderMark(reader)).setFormat(format).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new BadInputException(source, "the file is empty: the first line must name the columns");
            }
            List<String> header = header(records.next(), source);
            while (true) {
                long before = parser.getCurrentLineNumber();
                line = before + 1;
                if (!records.hasNext()) {
                    return header;
                }
                CSVRecord record = records.next();
                line = lastLine(before, parser.getCurrentLineNumber());
                if (record.size() != header.size()) {
                    throw new BadInputException(source, line, "", record.size() + " values but the header names "
                            + header.size() + " columns: every row needs one value per column"
                            + " (quote values that contain commas)");
                }
                sink.accept(new CsvRow(line, record.toList()));
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof StrictUtf8Reader.NotUtf8Exception notUtf8) {
                throw new BadInputException(source, notUtf8.line, "",
                        "not UTF-8 text: save the file as UTF-8 (in a spreadsheet: CSV UTF-8) and try again");
            }
            throw new BadInputException(source, line, "", "malformed CSV (" + cause.getMessage() + ")");
        } catch (IllegalStateException e) {
            throw new BadInputException(source, line, "", "malformed CSV (" + e.getMessage() + ")");
        }
    }

    /** The position of a column by name, ignoring case. */
    public Optional<Integer> column(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * The line a row ends on. Commons CSV counts the line breaks it has consumed: a row that ends with a
     * break has consumed its own, the last row of a file without a final break has not. (Counting from
     * the end keeps skipped blank lines before a row out of the number.)
     */
    private static long lastLine(long breaksBefore, long breaksAfter) {
        return breaksAfter > breaksBefore ? breaksAfter : breaksAfter + 1;
    }

    private static List<String> header(CSVRecord first, String source) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < first.size(); c++) {
            String name = first.get(c).strip();
            if (name.isEmpty()) {
                throw new BadInputException(source, 1, Integer.toString(c + 1),
                        "blank column name: give every column a name in the first line");
            }
            if (!seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
                throw new BadInputException(source, 1, name, "the column name appears twice: name each column once");
            }
            names.add(name);
        }
        return names;
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
