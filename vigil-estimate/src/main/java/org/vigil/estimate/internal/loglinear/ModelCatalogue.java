package org.vigil.estimate.internal.loglinear;

import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.data.EstimationInputException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The models the engine knows: Rcapture's {@code closedp.t} menu (M0, Mt, Mh and Mth with Chao,
 * Poisson2, Darroch and Gamma3.5 heterogeneity), every hierarchical model with all main effects
 * and interactions up to a given order (as {@code closedpMS.t}), and models written as generators
 * such as "[A*B*C, A*D, C*D]".
 */
public final class ModelCatalogue {

    private final List<String> lists;
    private final int j;

    /** A catalogue for the lists of a history. */
    public ModelCatalogue(List<String> lists) {
        this.lists = List.copyOf(lists);
        this.j = lists.size();
    }

    /** The {@code closedp.t} menu; heterogeneous models need at least three lists. */
    public List<LoglinearModel> closedpMenu() {
        List<LoglinearModel> models = new ArrayList<>();
        LoglinearModel m0 = new LoglinearModel("M0", true, List.of(), Heterogeneity.NONE);
        LoglinearModel mt = new LoglinearModel("Mt", false, List.of(), Heterogeneity.NONE);
        models.add(m0);
        models.add(mt);
        if (j >= 3) {
            for (Heterogeneity h : new Heterogeneity[] {Heterogeneity.CHAO, Heterogeneity.POISSON2,
                Heterogeneity.DARROCH, Heterogeneity.GAMMA35}) {
                models.add(m0.with(h, "Mh " + h.label()));
            }
            for (Heterogeneity h : new Heterogeneity[] {Heterogeneity.CHAO, Heterogeneity.POISSON2,
                Heterogeneity.DARROCH, Heterogeneity.GAMMA35}) {
                models.add(mt.with(h, "Mth " + h.label()));
            }
        }
        return models;
    }

    /** The largest interaction order searched by default: J-1, but 2 from six lists on (as Rcapture's stopiflong). */
    public int defaultMaxOrder() {
        return j >= 6 ? 2 : j - 1;
    }

    /**
     * Every hierarchical model with all main effects and interactions of order 2..maxOrder; the
     * independence model first.
     */
    public List<LoglinearModel> hierarchical(int maxOrder) {
        return hierarchical(maxOrder, Integer.MAX_VALUE - 1);
    }

    /**
     * A lower bound on the number of hierarchical models up to {@code maxOrder}: with pairwise terms
     * alone every subset of the J(J-1)/2 pairs is a model, so there are at least 2^(J(J-1)/2).
     * Exact when {@code maxOrder <= 2}. Capped at {@code Long.MAX_VALUE}.
     */
    public long leastModelCount(int maxOrder) {
        if (maxOrder < 2) {
            return 1;
        }
        int pairs = j * (j - 1) / 2;
        return pairs >= 63 ? Long.MAX_VALUE : 1L << pairs;
    }

    /**
     * As {@link #hierarchical(int)}, but refuses (with the count, or a lower bound) as soon as more than
     * {@code limit} models would be built, so that a search too large to run fails at once instead of
     * filling the memory with its catalogue first.
     */
    public List<LoglinearModel> hierarchical(int maxOrder, int limit) {
        long least = leastModelCount(maxOrder);
        if (least > limit) {
            throw new TooManyModels(least, maxOrder <= 2);
        }
        List<Integer> terms = new ArrayList<>();
        for (int mask = 1; mask < (1 << j); mask++) {
            int order = Integer.bitCount(mask);
            if (order >= 2 && order <= maxOrder) {
                terms.add(mask);
            }
        }
        terms.sort(LoglinearModel.TERM_ORDER);
        List<LoglinearModel> out = new ArrayList<>();
        enumerate(terms, 0, new LinkedHashSet<>(), out, limit);
        return out;
    }

    /** The search would build more models than allowed; {@code exact} says whether the count is exact. */
    public static final class TooManyModels extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long count;
        private final boolean exact;

        TooManyModels(long count, boolean exact) {
            super(null, null, false, false);
            this.count = count;
            this.exact = exact;
        }

        /** The number of models, or a lower bound when not {@link #exact()}. */
        public long count() {
            return count;
        }

        /** Whether {@link #count()} is the exact number of models. */
        public boolean exact() {
            return exact;
        }
    }

    private void enumerate(List<Integer> terms, int index, Set<Integer> chosen, List<LoglinearModel> out, int limit) {
        if (index == terms.size()) {
            if (out.size() >= limit) {
                throw new TooManyModels(limit + 1L, false);
            }
            out.add(model(new ArrayList<>(chosen)));
            return;
        }
        int term = terms.get(index);
        enumerate(terms, index + 1, chosen, out, limit);
        // A term may enter only when all its sub-terms of one order less (and order >= 2) are in.
        if (subTermsPresent(term, chosen)) {
            chosen.add(term);
            enumerate(terms, index + 1, chosen, out, limit);
            chosen.remove(term);
        }
    }

    private static boolean subTermsPresent(int term, Set<Integer> chosen) {
        if (Integer.bitCount(term) <= 2) {
            return true;
        }
        for (int rest = term; rest != 0; rest &= rest - 1) {
            if (!chosen.contains(term & ~Integer.lowestOneBit(rest))) {
                return false;
            }
        }
        return true;
    }

    /** A hierarchical model from its interaction terms (pattern masks), named by its generators. */
    public LoglinearModel model(List<Integer> interactions) {
        return new LoglinearModel(name(interactions), false, interactions, Heterogeneity.NONE);
    }

    /** The generator name of a hierarchical model, e.g. "[EXH*ABA*OSCE, EXH*HRW, OSCE*HRW]". */
    public String name(List<Integer> interactions) {
        List<Integer> all = new ArrayList<>(interactions);
        for (int i = 0; i < j; i++) {
            all.add(1 << (j - 1 - i));
        }
        List<Integer> generators = new ArrayList<>();
        for (int t : all) {
            boolean maximal = true;
            for (int u : all) {
                if (u != t && (u & t) == t) {
                    maximal = false;
                    break;
                }
            }
            if (maximal) {
                generators.add(t);
            }
        }
        generators.sort(java.util.Comparator.comparingInt(Integer::bitCount).reversed()
                .thenComparing(java.util.Comparator.reverseOrder()));
        List<String> parts = new ArrayList<>();
        for (int g : generators) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < j; i++) {
                if ((g & (1 << (j - 1 - i))) != 0) {
                    names.add(lists.get(i));
                }
            }
            parts.add(String.join("*", names));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /**
     * Parses a model: a menu name ("M0", "Mt", "Mh Chao", "Mth Poisson2", hyphens allowed) or
     * generators "[A*B*C, A*D]" (brackets optional, ':' also joins lists). Main effects of every
     * list are always in the model.
     *
     * @throws EstimationInputException naming the unknown list or malformed part
     */
    public LoglinearModel parse(String text) {
        String trimmed = text.trim();
        String key = trimmed.replace('-', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        for (LoglinearModel m : closedpMenu()) {
            if (m.name().toLowerCase(Locale.ROOT).equals(key)) {
                return m;
            }
        }
        if (key.startsWith("mh") || key.startsWith("mth")) {
            throw new EstimationInputException("--model '" + text + "': heterogeneous models need at least 3 lists and one of "
                    + "Chao, Poisson2, Darroch, Gamma3.5 (e.g. 'Mth Poisson2')");
        }
        String body = trimmed;
        if (body.startsWith("[") && body.endsWith("]")) {
            body = body.substring(1, body.length() - 1);
        }
        Set<Integer> terms = new HashSet<>();
        if (!body.isBlank()) {
            for (String generator : body.split(",")) {
                String g = generator.trim();
                if (g.isEmpty()) {
                    throw new EstimationInputException("--model '" + text + "': empty term between commas");
                }
                int mask = 0;
                for (String name : g.split("[*:]")) {
                    String listName = name.trim();
                    int index = lists.indexOf(listName);
                    if (index < 0) {
                        throw new EstimationInputException("--model '" + text + "': unknown list '" + listName
                                + "' in term '" + g + "'; the lists are " + lists
                                + " (or use M0, Mt, Mh Chao, Mth Poisson2, ...)");
                    }
                    mask |= 1 << (j - 1 - index);
                }
                if (Integer.bitCount(mask) == j) {
                    throw new EstimationInputException("--model '" + text + "': the " + j
                            + "-way interaction cannot be estimated (it would fit the unobserved cell)");
                }
                // All sub-terms of order >= 2 are in the model: hierarchy.
                for (int sub = mask; sub != 0; sub = (sub - 1) & mask) {
                    if (Integer.bitCount(sub) >= 2) {
                        terms.add(sub);
                    }
                }
            }
        }
        List<Integer> sorted = new ArrayList<>(terms);
        Collections.sort(sorted);
        return model(sorted);
    }

    /** The lists. */
    public List<String> lists() {
        return lists;
    }

    /** A catalogue for a history's lists. */
    public static ModelCatalogue of(CaptureHistory history) {
        return new ModelCatalogue(history.lists());
    }
}
