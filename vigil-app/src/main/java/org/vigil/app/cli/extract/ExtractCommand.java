package org.vigil.app.cli.extract;

import org.vigil.app.cli.OutputOption;
import org.vigil.core.io.BadInputException;
import org.vigil.core.run.Progress;
import org.vigil.extract.Extraction;
import org.vigil.extract.ExtractionSettings;
import org.vigil.extract.ReportExtractor;
import org.vigil.extract.input.InputFormat;
import org.vigil.extract.input.ReadOptions;
import org.vigil.extract.input.ReportDocument;
import org.vigil.extract.input.ReportReader;
import org.vigil.extract.json.FactsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
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
        exitCodeList = {"0:facts written",
                "1:the extraction failed or the output could not be written",
                "2:wrong options, or a report that cannot be read (missing, empty, binary, too large, "
                        + "wrongly encoded, damaged PDF)"})
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

    @Mixin
    private OutputOption output;

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

    @Override
    public Integer call() {
        if (!format.equalsIgnoreCase("json")) {
            throw new ParameterException(spec.commandLine(), "--format '" + format + "' is not supported: use --format json");
        }
        ReadOptions options;
        try {
            options = readOptions();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        ExtractionSettings settings = new ExtractionSettings(Optional.ofNullable(year), Optional.ofNullable(reportYear),
                includeText);
        PrintWriter err = spec.commandLine().getErr();
        ReportDocument document = file.equals("-")
                ? ReportReader.read("standard input", System.in, options)
                : ReportReader.read(Path.of(file), options);
        Progress progress = document.byteCount() > PROGRESS_ABOVE_BYTES
                ? (stage, done, total) -> {
                    err.printf(Locale.ROOT, "extract: %s %d/%d%n", stage, done, total);
                    err.flush();
                }
                : Progress.NONE;
        Extraction extraction;
        try {
            extraction = new ReportExtractor().extract(document, settings, progress);
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // A bug still ends in one line (CommandErrors), but one that says what to send to whom.
            throw new IllegalStateException("internal error while reading " + file + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); please report it with the file", e);
        }
        output.write(FactsJson.write(extraction), spec.commandLine().getOut());
        return 0;
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

    /** A size such as "10MiB", "500k" or "123" (bytes), for {@code --max-size}. */
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
}
