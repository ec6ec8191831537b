package org.vigil.report.internal.build;

import org.vigil.core.model.ChargeText;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.Term;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.report.internal.text.DateWords;
import org.vigil.report.internal.text.Phrases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences that tell a step of legal proceedings: "On 8 October 2012, X was sentenced to 7 years." */
final class StepSentences {

    private final Phrases phrases;
    private final RecordNames names;
    private final int year;

    StepSentences(Phrases phrases, RecordNames names, int yearUnderReview) {
        this.phrases = phrases;
        this.names = names;
        this.year = yearUnderReview;
    }

    /** The sentence for a step in the running text, with its date if it has one. */
    String sentence(Proceeding p) {
        String who = names.of(p.personId());
        String form = names.form(p.personId());
        String authority = p.authorityId().map(names::of).orElse("");
        String clause = clause(p.step(), who, form, authority);
        String opener = p.date().filter(d -> DateWords.worthSaying(d, year)).map(d -> phrases.dates().opener(d))
                .orElse("");
        return opener.isEmpty() ? EventNarrative.capitalise(clause) : phrases.get("step.dated", opener, clause);
    }

    /** The step as a short timeline entry: "arrested by the National Security Service". */
    String entry(Proceeding p) {
        String authority = p.authorityId().map(names::of).orElse("");
        String by = opt("fragment.by", authority);
        String before = opt("fragment.before", authority);
        ProceedingStep s = p.step();
        String what;
        if (s instanceof ProceedingStep.Arrest a) {
            what = phrases.get("entry.arrest", by, opt("fragment.place", a.place().orElse("")));
        } else if (s instanceof ProceedingStep.Charge c) {
            what = phrases.get("entry.charge", charges(c.charges()));
        } else if (s instanceof ProceedingStep.Detention d) {
            what = phrases.get("entry.detention", opt("fragment.in", d.placeOfDetention().orElse("")),
                    opt("fragment.for", d.heldFor().map(this::term).orElse("")));
        } else if (s instanceof ProceedingStep.Trial) {
            what = phrases.get("entry.trial", before);
        } else if (s instanceof ProceedingStep.Verdict v) {
            what = phrases.get("entry.verdict", outcome(v.outcome()), opt("fragment.of", charges(v.charges())), by);
        } else if (s instanceof ProceedingStep.Sentence sentence) {
            what = phrases.get("entry.sentence", penalty(sentence));
        } else if (s instanceof ProceedingStep.Appeal a) {
            what = phrases.get("entry.appeal", outcome(a.outcome()), before);
        } else if (s instanceof ProceedingStep.Release r) {
            what = phrases.get("entry.release", manner(r.manner()));
        } else if (s instanceof ProceedingStep.ExtraditionRequest x) {
            what = phrases.get("entry.extradition", phrases.country(x.requestingState()));
        } else {
            throw new IllegalStateException("no entry for step " + s);
        }
        return what;
    }

    private String clause(ProceedingStep s, String who, String form, String authority) {
        String by = opt("fragment.by", authority);
        String before = opt("fragment.before", authority);
        if (s instanceof ProceedingStep.Arrest a) {
            return phrases.get("step.arrest", who, form, by, opt("fragment.place", a.place().orElse("")));
        }
        if (s instanceof ProceedingStep.Charge c) {
            return phrases.get("step.charge", who, form, charges(c.charges()), by);
        }
        if (s instanceof ProceedingStep.Detention d) {
            List<String> how = new ArrayList<>();
            if (d.incommunicado()) {
                how.add(phrases.get("step.detention.incommunicado"));
            }
            if (d.unofficialPlace()) {
                how.add(phrases.get("step.detention.unofficial"));
            }
            return phrases.get("step.detention", who, form, opt("fragment.in", d.placeOfDetention().orElse("")),
                    opt("fragment.how", String.join(", ", how)), opt("fragment.for", d.heldFor().map(this::term).orElse("")));
        }
        if (s instanceof ProceedingStep.Trial t) {
            List<String> concerns = t.fairTrialConcerns().stream()
                    .map(c -> phrases.label(VocabularyKind.FAIR_TRIAL_CONCERN, c).toLowerCase(phrases.locale()))
                    .toList();
            String trial = phrases.get("step.trial", who, form, before);
            return concerns.isEmpty() ? trial : trial + phrases.get("step.trial.concerns", names.list(concerns));
        }
        if (s instanceof ProceedingStep.Verdict v) {
            return phrases.get("step.verdict", who, form, by, outcome(v.outcome()), opt("fragment.of", charges(v.charges())));
        }
        if (s instanceof ProceedingStep.Sentence sentence) {
            return phrases.get("step.sentence", who, form, penalty(sentence));
        }
        if (s instanceof ProceedingStep.Appeal a) {
            return phrases.get("step.appeal", who, form, before, outcome(a.outcome()));
        }
        if (s instanceof ProceedingStep.Release r) {
            return phrases.get("step.release", who, form, manner(r.manner()));
        }
        if (s instanceof ProceedingStep.ExtraditionRequest x) {
            return phrases.get("step.extradition", who, form, phrases.country(x.requestingState()),
                    opt("fragment.grounds", x.grounds().orElse("")));
        }
        throw new IllegalStateException("no sentence for step " + s);
    }

    String charges(List<ChargeText> charges) {
        return names.list(charges.stream()
                .map(c -> phrases.get("charge.quoted", c.text()) + c.legalArticle().map(a -> " (" + a + ")").orElse(""))
                .toList());
    }

    /** A penalty in words: "7 years and 6 months", "between 5 years and 7 years", with its extras. */
    String penalty(ProceedingStep.Sentence s) {
        List<String> parts = new ArrayList<>();
        s.term().ifPresent(t -> parts.add(term(t)));
        if (s.minimum().isPresent() && s.maximum().isPresent()) {
            parts.add(phrases.get("penalty.between", number(s.minimum().get()), term(s.maximum().get())));
        } else {
            s.minimum().ifPresent(t -> parts.add(phrases.get("penalty.atLeast", term(t))));
            s.maximum().ifPresent(t -> parts.add(phrases.get("penalty.upTo", term(t))));
        }
        if (s.life()) {
            parts.add(phrases.get("penalty.life"));
        }
        if (s.death()) {
            parts.add(phrases.get("penalty.death"));
        }
        s.fine().ifPresent(f -> parts.add(phrases.get("penalty.fine", f)));
        String text = names.list(parts);
        if (s.confiscation()) {
            text = phrases.get("penalty.confiscation", text);
        }
        if (s.suspended()) {
            text = phrases.get("penalty.suspended", text);
        }
        return text;
    }

    /** A term in words: "7 years and 6 months". */
    String term(Term t) {
        List<String> parts = new ArrayList<>();
        if (t.years() > 0) {
            parts.add(phrases.get("unit.years", t.years()));
        }
        if (t.months() > 0) {
            parts.add(phrases.get("unit.months", t.months()));
        }
        if (t.days() > 0) {
            parts.add(phrases.get("unit.days", t.days()));
        }
        return names.list(parts);
    }

    /** A coded outcome ("upheld") in words, through the bundle where it has them. */
    private String outcome(String code) {
        return phrases.getOr("outcome." + code, code.replace('_', ' '));
    }

    private String manner(String code) {
        return phrases.getOr("release." + code, "");
    }

    /** An optional fragment: the phrase with the value, or nothing when the value is blank. */
    private String opt(String key, String value) {
        return value == null || value.isBlank() ? "" : phrases.get(key, value);
    }

    /** The leading number of a range's lower end when both ends share a unit ("between 5 and 7 years"). */
    private String number(Term t) {
        if (t.months() == 0 && t.days() == 0) {
            return String.format(Locale.ROOT, "%d", t.years());
        }
        return term(t);
    }
}
