package org.vigil.extract.internal.names;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named entities of a report: persons, organisations and places, each in order of first mention, and
 * the mentions of each sentence in reading order.
 */
public final class Entities {

    private final List<Entity> persons;
    private final List<Entity> orgs;
    private final List<Entity> places;
    private final Map<Integer, List<Mention>> bySentence;
    private final Map<String, Entity> byKey = new HashMap<>();

    /** Entities and their mentions per sentence index. */
    public Entities(List<Entity> persons, List<Entity> orgs, List<Entity> places, Map<Integer, List<Mention>> bySentence) {
        this.persons = List.copyOf(persons);
        this.orgs = List.copyOf(orgs);
        this.places = List.copyOf(places);
        this.bySentence = Map.copyOf(bySentence);
        for (List<Entity> list : List.of(this.persons, this.orgs, this.places)) {
            list.forEach(e -> byKey.putIfAbsent(e.key(), e));
        }
    }

    /** Named persons. */
    public List<Entity> persons() {
        return persons;
    }

    /** Organisations. */
    public List<Entity> orgs() {
        return orgs;
    }

    /** Places. */
    public List<Entity> places() {
        return places;
    }

    /** The mentions in one sentence, in reading order. */
    public List<Mention> in(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /** The entity with this key. */
    public Optional<Entity> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
