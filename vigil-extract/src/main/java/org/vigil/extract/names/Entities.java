package org.vigil.extract.names;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named entities of a report: persons, organisations and places, each in order of first mention, and
 * the mentions of each sentence in reading order.
 *
 * @param persons    named persons
 * @param orgs       organisations
 * @param places     places
 * @param bySentence mentions per sentence index
 */
public record Entities(List<Entity> persons, List<Entity> orgs, List<Entity> places,
                       Map<Integer, List<Mention>> bySentence) {

    /** The mentions in one sentence, in reading order. */
    public List<Mention> in(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /** The entity with this key. */
    public Optional<Entity> byKey(String key) {
        for (List<Entity> list : List.of(persons, orgs, places)) {
            for (Entity e : list) {
                if (e.key().equals(key)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }
}
