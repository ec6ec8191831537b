package org.vigil.app.cli.link;

import org.vigil.core.io.BadInputException;
import org.vigil.core.io.CsvRow;
import org.vigil.core.io.CsvTable;
import org.vigil.link.review.Decision;
import org.vigil.link.review.ReviewDecision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads reviewers' decisions from CSV: {@code record_a,record_b,decision[,reviewer,note]} with
 * decision {@code same}/{@code different}; Splink's labels table ({@code unique_id_l, unique_id_r,
 * clerical_match_score} with 1 or 0) is read too. The file is read like every CSV in Vigil
 * ({@link CsvTable}); values are trimmed because spreadsheets pad them.
 */
final class DecisionsCsv {

    private DecisionsCsv() {
    }

    static List<ReviewDecision> read(Path file) {
        CsvTable table = CsvTable.read(file);
        String name = table.source();
        Optional<Integer> left = table.column("unique_id_l");
        Optional<Integer> right = table.column("unique_id_r");
        Optional<Integer> score = table.column("clerical_match_score");
        boolean splink = left.isPresent() && right.isPresent() && score.isPresent();
        Optional<Integer> a = table.column("record_a");
        Optional<Integer> b = table.column("record_b");
        Optional<Integer> decision = table.column("decision");
        if (!splink && !(a.isPresent() && b.isPresent() && decision.isPresent())) {
            throw new BadInputException(name, 1, "", "a decisions file needs the columns record_a, record_b, "
                    + "decision (same/different); the columns are " + String.join(", ", table.header()));
        }
        Optional<Integer> reviewer = table.column("reviewer");
        Optional<Integer> note = table.column("note");
        List<ReviewDecision> out = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            try {
                if (splink) {
                    double s = Double.parseDouble(value(row, score));
                    if (s == 0.0 || s == 1.0) {
                        out.add(ReviewDecision.of(value(row, left), value(row, right),
                                s == 1.0 ? Decision.SAME : Decision.DIFFERENT));
                    }
                } else {
                    out.add(new ReviewDecision(value(row, a), value(row, b), Decision.fromJson(value(row, decision)),
                            value(row, reviewer), value(row, note)));
                }
            } catch (IllegalArgumentException e) {
                throw new BadInputException(name, row.line(), "", e.getMessage());
            }
        }
        return out;
    }

    private static String value(CsvRow row, Optional<Integer> column) {
        return column.map(c -> row.get(c).strip()).orElse("");
    }
}
