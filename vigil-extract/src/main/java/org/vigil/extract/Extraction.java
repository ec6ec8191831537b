package org.vigil.extract;

import org.vigil.core.provenance.Provenance;
import org.vigil.extract.dates.ReportYears;
import org.vigil.extract.facts.Facts;
import org.vigil.extract.input.InputFormat;

import java.util.Optional;

/**
 * The result of reading one report: draft facts with evidence, the years that anchored its dates, and
 * provenance.
 *
 * @param source     the report's name (file name or label)
 * @param format     the format it was read from
 * @param years      report year and events year, and the rule that decided them
 * @param facts      the draft facts
 * @param text       the plain text the evidence offsets point into, when asked for
 * @param provenance method, settings, input hash and version
 */
public record Extraction(String source, InputFormat format, ReportYears years, Facts facts, Optional<String> text,
                         Provenance provenance) {
}
