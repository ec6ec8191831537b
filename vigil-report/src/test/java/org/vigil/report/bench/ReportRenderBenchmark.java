package org.vigil.report.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.vigil.core.dataset.Dataset;
import org.vigil.report.Audience;
import org.vigil.report.CountryReports;
import org.vigil.report.ReportFormat;
import org.vigil.report.ReportRequest;
import org.vigil.report.content.CountryReport;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How long a country report over 10,000 records takes, per format (JMH, average time, one thread). Run with
 * {@code ./mvnw -B -ntp -pl vigil-report -am -Pbench test -Dtest=ReportRenderBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}; figures go to docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportRenderBenchmark {

    @Param({"10000"})
    public int records;

    private final CountryReports reports = new CountryReports();
    private Dataset data;
    private Dataset store;
    private ReportRequest internal;
    private CountryReport content;

    /** Builds the data set once. */
    @Setup(Level.Trial)
    public void setUp() {
        data = SyntheticCountry.of(records, 7);
        // The same number of records over 10 countries and 5 years: the entry on one is a fiftieth of them.
        store = SyntheticCountry.of(records, 7, List.of("KZ", "KG", "UZ", "TJ", "TM", "RU", "BY", "AZ", "AM", "GE"),
                2016, 5);
        internal = ReportRequest.of("KZ", 2020).withAudience(Audience.INTERNAL);
        content = reports.content(data, internal, r -> true);
    }

    /** Records to content (selection, narrative, endnotes, charts), internal version. */
    @Benchmark
    public CountryReport content() {
        return reports.content(data, internal, r -> true);
    }

    /** Records to Markdown, public version. */
    @Benchmark
    public byte[] markdownPublic() {
        return reports.render(data, ReportRequest.of("KZ", 2020), ReportFormat.MARKDOWN);
    }

    /** Records to HTML, internal version (with endnotes). */
    @Benchmark
    public byte[] htmlInternal() {
        return reports.render(data, internal, ReportFormat.HTML);
    }

    /** Records to PDF, internal version. */
    @Benchmark
    public byte[] pdfInternal() {
        return reports.render(data, internal, ReportFormat.PDF);
    }

    /** One country-year's PDF from a store of that many records on ten countries and five years. */
    @Benchmark
    public byte[] pdfOneEntryOfAStore() {
        return reports.render(store, ReportRequest.of("KZ", 2020).withAudience(Audience.INTERNAL), ReportFormat.PDF);
    }

    /** Built content to PDF only (the layout engine's share). */
    @Benchmark
    public byte[] pdfLayoutOnly() {
        return CountryReports.write(content, ReportFormat.PDF);
    }

    @Test
    void run() throws RunnerException {
        // -Dvigil.bench.records=1000,5000 sweeps sizes; -Dvigil.bench.include=pdf runs only matching benchmarks.
        String include = ReportRenderBenchmark.class.getName() + "."
                + System.getProperty("vigil.bench.include", "") + ".*";
        // Each benchmark in a fresh JVM: run in the test JVM one after another, the PDF's times spread from 1 to
        // 6 s (the earlier benchmarks' garbage and compiled code); forked they hold within a few tenths.
        String jvm = System.getProperty("vigil.bench.jvm", "-Xmx4g");
        new Runner(new OptionsBuilder().include(include)
                .param("records", System.getProperty("vigil.bench.records", "10000").split(","))
                .forks(1).jvmArgsAppend(jvm.split(" "))
                .warmupIterations(8).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2)).threads(1).build()).run();
    }
}
