package org.vigil.spark;

import org.apache.spark.sql.SparkSession;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.io.BadInputException;
import org.vigil.core.run.Progress;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code spark-submit --class org.vigil.spark.SparkLink vigil-spark.jar link INPUT [INPUT2] --settings S
 * --output OUT}: links records on a Spark cluster with {@code vigil link}'s model and options. INPUT and OUT
 * are any path Spark reads and writes (local, HDFS, S3…); a name ending in {@code .parquet} is Parquet, any
 * other CSV with a header. Bad input exits 2 with one line naming the value, where it is and what to do.
 */
public final class SparkLink {

    private SparkLink() {
    }

    /** Runs the command; exits 0, 1 (failure) or 2 (bad option or input). */
    public static void main(String[] args) {
        System.exit(run(args, System.err, null));
    }

    /**
     * Runs the command in this JVM.
     *
     * @param args  the arguments, starting with {@code link}
     * @param err   where progress and errors go
     * @param spark a running session to use, or {@code null} to start one (the master comes from
     *              {@code --master} or spark-submit)
     * @return the exit code
     */
    public static int run(String[] args, PrintStream err, SparkSession spark) {
        SparkLinkOptions options;
        try {
            options = SparkLinkOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            err.println("vigil-spark: " + e.getMessage());
            return 2;
        }
        if (options.help()) {
            err.println(SparkLinkOptions.USAGE);
            return 0;
        }
        SparkSession session = spark;
        try {
            if (session == null) {
                // Spark's serialisation debugger needs --add-opens on Java 17; without it the plain error shows
                SparkSession.Builder builder = SparkSession.builder().appName("vigil link")
                        .config("spark.serializer.extraDebugInfo", "false");
                options.master().ifPresent(builder::master);
                session = builder.getOrCreate();
            }
            Progress progress = options.quiet() ? Progress.NONE : new LinePrinter(err, System.nanoTime());
            new SparkLinkJob(options).run(session, progress, err);
            return 0;
        } catch (BadInputException | InvalidDataException e) {
            err.println("vigil-spark: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("vigil-spark: failed: " + e.getMessage());
            return 1;
        } finally {
            if (spark == null && session != null) {
                session.stop();
            }
        }
    }

    /** Progress notes as lines on standard error, with the seconds since the start. */
    private record LinePrinter(PrintStream err, long start) implements Progress {
        @Override
        public void step(String phase, long done, long total) {
        }

        @Override
        public void note(String phase, String detail) {
            err.printf("vigil-spark: [%6.1f s] %s: %s%n", (System.nanoTime() - start) / 1e9, phase, detail);
        }
    }
}
