package org.vigil.app.cli.estimate;

import org.vigil.app.cli.OutputOption;
import org.vigil.core.run.Progress;
import org.vigil.estimate.EstimationEngine;
import org.vigil.estimate.EstimationRequest;
import org.vigil.estimate.Method;
import org.vigil.estimate.data.CaptureCsvReader;
import org.vigil.estimate.data.CaptureData;
import org.vigil.estimate.dga.DgaSettings;
import org.vigil.estimate.lcmcr.LcmcrSettings;
import org.vigil.estimate.loglinear.LoglinearSettings;
import org.vigil.estimate.result.EstimateResult;
import org.vigil.estimate.result.ResultJson;
import org.vigil.estimate.result.ResultText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

/**
 * {@code vigil estimate FILE.csv --method ...}: how many people no list recorded, from overlapping lists.
 * Writes JSON (or a text summary) to standard output or {@code --output}; progress on standard error;
 * failures go through {@link org.vigil.app.cli.CommandErrors} like every other command.
 */
@Command(name = "estimate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Estimates the total number of victims, recorded or not, from overlapping lists "
                + "(multiple systems estimation).",
            "FILE is CSV: aggregated (0/1 list columns and a 'count' column) or one row per person "
                + "(0/1 list columns, optional 'id' and stratum columns)."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the estimate was written", "1:the estimation failed", "2:bad input or options"})
public final class EstimateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "capture-history CSV")
    private Path file;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "lcmcr",
            description = "lcmcr | loglinear | dga | lincoln-petersen | chao (default: ${DEFAULT-VALUE})")
    private String method;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "loglinear model, e.g. \"[A*B*C, A*D, C*D]\" or \"Mth Poisson2\" (default: best by BIC)")
    private String model;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--chains", defaultValue = "4", description = "lcmcr chains, run in parallel (default: ${DEFAULT-VALUE})")
    private int chains;

    @Option(names = {"--classes", "-K"}, defaultValue = "10", description = "lcmcr latent classes K (default: ${DEFAULT-VALUE})")
    private int classes;

    @Option(names = "--burn-in", defaultValue = "20000", description = "lcmcr burn-in sweeps per chain (default: ${DEFAULT-VALUE})")
    private int burnIn;

    @Option(names = "--samples", defaultValue = "5000", description = "lcmcr draws kept per chain (default: ${DEFAULT-VALUE})")
    private int samples;

    @Option(names = "--thinning", defaultValue = "50", description = "lcmcr sweeps per kept draw (default: ${DEFAULT-VALUE})")
    private int thinning;

    @Option(names = "--cap-factor", defaultValue = "20", description = "lcmcr cap on the unobserved count, times n (default: ${DEFAULT-VALUE})")
    private double capFactor;

    @Option(names = "--max-order", description = "loglinear search: highest interaction order (default: lists-1, 2 from 6 lists)")
    private Integer maxOrder;

    @Option(names = "--max-models", paramLabel = "N",
            description = "loglinear search: refuse a search of more models than this (default: "
                    + LoglinearSettings.DEFAULT_MAX_MODELS + ")")
    private Integer maxModels;

    @Option(names = "--delta", description = "dga prior count per cell (default: 2^-lists)")
    private Double delta;

    @Option(names = "--unobserved-min", defaultValue = "0", description = "dga grid start (default: ${DEFAULT-VALUE})")
    private long unobservedMin;

    @Option(names = "--unobserved-max", description = "dga grid end (default: 20 x observed)")
    private Long unobservedMax;

    @Option(names = "--level", defaultValue = "0.95", description = "interval level (default: ${DEFAULT-VALUE})")
    private double level;

    @Option(names = "--lists", split = ",", paramLabel = "LIST", description = "use only these lists (comma-separated)")
    private List<String> lists;

    @Option(names = "--stratum", paramLabel = "COLUMN", description = "estimate per value of this column and combine")
    private String stratum;

    @Option(names = "--id-column", paramLabel = "COLUMN", description = "person id column of per-person input (default: 'id' if present)")
    private String idColumn;

    @Option(names = "--format", defaultValue = "json", description = "json | text (default: ${DEFAULT-VALUE})")
    private String format;

    @Mixin
    private OutputOption output;

    @Option(names = "--quiet", description = "no progress on standard error")
    private boolean quiet;

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("text")) {
            throw new ParameterException(spec.commandLine(), "--format must be json or text, got '" + format + "'");
        }
        Method m = Method.parse(method);
        if (model != null && m != Method.LOGLINEAR) {
            throw new ParameterException(spec.commandLine(),
                    "--model applies to --method loglinear only (got --method " + method + ")");
        }
        EstimationRequest request = new EstimationRequest(m, level, seed, lists == null ? List.of() : lists,
                new LcmcrSettings(classes, chains, burnIn, samples, thinning, 0.25, 0.25, capFactor),
                new LoglinearSettings(Optional.ofNullable(model),
                        maxOrder == null ? OptionalInt.empty() : OptionalInt.of(maxOrder),
                        maxModels == null ? LoglinearSettings.DEFAULT_MAX_MODELS : maxModels),
                new DgaSettings(delta == null ? OptionalDouble.empty() : OptionalDouble.of(delta), unobservedMin,
                        unobservedMax == null ? OptionalLong.empty() : OptionalLong.of(unobservedMax), 10_000));
        CaptureData data = new CaptureCsvReader(Optional.ofNullable(stratum), Optional.ofNullable(idColumn)).read(file);
        PrintWriter err = spec.commandLine().getErr();
        Progress control = quiet ? Progress.NONE : new TextProgress(err);
        EstimateResult result = new EstimationEngine().estimate(data, request, control);
        output.write(format.equals("json") ? ResultJson.write(result) : ResultText.format(result),
                spec.commandLine().getOut());
        return 0;
    }

    /** Prints progress on standard error in steps of 10%, so a long run shows it is alive without flooding. */
    private static final class TextProgress implements Progress {
        private final PrintWriter err;
        private String lastPhase = "";
        private long lastDecile = -1;

        TextProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void step(String phase, long done, long total) {
            long decile = total == 0 ? 10 : done * 10 / total;
            if (!phase.equals(lastPhase) || decile != lastDecile) {
                lastPhase = phase;
                lastDecile = decile;
                err.println(phase + ": " + decile * 10 + "% (" + done + "/" + total + ")");
                err.flush();
            }
        }
    }
}
