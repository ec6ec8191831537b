package org.vigil.link.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.link.review.Decision;
import org.vigil.link.review.ReviewDecision;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads reviewers' decisions from CSV: {@code record_a,record_b,decision[,reviewer,note]} with
 * decision {@code same}/{@code different}; Splink's labels table ({@code unique_id_l, unique_id_r,
 * clerical_match_score} with 1 or 0) is read too.
 */
final class DecisionsCsv {

    private DecisionsCsv() {
    }

    static List<ReviewDecision> read(Path file) {
        String name = file.toString();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreSurroundingSpaces(true).build();
        List<ReviewDecision> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames();
            boolean splink = header.contains("unique_id_l") && header.contains("unique_id_r")
                    && header.contains("clerical_match_score");
            if (!splink && !(header.contains("record_a") && header.contains("record_b") && header.contains("decision"))) {
                throw new InvalidDataException(new Problem(name, 1, "", "a decisions file needs the columns "
                        + "record_a, record_b, decision (same/different); the columns are " + String.join(", ", header)));
            }
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber() + 1;
                try {
                    if (splink) {
                        double score = Double.parseDouble(row.get("clerical_match_score"));
                        if (score == 0.0 || score == 1.0) {
                            out.add(ReviewDecision.of(row.get("unique_id_l"), row.get("unique_id_r"),
                                    score == 1.0 ? Decision.SAME : Decision.DIFFERENT));
                        }
                    } else {
                        out.add(new ReviewDecision(row.get("record_a"), row.get("record_b"),
                                Decision.fromJson(row.get("decision")),
                                row.isMapped("reviewer") ? row.get("reviewer") : "",
                                row.isMapped("note") ? row.get("note") : ""));
                    }
                } catch (IllegalArgumentException e) {
                    throw new InvalidDataException(new Problem(name, (int) line, "", e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidDataException(new Problem(name, 0, "", "cannot read the decisions file: " + e.getMessage()));
        }
        return out;
    }
}
