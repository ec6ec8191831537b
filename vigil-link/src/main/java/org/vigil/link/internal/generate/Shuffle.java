package org.vigil.link.internal.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Shuffles generated rows (so one person's records are not adjacent) and numbers them. */
final class Shuffle {

    private Shuffle() {
    }

    /** Rows (without ids) shuffled with their truth, each given the id r1, r2, … as first column. */
    static GeneratedSet numbered(List<List<String>> rows, List<String> truth, SplittableRandom random,
                                 List<String> columns) {
        int n = rows.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<List<String>> out = new ArrayList<>(n);
        List<String> persons = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> row = new ArrayList<>(rows.get(order[i]).size() + 1);
            row.add("r" + (i + 1));
            row.addAll(rows.get(order[i]));
            out.add(row);
            persons.add(truth.get(order[i]));
        }
        return new GeneratedSet(columns, out, persons);
    }
}
