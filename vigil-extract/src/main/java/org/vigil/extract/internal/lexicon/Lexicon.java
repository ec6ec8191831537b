package org.vigil.extract.internal.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The general knowledge the rules use: the world's states and their demonyms, the words that make a name an
 * organisation or a place, the nouns that describe people, titles, and the capitalised words that are not
 * names. Nothing here is specific to one report or one country; every list is a resource file that can be
 * extended without code.
 */
public final class Lexicon {

    private static final Lexicon BUILT_IN = new Lexicon();

    private final Map<String, String> countryByName = new HashMap<>();
    private final Map<String, String> preferredCountryName = new HashMap<>();
    private final Map<String, String> countryByDemonym = new HashMap<>();
    private final Map<String, String> organisationHeads = new HashMap<>();
    private final Map<String, String> knownOrganisationKind = new HashMap<>();
    private final Map<String, String> knownOrganisationByAlias = new HashMap<>();
    private final List<String> knownOrganisationNames = new ArrayList<>();
    private final Set<String> placeHeads = new HashSet<>();
    private final Map<String, String> roleNouns = new HashMap<>();
    private final List<String> rolePhrases = new ArrayList<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();
    private final Map<String, String> countNouns = new HashMap<>();

    private Lexicon() {
        for (String[] row : WordLists.rows("countries.tsv")) {
            String code = row[0];
            String[] names = row[1].split("\\|");
            preferredCountryName.put(code, names[0]);
            for (String n : names) {
                countryByName.put(n.toLowerCase(Locale.ROOT), code);
            }
            if (row.length > 2) {
                for (String d : row[2].split("\\|")) {
                    countryByDemonym.putIfAbsent(d.toLowerCase(Locale.ROOT), code);
                }
            }
        }
        WordLists.rows("organisation_heads.tsv").forEach(r -> organisationHeads.putIfAbsent(r[0], r[1]));
        for (String[] row : WordLists.rows("known_organisations.tsv")) {
            knownOrganisationNames.add(row[0]);
            knownOrganisationKind.put(row[0], row[1]);
            knownOrganisationByAlias.put(row[0].toLowerCase(Locale.ROOT), row[0]);
            if (row.length > 2 && !row[2].isEmpty()) {
                for (String alias : row[2].split("\\|")) {
                    knownOrganisationByAlias.put(alias.toLowerCase(Locale.ROOT), row[0]);
                }
            }
        }
        knownOrganisationNames.sort(Comparator.comparingInt(String::length).reversed());
        WordLists.rows("place_heads.txt").forEach(r -> placeHeads.add(r[0]));
        for (String[] row : WordLists.rows("role_nouns.tsv")) {
            roleNouns.put(row[0], row[1]);
            rolePhrases.add(row[0]);
        }
        rolePhrases.sort(Comparator.comparingInt(String::length).reversed());
        WordLists.rows("titles.txt").forEach(r -> titles.add(r[0]));
        WordLists.rows("not_names.txt").forEach(r -> notNames.add(r[0]));
        WordLists.rows("count_nouns.tsv").forEach(r -> countNouns.put(r[0].toLowerCase(Locale.ROOT), r[1]));
    }

    /** The lexicon shipped with Vigil. */
    public static Lexicon builtIn() {
        return BUILT_IN;
    }

    /** The ISO code of a country name ("Russian Federation" → RU). */
    public Optional<String> countryCode(String name) {
        return Optional.ofNullable(countryByName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The ISO code a demonym or nationality adjective refers to ("Tajikistani" → TJ). */
    public Optional<String> demonymCountry(String word) {
        return Optional.ofNullable(countryByDemonym.get(word.toLowerCase(Locale.ROOT)));
    }

    /** True when the word is a demonym ("Tajik", "French"). */
    public boolean isDemonym(String word) {
        return countryByDemonym.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /** The organisation kind a head word gives a name ("Court" → court), if it is one. */
    public Optional<String> organisationHead(String word) {
        return Optional.ofNullable(organisationHeads.get(word));
    }

    /** The canonical name of a well-known international body named by this name or alias. */
    public Optional<String> knownOrganisation(String nameOrAlias) {
        return Optional.ofNullable(knownOrganisationByAlias.get(nameOrAlias.toLowerCase(Locale.ROOT)));
    }

    /** The kind of a well-known body. */
    public String knownOrganisationKind(String canonicalName) {
        return knownOrganisationKind.getOrDefault(canonicalName, "ngo");
    }

    /** Canonical names of the well-known bodies, longest first. */
    public List<String> knownOrganisationNames() {
        return knownOrganisationNames;
    }

    /** True when the word after a name makes it a place ("Region", "Province"). */
    public boolean isPlaceHead(String word) {
        return placeHeads.contains(word);
    }

    /** Role nouns and phrases, longest first. */
    public List<String> rolePhrases() {
        return rolePhrases;
    }

    /** The person_descriptors code of a role noun, or empty when it implies none. */
    public Optional<String> roleDescriptor(String rolePhrase) {
        String code = roleNouns.get(rolePhrase.toLowerCase(Locale.ROOT));
        return code == null || code.equals("-") ? Optional.empty() : Optional.of(code);
    }

    /** True when the phrase is a known role noun. */
    public boolean isRole(String phrase) {
        return roleNouns.containsKey(phrase.toLowerCase(Locale.ROOT));
    }

    /** True when the word is a title written before names ("Dr", "Judge"). */
    public boolean isTitle(String word) {
        return titles.contains(word);
    }

    /** True when a capitalised word is never part of a person's or a place's name. */
    public boolean isNotName(String word) {
        return notNames.contains(word);
    }

    /** The unit kind of a countable noun ("defendants" → people), if it is one. */
    public Optional<String> countNounKind(String noun) {
        return Optional.ofNullable(countNouns.get(noun.toLowerCase(Locale.ROOT)));
    }
}
