package org.vigil.extract.cli;

import org.vigil.extract.Extraction;
import org.vigil.extract.ExtractionCancelledException;
import org.vigil.extract.ExtractionListener;
import org.vigil.extract.ExtractionSettings;
import org.vigil.extract.ReportExtractor;
import org.vigil.extract.input.InputFormat;
import org.vigil.extract.input.ReadOptions;
import org.vigil.extract.input.ReportDocument;
import org.vigil.extract.input.ReportReader;
import org.vigil.extract.input.UnreadableReportException;
import org.vigil.extract.json.FactsJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code vigil extract FILE --format json [--year Y]}: reads a report (text, HTML or PDF) and prints its facts
 * as JSON in the shape of the gold files, each item with its evidence spans.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads a report (plain text, HTML or PDF) into draft facts: persons, groups, organisations,",
                "places, counts, sentences, charges, violation categories, torture methods, fair-trial concerns",
                "and dated events, each with evidence spans (character offsets into the report's text)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:facts written", "1:the report could not be read or the output not written",
                "2:wrong options"})
public final class ExtractCommand implements Callable<Integer> {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?",
            Pattern.CASE_INSENSITIVE);
    private static final long PROGRESS_ABOVE_BYTES = 1L << 20;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The report: .txt, .html or .pdf; '-' reads standard input.")
    private String file;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "Output format; only json for now (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--year", paramLabel = "Y",
            description = "The year under review: phrases without a year (\"in March\") belong to it. "
                    + "Default: inferred (see docs/extract.md).")
    private Integer year;

    @Option(names = "--report-year", paramLabel = "R",
            description = "The report's publication year; the events year is then R-1 unless --year is given.")
    private Integer reportYear;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the JSON here instead of standard output.")
    private Path output;

    @Option(names = "--include-text", description = "Add the plain text the evidence offsets point into.")
    private boolean includeText;

    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "KIND",
            description = "text, html, pdf or auto (default: ${DEFAULT-VALUE}: from the file's first bytes and name).")
    private String inputFormat;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of a text or HTML file (default: UTF-8; a byte-order mark wins).")
    private String encoding;

    @Option(names = "--max-size", defaultValue = "10MiB", paramLabel = "SIZE",
            description = "Refuse larger inputs (default: ${DEFAULT-VALUE}); e.g. 500KiB, 50MiB.")
    private String maxSize;

    /** A command with default options; picocli fills the fields. */
    public ExtractCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReadOptions options;
        ExtractionSettings settings;
        try {
            if (!format.equalsIgnoreCase("json")) {
                return fail(err, "--format '" + format + "' is not supported: use --format json", 2);
            }
            options = readOptions();
            settings = new ExtractionSettings(Optional.ofNullable(year), Optional.ofNullable(reportYear), includeText);
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage(), 2);
        }
        try {
            ReportDocument document = file.equals("-")
                    ? ReportReader.read("standard input", System.in, options)
                    : ReportReader.read(Path.of(file), options);
            ExtractionListener progress = document.byteCount() > PROGRESS_ABOVE_BYTES
                    ? (stage, done, total) -> {
                        err.printf(Locale.ROOT, "extract: %s %d/%d%n", stage, done, total);
                        err.flush();
                    }
                    : ExtractionListener.NONE;
            Extraction extraction = new ReportExtractor().extract(document, settings, progress, () -> false);
            write(FactsJson.write(extraction));
            return 0;
        } catch (UnreadableReportException | ExtractionCancelledException e) {
            return fail(err, e.getMessage(), 1);
        } catch (IOException e) {
            return fail(err, "cannot write " + output + ": " + e.getMessage(), 1);
        } catch (RuntimeException e) {
            // A bug must still end in one line, never a stack trace: say what failed and how to report it.
            return fail(err, "internal error while reading " + file + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); please report it with the file", 1);
        }
    }

    private ReadOptions readOptions() {
        ReadOptions options = ReadOptions.defaults().withMaxBytes(parseSize(maxSize));
        if (!inputFormat.equalsIgnoreCase("auto")) {
            options = options.withFormat(InputFormat.fromName(inputFormat));
        }
        if (encoding != null) {
            try {
                options = options.withEncoding(Charset.forName(encoding));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--encoding '" + encoding
                        + "' is not a known character set: try UTF-8, windows-1252, windows-1251, ISO-8859-1, UTF-16LE");
            }
        }
        return options;
    }

    static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("--max-size '" + text + "' is not a size: write e.g. 500KiB, 10MiB or 1GiB");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long factor = switch (unit.charAt(0)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        long bytes = (long) (n * factor);
        if (bytes <= 0) {
            throw new IllegalArgumentException("--max-size '" + text + "' must be more than zero bytes");
        }
        return bytes;
    }

    private void write(String json) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(json);
            out.flush();
            return;
        }
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        Path tmp = Files.createTempFile(dir, ".extract-", ".json.tmp");
        try {
            Files.writeString(tmp, json, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static int fail(PrintWriter err, String reason, int code) {
        err.println("vigil extract: " + reason.replaceAll("\\s+", " ").strip());
        err.flush();
        return code;
    }

    /** Runs the command on its own (the launcher registers it as {@code vigil extract}). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractCommand()).execute(args));
    }
}
