package org.vigil.link.internal.model;

import org.vigil.link.internal.compare.PreparedRecords;
import org.vigil.link.settings.LinkMode;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Estimates u-probabilities by comparing record pairs drawn at random, almost all of which are
 * different people (as Splink's {@code estimate_u_using_random_sampling}). The sample is split
 * into fixed chunks with seeds derived from the run's seed, so the counts do not depend on threads.
 */
public final class USampler {

    /** Chunks of the draw, each drawn from a seed of its own, so that chunks can run in parallel or on other machines. */
    public static final int CHUNKS = 64;

    private USampler() {
    }

    /**
     * Counts of each field's levels over random pairs: {@code counts[field][level]}.
     *
     * @param records the prepared records
     * @param pairs   how many pairs to draw
     * @param seed    the run's seed
     * @param mode    in link-only mode pairs are drawn across sources
     */
    public static long[][] sample(PreparedRecords records, int pairs, long seed, LinkMode mode) {
        int fields = records.fieldCount();
        int n = records.size();
        long[][][] partial = new long[CHUNKS][][];
        boolean across = mode == LinkMode.LINK_ONLY && records.sourceNames().size() > 1;
        IntStream.range(0, CHUNKS).parallel().forEach(c -> {
            long[][] counts = new long[fields][];
            for (int f = 0; f < fields; f++) {
                counts[f] = new long[records.comparison(f).levels().size()];
            }
            for (long pair : draw(c, pairs, seed, n, across ? records::source : null)) {
                int i = (int) (pair >>> 32);
                int j = (int) pair;
                for (int f = 0; f < fields; f++) {
                    int level = records.level(f, i, j);
                    if (level >= 0) {
                        counts[f][level]++;
                    }
                }
            }
            partial[c] = counts;
        });
        long[][] total = new long[fields][];
        for (int f = 0; f < fields; f++) {
            total[f] = new long[records.comparison(f).levels().size()];
            for (long[][] p : partial) {
                for (int l = 0; l < total[f].length; l++) {
                    total[f][l] += p[f][l];
                }
            }
        }
        return total;
    }

    /**
     * One chunk of the random pairs: record indexes {@code i << 32 | j}, distinct records, from different
     * sources when {@code sourceOf} is given (link-only mode with several sources). The one draw both
     * engines make.
     *
     * @param chunk    the chunk, 0 to {@link #CHUNKS} - 1
     * @param pairs    pairs drawn over all chunks
     * @param seed     the run's seed
     * @param n        number of records
     * @param sourceOf the source of a record, or null when pairs may be within a source
     */
    public static long[] draw(int chunk, int pairs, long seed, int n, java.util.function.IntUnaryOperator sourceOf) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + chunk);
        int share = pairs / CHUNKS + (chunk < pairs % CHUNKS ? 1 : 0);
        long[] out = new long[share];
        int drawn = 0;
        int attempts = 0;
        while (drawn < share && n > 1 && attempts < share * 20) {
            attempts++;
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            if (i == j || sourceOf != null && sourceOf.applyAsInt(i) == sourceOf.applyAsInt(j)) {
                continue;
            }
            out[drawn++] = ((long) i << 32) | j;
        }
        return drawn == share ? out : java.util.Arrays.copyOf(out, drawn);
    }

    /**
     * u-probabilities from level counts, with one pseudo-pair per level so that a level never seen
     * among random pairs (two different people with the same document number) keeps a finite weight.
     */
    public static double[] probabilities(long[] counts) {
        double total = 0;
        for (long c : counts) {
            total += c + 1.0;
        }
        double[] u = new double[counts.length];
        for (int l = 0; l < counts.length; l++) {
            u[l] = (counts[l] + 1.0) / total;
        }
        return u;
    }
}
