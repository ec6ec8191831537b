package org.vigil.app.web.review;

import org.vigil.core.model.TextSpan;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.VocabularyKind;
import org.vigil.extract.facts.CategoryFact;
import org.vigil.extract.facts.ChargeFact;
import org.vigil.extract.facts.CountFact;
import org.vigil.extract.facts.DatedEventFact;
import org.vigil.extract.facts.Fact;
import org.vigil.extract.facts.FairTrialFact;
import org.vigil.extract.facts.GroupFact;
import org.vigil.extract.facts.OrganisationFact;
import org.vigil.extract.facts.PersonFact;
import org.vigil.extract.facts.PlaceFact;
import org.vigil.extract.facts.SentenceFact;
import org.vigil.extract.facts.TortureMethodFact;
import org.vigil.extract.review.Correctable;
import org.vigil.app.web.review.FactView.Detail;
import org.vigil.app.web.review.FactView.QuotePiece;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Draft facts in words for the review screen, and the corrections a reviewer may make to them: the name of
 * a person, organisation or place, the words of a group, charge, figure, happening or concern.
 */
final class FactViews {

    private static final int QUOTE_LIMIT = 400;

    private final Vocabularies vocab = Vocabularies.builtIn();
    private final String text;

    FactViews(String text) {
        this.text = text;
    }

    /** The facts grouped by kind, in the order the extraction lists them. */
    List<FactView.Group> groups(List<Fact> facts) {
        Map<String, List<FactView>> byHeading = new LinkedHashMap<>();
        for (Fact f : facts) {
            byHeading.computeIfAbsent(heading(f), k -> new ArrayList<>()).add(view(f));
        }
        List<FactView.Group> groups = new ArrayList<>();
        byHeading.forEach((h, list) -> groups.add(new FactView.Group(h, list)));
        return groups;
    }

    FactView view(Fact f) {
        List<Detail> d = new ArrayList<>();
        String kind;
        String headline;
        String correction = "";
        if (f instanceof PersonFact p) {
            kind = "Person";
            headline = p.name();
            correction = "Name";
            roles(d, p.roles());
            p.organisation().ifPresent(o -> d.add(new Detail("Organisation", o)));
            p.nationality().ifPresent(n -> d.add(new Detail("Nationality", n)));
            if (!p.events().isEmpty()) {
                d.add(new Detail("Dated events", p.events().size() + " (see “Dated events” below)"));
            }
        } else if (f instanceof GroupFact g) {
            kind = "Group of people";
            headline = g.size() + " " + g.who();
            correction = "Who they are";
            d.add(new Detail("How many", g.size().toString()));
            roles(d, g.roles());
        } else if (f instanceof OrganisationFact o) {
            kind = "Organisation";
            headline = o.name();
            correction = "Name";
            d.add(new Detail("Type", label(VocabularyKind.ORGANISATION_TYPE, o.kind())));
            if (!o.aliases().isEmpty()) {
                d.add(new Detail("Also written", String.join(", ", o.aliases())));
            }
        } else if (f instanceof PlaceFact p) {
            kind = "Place";
            headline = p.name();
            correction = "Name";
            d.add(new Detail("Kind", p.kind()));
        } else if (f instanceof CountFact c) {
            kind = "Figure";
            headline = c.count() + " " + c.what();
            correction = "What was counted";
            d.add(new Detail("How many", c.count().toString()));
            c.event().ifPresent(e -> d.add(new Detail("During", e)));
            date(d, c.date());
        } else if (f instanceof SentenceFact s) {
            kind = "Penalty";
            headline = s.person() + ": " + s.penalty().describe();
            d.add(new Detail("Who", s.person()));
            d.add(new Detail("Penalty", s.penalty().describe()));
            if (!s.charges().isEmpty()) {
                d.add(new Detail("For", String.join("; ", s.charges())));
            }
            s.court().ifPresent(c -> d.add(new Detail("Court", c)));
            date(d, s.date());
            s.extra().ifPresent(x -> d.add(new Detail("Further", x)));
        } else if (f instanceof ChargeFact c) {
            kind = "Charge";
            headline = "“" + c.text() + "”";
            correction = "Offence";
            if (!c.persons().isEmpty()) {
                d.add(new Detail("Against", String.join(", ", c.persons())));
            }
        } else if (f instanceof CategoryFact c) {
            kind = "Violation";
            headline = label(VocabularyKind.VIOLATION_CATEGORY, c.code());
            d.add(new Detail("Shown by", String.join(", ", c.cues())));
        } else if (f instanceof TortureMethodFact t) {
            kind = "Torture method";
            headline = label(VocabularyKind.TORTURE_METHOD, t.code());
            correction = "The report's words";
            d.add(new Detail("In the report's words", t.text()));
        } else if (f instanceof FairTrialFact t) {
            kind = "Fair-trial concern";
            headline = label(VocabularyKind.FAIR_TRIAL_CONCERN, t.code());
            correction = "The report's words";
        } else if (f instanceof DatedEventFact e) {
            kind = "Dated event";
            headline = capital(e.type()) + (e.who().map(w -> " — " + w).orElse("")) + ", " + e.date().toEnglish();
            correction = "What happened";
            d.add(new Detail("Date", e.date().toEnglish()));
            d.add(new Detail("What", capital(e.type())));
            e.who().ifPresent(w -> d.add(new Detail("Who", w)));
        } else {
            throw new IllegalArgumentException("no view for a " + f.getClass().getSimpleName());
        }
        return new FactView(f.id(), kind, headline, d, quote(f), correction,
                correction.isEmpty() ? "" : Correctable.text(f).orElse(""));
    }

    /** A short caption for the marks in the report's text: "Person: Lena Okafor". */
    String caption(Fact f) {
        FactView v = view(f);
        return v.kind() + ": " + v.headline();
    }

    private static String heading(Fact f) {
        if (f instanceof PersonFact) {
            return "People";
        } else if (f instanceof GroupFact) {
            return "Groups of people";
        } else if (f instanceof OrganisationFact) {
            return "Organisations";
        } else if (f instanceof PlaceFact) {
            return "Places";
        } else if (f instanceof CountFact) {
            return "Figures";
        } else if (f instanceof SentenceFact) {
            return "Penalties";
        } else if (f instanceof ChargeFact) {
            return "Charges";
        } else if (f instanceof CategoryFact) {
            return "Violations";
        } else if (f instanceof TortureMethodFact) {
            return "Torture methods";
        } else if (f instanceof FairTrialFact) {
            return "Fair-trial concerns";
        }
        return "Dated events";
    }

    /** The sentence around the fact's first words, with every span of the fact in it marked. */
    private List<QuotePiece> quote(Fact f) {
        if (f.evidence().isEmpty()) {
            return List.of();
        }
        TextSpan first = f.evidence().get(0);
        int from = sentenceStart(first.start());
        int to = sentenceEnd(first.end());
        if (to - from > QUOTE_LIMIT) {
            from = Math.max(from, first.start() - QUOTE_LIMIT / 2);
            to = Math.min(to, Math.max(first.end(), from + QUOTE_LIMIT));
        }
        List<QuotePiece> pieces = new ArrayList<>();
        int at = from;
        for (TextSpan s : f.evidence()) {
            int start = Math.max(s.start(), at);
            int end = Math.min(s.end(), to);
            if (start >= end) {
                continue;
            }
            if (start > at) {
                pieces.add(new QuotePiece(text.substring(at, start), false));
            }
            pieces.add(new QuotePiece(text.substring(start, end), true));
            at = end;
        }
        if (at < to) {
            pieces.add(new QuotePiece(text.substring(at, to), false));
        }
        return pieces;
    }

    private int sentenceStart(int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == '\n' || (c == ' ' && i >= 2 && ".!?".indexOf(text.charAt(i - 2)) >= 0)) {
                break;
            }
            i--;
        }
        return i;
    }

    private int sentenceEnd(int offset) {
        int i = Math.max(0, Math.min(offset, text.length()));
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                break;
            }
            i++;
            if (".!?".indexOf(c) >= 0 && (i == text.length() || Character.isWhitespace(text.charAt(i)))) {
                break;
            }
        }
        return i;
    }

    private void roles(List<Detail> d, List<String> roles) {
        if (!roles.isEmpty()) {
            d.add(new Detail("Described as", String.join(", ", roles.stream()
                    .map(r -> vocab.get(VocabularyKind.PERSON_DESCRIPTOR).contains(r)
                            ? label(VocabularyKind.PERSON_DESCRIPTOR, r).toLowerCase(Locale.ROOT)
                            : r.replace('_', ' '))
                    .toList())));
        }
    }

    private static void date(List<Detail> d, Optional<PartialDate> date) {
        d.add(new Detail("Date", date.map(PartialDate::toEnglish).orElse("not stated")));
    }

    private String label(VocabularyKind kind, String code) {
        return vocab.get(kind).contains(code) ? vocab.get(kind).label(code) : code.replace('_', ' ');
    }

    private static String capital(String s) {
        String words = s.replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
