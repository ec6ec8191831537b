package org.vigil.extract;

import org.vigil.core.provenance.InputDigest;
import org.vigil.core.provenance.Provenance;
import org.vigil.core.run.Progress;
import org.vigil.core.time.DatePrecision;
import org.vigil.core.time.PartialDate;
import org.vigil.extract.dates.ReportYears;
import org.vigil.extract.facts.Facts;
import org.vigil.extract.input.ReportDocument;
import org.vigil.extract.internal.assembly.FactAssembler;
import org.vigil.extract.internal.assembly.SentenceReading;
import org.vigil.extract.internal.counts.CountFinder;
import org.vigil.extract.internal.cues.CueTable;
import org.vigil.extract.internal.dates.DateFinder;
import org.vigil.extract.internal.dates.DateMention;
import org.vigil.extract.internal.events.TriggerFinder;
import org.vigil.extract.internal.layout.Block;
import org.vigil.extract.internal.layout.LayoutRepair;
import org.vigil.extract.internal.layout.Sentence;
import org.vigil.extract.internal.layout.SentenceSplitter;
import org.vigil.extract.internal.legal.ChargeFinder;
import org.vigil.extract.internal.legal.PenaltyFinder;
import org.vigil.extract.internal.lexicon.Lexicon;
import org.vigil.extract.internal.names.Entities;
import org.vigil.extract.internal.names.EntityFinder;
import org.vigil.extract.internal.russian.RussianReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a report into draft facts with evidence spans: layout repair, sentences, names, dates, counts,
 * charges, penalties, violation categories, torture methods, fair-trial concerns and dated events.
 * Deterministic and thread-safe: one instance can serve many requests at once.
 */
public final class ReportExtractor {

    /** The method recorded in provenance. */
    public static final String METHOD = "rules: layout repair, gazetteers and patterns (vigil-extract)";

    private static final int PROGRESS_STEP = 500;

    private final Lexicon lexicon;
    private final EntityFinder entityFinder;
    private final CountFinder countFinder;
    private final CueTable categoryCues = CueTable.violationCategories();
    private final CueTable tortureCues = CueTable.tortureMethods();
    private final CueTable fairTrialCues = CueTable.fairTrialConcerns();

    /** An extractor with the built-in lexicon. */
    public ReportExtractor() {
        this.lexicon = Lexicon.builtIn();
        this.entityFinder = new EntityFinder(lexicon);
        this.countFinder = new CountFinder(lexicon);
    }

    /** Reads a report with the given settings. */
    public Extraction extract(ReportDocument document, ExtractionSettings settings) {
        return extract(document, settings, Progress.NONE);
    }

    /**
     * Reads a report, reporting progress and stopping when {@code progress} asks to.
     *
     * @throws java.util.concurrent.CancellationException when cancelled; nothing partial is returned
     */
    public Extraction extract(ReportDocument document, ExtractionSettings settings, Progress progress) {
        String text = document.text();
        progress.step("layout", 0, 1);
        List<Block> blocks = LayoutRepair.repair(text);
        List<Sentence> sentences = SentenceSplitter.split(blocks);
        progress.stopIfCancelled();
        progress.step("layout", 1, 1);

        ReportYears years = ReportYears.resolve(text, settings.eventsYear(), settings.reportYear());
        if (RussianReader.applies(text)) {
            return russian(document, settings, sentences, years, progress);
        }
        Entities entities = entityFinder.find(sentences);
        progress.stopIfCancelled();

        List<SentenceReading> readings = new ArrayList<>(sentences.size());
        Optional<PartialDate> lastFullDate = Optional.empty();
        Block currentBlock = null;
        for (Sentence s : sentences) {
            if (s.block() != currentBlock) {
                currentBlock = s.block();
                lastFullDate = Optional.empty();
            }
            String t = s.string();
            String lower = CueTable.lowerCase(t);
            List<DateMention> dates = s.isHeading() ? List.of() : DateFinder.find(t, years.eventsYear(), lastFullDate);
            for (DateMention d : dates) {
                if (d.date().precision() == DatePrecision.DAY) {
                    lastFullDate = Optional.of(d.date());
                }
            }
            readings.add(new SentenceReading(s, dates, countFinder.find(t, dates), ChargeFinder.find(t, dates),
                    PenaltyFinder.find(t), categoryCues.find(t, lower), tortureCues.find(t, lower), fairTrialCues.find(t, lower),
                    TriggerFinder.find(t), entities.in(s.index())));
            if (s.index() % PROGRESS_STEP == 0) {
                progress.stopIfCancelled();
                progress.step("sentences", s.index(), sentences.size());
            }
        }
        progress.step("sentences", sentences.size(), sentences.size());
        Facts facts = new FactAssembler(lexicon, entities, readings).assemble();
        progress.stopIfCancelled();
        progress.step("facts", 1, 1);

        return result(document, settings, years, facts);
    }

    /** A report in Russian: its own rules, the same facts; the events year from its own dates when not given. */
    private Extraction russian(ReportDocument document, ExtractionSettings settings, List<Sentence> sentences,
                               ReportYears years, Progress progress) {
        ReportYears russianYears = years;
        if (settings.eventsYear().isEmpty() && settings.reportYear().isEmpty()) {
            java.util.OptionalInt latest = RussianReader.eventsYear(sentences);
            if (latest.isPresent()) {
                russianYears = new ReportYears(java.util.OptionalInt.of(latest.getAsInt() + 1), latest,
                        "latest year the Russian text writes");
            }
        }
        progress.step("sentences", sentences.size(), sentences.size());
        Facts facts = RussianReader.read(sentences, russianYears.eventsYear());
        progress.stopIfCancelled();
        progress.step("facts", 1, 1);
        return result(document, settings, russianYears, facts);
    }

    private Extraction result(ReportDocument document, ExtractionSettings settings, ReportYears years, Facts facts) {
        String text = document.text();
        Map<String, String> recorded = new LinkedHashMap<>();
        recorded.put("events_year", years.eventsYear().isPresent() ? Integer.toString(years.eventsYear().getAsInt()) : "");
        recorded.put("report_year", years.reportYear().isPresent() ? Integer.toString(years.reportYear().getAsInt()) : "");
        recorded.put("year_rule", years.rule());
        recorded.put("format", document.format().name().toLowerCase(java.util.Locale.ROOT));
        Provenance provenance = Provenance.of(METHOD, recorded, 0L,
                List.of(new InputDigest(document.name(), document.sha256())));
        return new Extraction(document.name(), document.format(), years, facts,
                settings.includeText() ? Optional.of(text) : Optional.empty(), provenance);
    }
}
