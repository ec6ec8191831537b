package org.vigil.extract.internal.names;

import org.vigil.core.model.TextSpan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A named entity gathered over the whole report: its best name, kind, and every mention's evidence.
 * Built while reading; the finished facts are made from it.
 */
public final class Entity {

    private final EntityType type;
    private final String key;
    private String name;
    private String kind;
    private Optional<String> country = Optional.empty();
    private Optional<String> organisationKey = Optional.empty();
    private final Set<String> roles = new LinkedHashSet<>();
    private final Set<String> aliases = new LinkedHashSet<>();
    private final List<TextSpan> evidence = new ArrayList<>();
    private final int firstSentence;

    Entity(EntityType type, String key, String name, String kind, int firstSentence) {
        this.type = type;
        this.key = key;
        this.name = name;
        this.kind = kind;
        this.firstSentence = firstSentence;
    }

    /** Person, organisation or place. */
    public EntityType type() {
        return type;
    }

    /** The key mentions use. */
    public String key() {
        return key;
    }

    /** The fullest name seen. */
    public String name() {
        return name;
    }

    /** For organisations an organisation_types code; for places country, region or locality. */
    public String kind() {
        return kind;
    }

    /** ISO code: a place's country, or a person's stated nationality. */
    public Optional<String> country() {
        return country;
    }

    /** The key of the organisation a person is tied to. */
    public Optional<String> organisationKey() {
        return organisationKey;
    }

    /** person_descriptors codes read so far. */
    public Set<String> roles() {
        return roles;
    }

    /** Other forms of the name. */
    public Set<String> aliases() {
        return aliases;
    }

    /** Evidence of every mention, in reading order. */
    public List<TextSpan> evidence() {
        return evidence;
    }

    /** The sentence of the first mention. */
    public int firstSentence() {
        return firstSentence;
    }

    void preferName(String candidate) {
        if (candidate.length() > name.length()) {
            aliases.add(name);
            name = candidate;
        } else if (!candidate.equals(name)) {
            aliases.add(candidate);
        }
    }

    void country(String code) {
        country = Optional.of(code);
    }

    void organisation(String orgKey) {
        if (organisationKey.isEmpty()) {
            organisationKey = Optional.of(orgKey);
        }
    }

    /** Adds a role code. */
    public void addRole(String code) {
        roles.add(code);
    }

    void addEvidence(List<TextSpan> spans) {
        for (TextSpan s : spans) {
            if (!evidence.contains(s)) {
                evidence.add(s);
            }
        }
    }
}
