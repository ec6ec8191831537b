package org.vigil.app.cli;

import org.vigil.app.demo.DemoData;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.hash.Sha256;
import org.vigil.core.io.BadInputException;
import org.vigil.core.json.DatasetCsv;
import org.vigil.core.json.DatasetJson;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.report.Audience;
import org.vigil.report.CountryReports;
import org.vigil.report.EstimateFile;
import org.vigil.report.ReportEstimate;
import org.vigil.report.ReportFormat;
import org.vigil.report.ReportRequest;
import org.vigil.store.Store;
import org.vigil.store.ledger.Disclosures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vigil report --country KZ --year 2012 --format md}: a country entry written from the records. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the country entry for a year from the records, as Markdown, HTML or PDF. "
                + "The public version (the default) holds only public records; --audience internal adds "
                + "everything in the data set and endnotes citing the sources.")
public final class ReportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--country", required = true, paramLabel = "CC", description = "ISO 3166 country code, e.g. KZ.")
    String country;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year under review.")
    int year;

    @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT",
            description = "md, html or pdf (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--audience", defaultValue = "public", paramLabel = "WHO",
            description = "public or internal (default: ${DEFAULT-VALUE}).")
    String audience;

    @Option(names = "--language", defaultValue = "en", paramLabel = "LANG",
            description = "Language of the fixed phrases: en or ru (default: ${DEFAULT-VALUE}).")
    String language;

    @Mixin
    OutputOption output;

    @Option(names = "--demo", description = "Report on the built-in demo data set instead of the store.")
    boolean demo;

    @Option(names = "--input", paramLabel = "FILE", description = "Report on a data set file (.json or .csv) "
            + "instead of the store.")
    Path input;

    @Option(names = "--organisation", paramLabel = "NAME",
            description = "The publishing organisation (id or name); default: the author of most sources.")
    String organisation;

    @Option(names = "--withheld-totals", description = "Let the public version state totals of the victims in "
            + "records it withholds (per category, from --min-withheld up).")
    boolean withheldTotals;

    @Option(names = "--min-withheld", defaultValue = "5", paramLabel = "N",
            description = "Smallest withheld total that may be stated (default: ${DEFAULT-VALUE}).")
    int minWithheld;

    @Option(names = "--estimate", paramLabel = "FILE",
            description = "An estimation result written by 'vigil estimate --format json' to state beside the counts.")
    Path estimate;

    @Option(names = "--estimate-of", defaultValue = "people killed", paramLabel = "WHAT",
            description = "What the estimate counts (default: ${DEFAULT-VALUE}).")
    String estimateOf;

    @Option(names = "--estimate-category", paramLabel = "CODE",
            description = "The violation category whose section states the estimate (e.g. extrajudicial_execution).")
    String estimateCategory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReportFormat f = option(() -> ReportFormat.of(format));
        if (f == ReportFormat.PDF && output.file().isEmpty()) {
            throw new ParameterException(spec.commandLine(), "a PDF is binary: give --output FILE.pdf");
        }
        if (demo && input != null) {
            throw new ParameterException(spec.commandLine(), "give --demo or --input, not both");
        }
        List<ReportEstimate> estimates = estimate == null ? List.of() : List.of(estimate());
        ReportRequest request = option(() -> new ReportRequest(country, year, Audience.of(audience),
                Locale.forLanguageTag(language), Optional.ofNullable(organisation), withheldTotals, minWithheld,
                estimates));
        byte[] bytes;
        if (demo || input != null) {
            bytes = new CountryReports().render(data(), request, f);
        } else {
            try (Store s = store.open()) {
                bytes = new CountryReports(s.vocabularies()).render(s.records().dataset(), request, f);
                // A report from the store is noted in its ledger: who, which version, the hash of the bytes.
                new Disclosures(s).record(CommandLineUser.actor(), "report", request.settings(f), Sha256.hex(bytes));
            }
        }
        if (output.file().isEmpty()) {
            output.write(new String(bytes, StandardCharsets.UTF_8), spec.commandLine().getOut());
        } else {
            OutputOption.write(output.file().get(), bytes);
            spec.commandLine().getErr().println(CommandErrors.prefix(spec.commandLine()) + "wrote "
                    + output.file().get() + " (" + f.extension() + ", " + request.audience().code() + ", "
                    + bytes.length + " bytes)");
        }
        return 0;
    }

    /** An option value the report library refuses is a usage error (exit 2), named as such. */
    private <T> T option(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private ReportEstimate estimate() {
        String name = estimate.toString();
        try {
            return EstimateFile.read(read(estimate), name, estimateOf, Optional.ofNullable(estimateCategory));
        } catch (IllegalArgumentException e) {
            String problem = e.getMessage().startsWith(name + ": ") ? e.getMessage().substring(name.length() + 2)
                    : e.getMessage();
            throw new BadInputException(name, problem);
        }
    }

    /** The demo data set or a data set file (no store is opened or created for either). */
    private Dataset data() {
        if (demo) {
            return DemoData.load();
        }
        String name = input.getFileName().toString();
        String text = read(input);
        DatasetValidator validator = new DatasetValidator(Vocabularies.builtIn());
        return name.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? DatasetCsv.read(text, name, validator, id -> Optional.empty())
                : DatasetJson.read(text, name, validator);
    }

    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(readBytes(file))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadInputException(file.toString(), "not UTF-8 text: save it as UTF-8 and try again");
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot be read (" + e.getMessage() + ")");
        }
    }
}
