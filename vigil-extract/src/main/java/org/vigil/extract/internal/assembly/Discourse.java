package org.vigil.extract.internal.assembly;

import org.vigil.extract.internal.counts.CountMention;
import org.vigil.extract.internal.names.Entities;
import org.vigil.extract.internal.names.Entity;
import org.vigil.extract.internal.names.EntityType;
import org.vigil.extract.internal.names.Mention;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracks who the text is talking about, to resolve the subject of a clause: the nearest named person,
 * counted group or pronoun before the position ("she" is the last person named, "they" the last group
 * counted), or failing that the first person or group after it ("arrested Anna Ivanova"). A heading
 * starts a new topic.
 */
final class Discourse {

    private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he|him|[Hh]is|[Hh]er|[Tt]hey|them|[Tt]heir)\\b");

    private static final int FORWARD_REACH = 60;

    private final Entities entities;
    private Optional<Subject> lastPerson = Optional.empty();
    private Optional<Subject> lastGroup = Optional.empty();

    Discourse(Entities entities) {
        this.entities = entities;
    }

    /** Forgets the topic at a heading. */
    void reset() {
        lastPerson = Optional.empty();
        lastGroup = Optional.empty();
    }

    /** The subject of the clause around a position of a sentence. */
    Optional<Subject> at(SentenceReading r, int position) {
        int bestEnd = -1;
        Optional<Subject> best = Optional.empty();
        for (Mention m : r.mentions()) {
            if (m.type() == EntityType.PERSON && m.end() <= position && m.end() > bestEnd) {
                bestEnd = m.end();
                best = person(m);
            }
        }
        for (CountMention c : r.counts()) {
            if (c.namesGroup() && c.end() <= position && c.end() > bestEnd) {
                bestEnd = c.end();
                best = Optional.of(group(c));
            }
        }
        for (int[] p : pronouns(r)) {
            if (p[1] <= position && p[1] > bestEnd) {
                bestEnd = p[1];
                best = pronoun(r, p[0], r.text().substring(p[0], p[1]).toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (bestEnd >= 0) {
            return best;
        }
        // An object after the position counts only close by: "arrested Anna Ivanova", not a name a line later.
        int firstStart = Math.min(r.text().length(), position + FORWARD_REACH);
        for (Mention m : r.mentions()) {
            if (m.type() == EntityType.PERSON && m.start() >= position && m.start() < firstStart) {
                firstStart = m.start();
                best = person(m);
            }
        }
        for (CountMention c : r.counts()) {
            if (c.namesGroup() && c.start() >= position && c.start() < firstStart) {
                firstStart = c.start();
                best = Optional.of(group(c));
            }
        }
        for (int[] p : pronouns(r)) {
            if (p[0] >= position) {
                if (p[0] < firstStart && p[0] - position <= 15) {
                    best = pronoun(r, p[0], r.text().substring(p[0], p[1]).toLowerCase(java.util.Locale.ROOT));
                }
                break;
            }
        }
        return best;
    }

    private SentenceReading pronounsOf;
    private java.util.List<int[]> pronounSpans = java.util.List.of();

    /** The pronouns of a sentence as [start, end) pairs, found once per sentence. */
    private java.util.List<int[]> pronouns(SentenceReading r) {
        if (pronounsOf != r) {
            java.util.List<int[]> spans = new java.util.ArrayList<>();
            Matcher m = PRONOUN.matcher(r.text());
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end()});
            }
            pronounsOf = r;
            pronounSpans = spans;
        }
        return pronounSpans;
    }

    /** Moves the topic to the last person and group of a sentence once it has been read. */
    void after(SentenceReading r) {
        for (Mention m : r.mentions()) {
            if (m.type() == EntityType.PERSON) {
                lastPerson = person(m);
            }
        }
        for (CountMention c : r.counts()) {
            if (c.namesGroup()) {
                lastGroup = Optional.of(group(c));
            }
        }
    }

    private Optional<Subject> pronoun(SentenceReading r, int at, String word) {
        boolean plural = word.startsWith("they") || word.equals("them") || word.equals("their");
        Optional<Subject> inSentence = Optional.empty();
        int bestEnd = -1;
        if (plural) {
            for (CountMention c : r.counts()) {
                if (c.namesGroup() && c.end() <= at && c.end() > bestEnd) {
                    bestEnd = c.end();
                    inSentence = Optional.of(group(c));
                }
            }
            return inSentence.isPresent() ? inSentence : lastGroup;
        }
        for (Mention m : r.mentions()) {
            if (m.type() == EntityType.PERSON && m.end() <= at && m.end() > bestEnd) {
                bestEnd = m.end();
                inSentence = person(m);
            }
        }
        return inSentence.isPresent() ? inSentence : lastPerson;
    }

    private Optional<Subject> person(Mention m) {
        return entities.byKey(m.key()).map(Entity::name).map(name -> new Subject(m.key(), name, Optional.empty()));
    }

    private static Subject group(CountMention c) {
        return new Subject(Subject.groupKey(c), c.label(), Optional.of(c));
    }
}
