package org.vigil.extract.internal.names;

import org.vigil.extract.internal.layout.Sentence;
import org.vigil.extract.internal.lexicon.Lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises persons, organisations and places from capitalised chunks and their context.
 *
 * <ul>
 *   <li>Organisation: a well-known international body; a chunk holding an institution word ("Court",
 *       "Office", "Service", "Party"); a chunk followed by a lower-case kind word ("X party", "X newspaper")
 *       or preceded by one ("the movement X"); a chunk followed by "workers"/"employees" (an employer).</li>
 *   <li>Place: a state from the gazetteer; a chunk ending in a region word ("X Region", "X Province");
 *       a chunk after a place preposition or noun ("in X", "city of X", "the regional capital X") or before
 *       one ("X city"); the locality in a court's name ("X City Court").</li>
 *   <li>Person: two to five proper words (or a title and a name) with a person cue somewhere in the report:
 *       a role before ("lawyer X", "prisoner of conscience X"), an apposition after ("X, a journalist",
 *       "X, a Tajikistani woman"), a verb said of people ("X was arrested", "X said") or done to them
 *       ("arrested X"). Later mentions by surname alone refer back to the same person.</li>
 * </ul>
 */
public final class EntityFinder {

    private static final Pattern LOWER_KIND_AFTER = Pattern.compile("^\\s+(party|movement|union|group|company"
            + "|corporation|newspaper|magazine|weekly|daily|website|news agency|agency|channel|TV channel"
            + "|television channel|radio station|radio|association|foundation|organization|organisation|network"
            + "|coalition|church|mosque)\\b");
    private static final Pattern LOWER_KIND_BEFORE = Pattern.compile("\\b(party|movement|organization|organisation"
            + "|group|newspaper|magazine|weekly|daily|website|channel|station|NGO|union|association|company"
            + "|agency|network|foundation|coalition)\\s+$");
    private static final Pattern EMPLOYER_AFTER = Pattern.compile("^\\s+(?:workers|employees|miners|staff|oil workers)\\b");
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:in|In|at|At|to|from|From|near|outside"
            + "|into|towards|toward|across|around|throughout|via|inside|city of|town of|village of|province of"
            + "|region of|district of|capital of|capital|city|town|village|camp|suburb of)\\s+$");
    private static final Pattern PLACE_AFTER = Pattern.compile("^\\s+(?:city|town|village|region|province|district"
            + "|oblast|governorate|municipality)\\b");
    private static final Pattern LOCALITY_IN_INSTITUTION = Pattern.compile(
            "^(.+?)\\s+(?:City|city|Regional|regional|District|district|Provincial|provincial|Municipal|municipal"
                    + "|Town|town|Oblast|oblast|County|county|Military|military)\\b");
    private static final Pattern VERB_AFTER = Pattern.compile("^(?:\\s*,[^,]{1,80},)?\\s+(?:(?:was|were|had been"
            + "|has been|have been|is|is being|had|has)\\s+)?(?:\\p{L}+ly\\s+)?(?:arrested|detained|sentenced"
            + "|convicted|released|charged|tortured|killed|abducted|held|beaten|tried|acquitted|shot|fined|pardoned"
            + "|summoned|questioned|interrogated|freed|deported|extradited|said|says|stated|told|reported|claimed"
            + "|alleged|testified|died|disappeared|fled|complained|wrote|went|travelled|traveled|remained"
            + "|received)\\b");
    private static final Pattern VERB_BEFORE = Pattern.compile("\\b(?:arrested|detained|tortured|killed"
            + "|sentenced|released|abducted|charged|convicted|shot|summoned|interrogated|freed|pardoned|acquitted"
            + "|beat|executed|kidnapped|arresting|detaining|against|lawyers? for|family of|wife of|husband of"
            + "|son of|daughter of|case of|release of|arrest of|detention of|trial of)\\s+$");
    private static final Pattern AGE_AFTER = Pattern.compile("^(?:,\\s+(?:aged\\s+)?\\d{1,3}\\s*[,)]|\\s+\\(\\d{1,3}\\))");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\(([A-Z][A-Z.\\-]{1,9})\\)");
    private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "his", "her", "their", "its",
            "former", "now", "also", "himself", "herself", "one", "both");

    private final Lexicon lexicon;
    private final NameChunker chunker;

    /** A finder using the given lexicon. */
    public EntityFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.chunker = new NameChunker(lexicon);
    }

    private enum ChunkClass { ORGANISATION, PLACE, DEMONYM, ACRONYM, CANDIDATE }

    private record Classified(NameChunk chunk, ChunkClass type, String name, String kind, Optional<String> country) {
    }

    /** Finds the entities of a report's sentences. */
    public Entities find(List<Sentence> sentences) {
        Map<Integer, List<Classified>> chunks = new LinkedHashMap<>();
        Map<String, Entity> orgs = new LinkedHashMap<>();
        Map<String, Entity> places = new LinkedHashMap<>();
        Map<String, Entity> persons = new LinkedHashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        Map<Integer, List<Mention>> mentions = new HashMap<>();

        for (Sentence s : sentences) {
            String text = s.string();
            List<Token> tokens = Tokenizer.tokens(text);
            List<Classified> list = new ArrayList<>();
            for (NameChunk c : chunker.chunks(text, tokens)) {
                list.add(classify(text, c));
            }
            chunks.put(s.index(), list);
        }
        // Organisations and places that need no other knowledge; acronyms introduced in brackets.
        for (Sentence s : sentences) {
            String text = s.string();
            for (Classified c : chunks.get(s.index())) {
                if (c.type == ChunkClass.ORGANISATION) {
                    Entity org = organisation(orgs, c.name, c.kind, s.index());
                    mention(mentions, s, c.chunk.start(), c.chunk.end(), org, EntityType.ORGANISATION);
                    Matcher acr = ACRONYM_AFTER.matcher(text.substring(c.chunk.end()));
                    if (acr.find()) {
                        acronyms.put(acr.group(1), org.key());
                        org.aliases().add(acr.group(1));
                    }
                    localityInInstitution(c, s, places, mentions);
                } else if (c.type == ChunkClass.PLACE && !s.isHeading()) {
                    Entity place = place(places, c.name, c.kind, c.country, s.index());
                    mention(mentions, s, c.chunk.start(), c.chunk.end(), place, EntityType.PLACE);
                }
            }
        }
        // Organisations known by a lower-case kind word around a candidate chunk.
        for (Sentence s : sentences) {
            if (s.isHeading()) {
                continue;
            }
            String text = s.string();
            List<Classified> list = chunks.get(s.index());
            for (int i = 0; i < list.size(); i++) {
                Classified c = list.get(i);
                if (c.type != ChunkClass.CANDIDATE) {
                    continue;
                }
                String after = head(text, c.chunk.end());
                String before = tail(text, c.chunk.start());
                Matcher kindAfter = LOWER_KIND_AFTER.matcher(after);
                Optional<String> orgName = Optional.empty();
                String kind = "ngo";
                int end = c.chunk.end();
                if (kindAfter.find() && acceptableOrgWords(c.chunk)) {
                    orgName = Optional.of(c.chunk.text() + " " + kindAfter.group(1));
                    kind = kindOfWord(kindAfter.group(1));
                    end = c.chunk.end() + kindAfter.end();
                } else if (LOWER_KIND_BEFORE.matcher(before).find() && acceptableOrgWords(c.chunk)) {
                    Matcher m = LOWER_KIND_BEFORE.matcher(before);
                    m.find();
                    orgName = Optional.of(c.chunk.text());
                    kind = kindOfWord(m.group(1));
                } else if (definesAcronym(c.chunk, after)) {
                    orgName = Optional.of(c.chunk.text());
                    Matcher acr = ACRONYM_AFTER.matcher(after);
                    acr.find();
                    acronyms.put(acr.group(1), "org:" + fold(c.chunk.text()));
                } else if (EMPLOYER_AFTER.matcher(after).find() && acceptableOrgWords(c.chunk)) {
                    orgName = Optional.of(c.chunk.text());
                    kind = "company";
                }
                if (orgName.isPresent()) {
                    Entity org = organisation(orgs, orgName.get(), kind, s.index());
                    Matcher acr = ACRONYM_AFTER.matcher(after);
                    if (acr.find()) {
                        acronyms.put(acr.group(1), org.key());
                        if (!org.aliases().contains(acr.group(1))) {
                            org.aliases().add(acr.group(1));
                        }
                    }
                    mention(mentions, s, c.chunk.start(), end, org, EntityType.ORGANISATION);
                    list.set(i, new Classified(c.chunk, ChunkClass.ORGANISATION, orgName.get(), kind, Optional.empty()));
                }
            }
        }
        // Persons: candidates with a person cue anywhere in the report.
        for (Sentence s : sentences) {
            if (s.isHeading()) {
                continue;
            }
            String text = s.string();
            List<Classified> list = chunks.get(s.index());
            for (int i = 0; i < list.size(); i++) {
                Classified c = list.get(i);
                boolean coordinated = i + 1 < list.size() && list.get(i + 1).type == ChunkClass.CANDIDATE
                        && text.substring(c.chunk.end(), list.get(i + 1).chunk.start()).equals(" and ")
                        && nameLike(list.get(i + 1).chunk) && personCue(text, list.get(i + 1).chunk);
                if (c.type == ChunkClass.CANDIDATE && nameLike(c.chunk) && (personCue(text, c.chunk) || coordinated
                        || bareName(text, c.chunk))) {
                    Entity person = person(persons, c.chunk.text(), s.index());
                    readApposition(text, c.chunk, person, s, mentions, orgs);
                }
            }
        }
        // Mentions of known persons (also by surname) and places among the remaining candidates.
        for (Sentence s : sentences) {
            if (s.isHeading()) {
                continue;
            }
            String text = s.string();
            for (Classified c : chunks.get(s.index())) {
                if (c.type == ChunkClass.ACRONYM && acronyms.containsKey(c.chunk.text())) {
                    Entity org = orgs.get(acronyms.get(c.chunk.text()));
                    mention(mentions, s, c.chunk.start(), c.chunk.end(), org, EntityType.ORGANISATION);
                    continue;
                }
                if (c.type != ChunkClass.CANDIDATE) {
                    continue;
                }
                Optional<Entity> person = knownPerson(persons, c.chunk);
                if (person.isPresent()) {
                    mention(mentions, s, c.chunk.start(), c.chunk.end(), person.get(), EntityType.PERSON);
                    continue;
                }
                if (placeLike(c.chunk) && (placeCue(text, c.chunk) || coordinatedPlace(text, c.chunk, mentions.get(s.index())))) {
                    Entity place = place(places, c.chunk.text(), "locality", Optional.empty(), s.index());
                    mention(mentions, s, c.chunk.start(), c.chunk.end(), place, EntityType.PLACE);
                }
            }
        }
        Map<Integer, List<Mention>> sorted = new HashMap<>();
        mentions.forEach((k, v) -> {
            List<Mention> copy = new ArrayList<>(v);
            copy.sort(Comparator.comparingInt(Mention::start));
            sorted.put(k, List.copyOf(copy));
        });
        return new Entities(ordered(persons), ordered(orgs), ordered(places), Map.copyOf(sorted));
    }

    private static List<Entity> ordered(Map<String, Entity> map) {
        List<Entity> list = new ArrayList<>(map.values());
        list.sort(Comparator.comparingInt(Entity::firstSentence));
        return List.copyOf(list);
    }

    private Classified classify(String sentence, NameChunk c) {
        String text = c.text();
        Optional<String> known = lexicon.knownOrganisation(text);
        if (known.isPresent()) {
            return new Classified(c, ChunkClass.ORGANISATION, known.get(), lexicon.knownOrganisationKind(known.get()),
                    Optional.empty());
        }
        if (c.size() >= 2) {
            String kind = null;
            for (Token t : c.tokens()) {
                Optional<String> head = lexicon.organisationHead(t.text());
                if (head.isPresent() && (kind == null || kind.equals("government"))) {
                    kind = head.get();
                }
            }
            if (kind != null && !lexicon.isPlaceHead(c.last().text())) {
                return new Classified(c, ChunkClass.ORGANISATION, text, kind, Optional.empty());
            }
            if (lexicon.isPlaceHead(c.last().text()) && lexicon.countryCode(text).isEmpty()) {
                return new Classified(c, ChunkClass.PLACE, text, "region", Optional.empty());
            }
        }
        Optional<String> country = lexicon.countryCode(text);
        if (country.isPresent()) {
            return new Classified(c, ChunkClass.PLACE, text, "country", country);
        }
        if (lexicon.isDemonym(c.first().text())) {
            return new Classified(c, ChunkClass.DEMONYM, text, "", lexicon.demonymCountry(c.first().text()));
        }
        if (c.tokens().stream().allMatch(Token::acronym)) {
            return new Classified(c, ChunkClass.ACRONYM, text, "", Optional.empty());
        }
        return new Classified(c, ChunkClass.CANDIDATE, text, "", Optional.empty());
    }

    /**
     * "Women of Zimbabwe Arise (WOZA)": a name of two or more words followed by an acronym in brackets made of
     * the initials of its capitalised words is an organisation (persons and places are not introduced so).
     */
    private static boolean definesAcronym(NameChunk c, String after) {
        Matcher acr = ACRONYM_AFTER.matcher(after);
        if (c.size() < 2 || !acr.find()) {
            return false;
        }
        StringBuilder capitals = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (Token t : c.tokens()) {
            char first = Character.toUpperCase(t.text().charAt(0));
            all.append(first);
            if (t.capitalised()) {
                capitals.append(first);
            }
        }
        String letters = acr.group(1).replaceAll("[^A-Z]", "");
        return letters.length() >= 2 && (letters.contentEquals(all) || letters.contentEquals(capitals)
                || letters.length() >= 3 && Math.abs(letters.length() - capitals.length()) <= 1
                && capitals.toString().startsWith(letters.substring(0, 2)));
    }

    private boolean acceptableOrgWords(NameChunk c) {
        for (Token t : c.tokens()) {
            if (t.capitalised() && (lexicon.isNotName(t.text()) || lexicon.isDemonym(t.text())
                    || lexicon.countryCode(t.text()).isPresent())) {
                return false;
            }
        }
        return true;
    }

    private static String kindOfWord(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "party" -> "political_party";
            case "movement", "coalition" -> "social_movement";
            case "union" -> "trade_union";
            case "company", "corporation", "group" -> "company";
            case "newspaper", "magazine", "weekly", "daily", "website", "news agency", "channel", "tv channel",
                 "television channel", "radio station", "radio", "station" -> "media_outlet";
            default -> "ngo";
        };
    }

    private void localityInInstitution(Classified c, Sentence s, Map<String, Entity> places,
                                       Map<Integer, List<Mention>> mentions) {
        Matcher m = LOCALITY_IN_INSTITUTION.matcher(c.chunk.text());
        if (!m.find()) {
            return;
        }
        String locality = m.group(1);
        List<Token> words = Tokenizer.tokens(locality);
        if (words.isEmpty() || words.size() > 3) {
            return;
        }
        for (Token t : words) {
            if (!t.capitalised() || t.acronym() || lexicon.isNotName(t.text()) || lexicon.organisationHead(t.text()).isPresent()
                    || lexicon.isDemonym(t.text())) {
                return;
            }
        }
        Optional<String> country = lexicon.countryCode(locality);
        Entity place = place(places, locality, country.isPresent() ? "country" : "locality", country, s.index());
        mention(mentions, s, c.chunk.start(), c.chunk.start() + locality.length(), place, EntityType.PLACE);
    }

    private boolean nameLike(NameChunk c) {
        int proper = 0;
        for (Token t : c.tokens()) {
            if (!t.capitalised()) {
                continue;
            }
            boolean first = t == c.first();
            if (t.acronym() || (first || !isParticle(t.text())) && lexicon.isNotName(t.text()) || lexicon.isDemonym(t.text())
                    || lexicon.countryCode(t.text()).isPresent() || lexicon.organisationHead(t.text()).isPresent()
                    || lexicon.isPlaceHead(t.text()) || !t.word()) {
                return false;
            }
            proper++;
        }
        return (proper >= 2 && proper <= 5) || (c.titled() && proper >= 1 && proper <= 5);
    }

    /**
     * A name without any cue word: two or three proper words, each a capital and lower-case letters, not
     * after a place word ("in X"), not before a kind word ("X party"), and not the words opening the sentence
     * (headings and institutions often start one).
     */
    private boolean bareName(String sentence, NameChunk c) {
        // Within brackets a bare name is another spelling of the name before them ("Anna Petrova (Анна
        // Петрова, Anna Petrowa)"), and a name in another script in English text is one too: neither is
        // a new person.
        if (insideBrackets(sentence, c.start()) || c.text().codePoints().anyMatch(
                ch -> Character.isLetter(ch) && Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN)) {
            return false;
        }
        if (c.size() < 2 || c.size() > 3 || placeCue(sentence, c) || LOWER_KIND_AFTER.matcher(head(sentence, c.end())).find()
                || LOWER_KIND_BEFORE.matcher(tail(sentence, c.start())).find()) {
            return false;
        }
        for (Token t : c.tokens()) {
            String w = t.text();
            if (COMMON_NOUN_ENDING.matcher(w).find() || COMMON_CAPITALISED.contains(w)) {
                return false;
            }
            if (!t.capitalised() || w.length() < 2 || w.chars().skip(1).anyMatch(Character::isUpperCase)
                    && !w.contains("-") && !w.startsWith("Mc") && !w.startsWith("Mac") && !w.contains("'")) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideBrackets(String sentence, int end) {
        int depth = 0;
        for (int i = 0; i < end && i < sentence.length(); i++) {
            char ch = sentence.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' && depth > 0 ? -1 : 0;
        }
        return depth > 0;
    }

    /** Endings of English common nouns and adjectives that titles of laws and bodies use, never names. */
    private static final Pattern COMMON_NOUN_ENDING = Pattern.compile("(?:tion|sion|ment|ance|ence|ity|ure|ism|ship"
            + "|ness|ical|ural|onal|ive|ous|ights|ings|ers|ies|ary|ial)$");
    /** Capitalised words of headings, laws and bodies that a bare two-word name must not hold. */
    private static final Set<String> COMMON_CAPITALISED = Set.of("Death", "Period", "Agreement", "Minister", "Order",
            "Bill", "Act", "Energy", "Paper", "Chamber", "Aid", "Secretary", "Force", "Peoples", "Indigenous",
            "Public", "Legal", "Special", "Criminal", "Global", "Green", "Grand", "Home", "Inquiry", "Lessons",
            "Learnt", "Reserve", "Prime", "Measures", "Operation", "Head", "State", "Government", "Population",
            "Penalty", "Human", "Rights", "Freedom", "Law", "Code", "Amendment", "Rule", "Review", "Report",
            "Council", "General", "Assembly", "Security", "Forces", "Army", "Police", "Justice", "Commission",
            "Commissioner", "Mission", "Republic", "Federal", "National", "International", "Independent", "United",
            "Nations", "Day", "Year", "Week", "North", "South", "East", "West", "Northern", "Southern", "Eastern",
            "Western", "Central", "New", "Old", "Upper", "Lower", "High", "Supreme", "Appeal", "Appeals", "Bay",
            "Road", "Street", "Square", "Park", "Island", "Islands", "River", "Lake", "Mount", "Valley", "Coast",
            "Sea", "Gulf", "Plan", "Programme", "Program", "Project", "Strategy", "Policy", "Truth", "Peace",
            "War", "Civil", "Social", "Economic", "Cultural", "Political", "Interior", "Defence", "Defense",
            "Foreign", "Affairs", "Office", "Hospital", "University", "School", "Church", "Mosque",
            "Prison", "Camp", "Station", "Centre", "Center", "Media", "News", "Times", "Post", "Press", "Radio",
            "Television", "Online", "Watch", "Amnesty", "Front", "Party", "Movement", "Union", "League", "Alliance",
            "Coalition", "Group", "Committee", "Board", "Authority", "Agency", "Service", "Ministry", "Department",
            "Extension", "Disappearances", "Environmental", "Development", "Prevention", "Investigation");

    private boolean personCue(String sentence, NameChunk c) {
        if (c.titled()) {
            return true;
        }
        String before = tail(sentence, c.start());
        String after = head(sentence, c.end());
        return roleBefore(before).isPresent() || appositionRole(after).isPresent() || AGE_AFTER.matcher(after).find()
                || VERB_AFTER.matcher(after).find() || VERB_BEFORE.matcher(before).find();
    }

    /** The role phrase that ends the text before a name ("prisoner of conscience "). */
    private Optional<String> roleBefore(String before) {
        String lower = before.toLowerCase(Locale.ROOT).stripTrailing();
        if (lower.length() == before.length()) {
            return Optional.empty();
        }
        for (String role : lexicon.rolePhrases()) {
            if (lower.endsWith(role) && (lower.length() == role.length()
                    || !Character.isLetter(lower.charAt(lower.length() - role.length() - 1)))) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The apposition after a name (", a labour activist who...") when it holds a role: its text and role. */
    private Optional<String[]> appositionRole(String after) {
        if (!after.startsWith(", ")) {
            return Optional.empty();
        }
        int stop = after.length();
        for (int i = 2; i < after.length(); i++) {
            char ch = after.charAt(i);
            if (ch == ',' || ch == ';' || ch == '.' || ch == '(' || ch == '–' || ch == '—') {
                stop = i;
                break;
            }
        }
        String window = after.substring(2, stop);
        String[] words = window.split("\\s+");
        if (words.length == 0 || !APPOSITION_OPENERS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        List<String> roles = rolesIn(java.util.Arrays.copyOf(words, Math.min(words.length, 8)));
        return roles.isEmpty() ? Optional.empty() : Optional.of(new String[] {window, roles.get(0)});
    }

    /** The role phrases among words, longest first at each position ("labour activist", not "activist"). */
    private List<String> rolesIn(String[] words) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            for (int len = Math.min(4, words.length - i); len >= 1; len--) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len))
                        .toLowerCase(Locale.ROOT).replaceAll("[,.;:]+$", "");
                String singular = phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase;
                String role = lexicon.isRole(phrase) ? phrase : lexicon.isRole(singular) ? singular : null;
                if (role != null) {
                    found.add(role);
                    i += len - 1;
                    break;
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return found;
    }

    private void readApposition(String text, NameChunk c, Entity person, Sentence s,
                                Map<Integer, List<Mention>> mentions, Map<String, Entity> orgs) {
        mention(mentions, s, c.start(), c.end(), person, EntityType.PERSON);
        roleBefore(tail(text, c.start())).flatMap(lexicon::roleDescriptor).ifPresent(person::addRole);
        Optional<String[]> app = appositionRole(head(text, c.end()));
        if (app.isPresent()) {
            String window = app.get()[0];
            String lower = window.toLowerCase(Locale.ROOT);
            for (String role : rolesIn(window.split("\\s+"))) {
                lexicon.roleDescriptor(role).ifPresent(person::addRole);
            }
            if (lower.contains("leader") && lower.contains("opposition")) {
                person.addRole("opposition_leader");
            }
            for (String w : window.split("\\s+")) {
                lexicon.demonymCountry(w).ifPresent(person::country);
            }
            int from = c.end() + 2;
            int to = from + window.length();
            for (Mention m : mentions.getOrDefault(s.index(), List.of())) {
                if (m.type() == EntityType.ORGANISATION && m.start() >= from && m.end() <= to) {
                    person.organisation(m.key());
                    break;
                }
            }
        }
    }

    private boolean placeLike(NameChunk c) {
        if (c.size() > 4) {
            return false;
        }
        for (Token t : c.tokens()) {
            boolean first = t == c.first();
            if (t.capitalised() && (t.acronym() || (first || !isParticle(t.text())) && lexicon.isNotName(t.text())
                    || lexicon.isDemonym(t.text()) || lexicon.organisationHead(t.text()).isPresent()
                    || first && lexicon.isTitle(t.text()))) {
                return false;
            }
        }
        return true;
    }

    /** Short words that are function words in English but parts of names elsewhere ("Nghe An", "Van"). */
    private static boolean isParticle(String word) {
        return Set.of("An", "A", "The", "Of", "And", "De", "La", "Le", "Da", "Do", "Al", "El", "Van", "Von", "Du", "Dos",
                "Bin", "Ibn", "No", "To", "On", "In", "At", "Than", "Thi").contains(word);
    }

    /** "in Cairo and Alexandria": a name joined by "and" or a comma to a place just before it. */
    private static boolean coordinatedPlace(String sentence, NameChunk c, List<Mention> found) {
        if (found == null) {
            return false;
        }
        for (Mention m : found) {
            if (m.type() == EntityType.PLACE && m.end() < c.start()) {
                String between = sentence.substring(m.end(), c.start());
                if (between.equals(" and ") || between.equals(", ") || between.equals(" or ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean placeCue(String sentence, NameChunk c) {
        String before = tail(sentence, c.start());
        String after = head(sentence, c.end());
        return PLACE_BEFORE.matcher(before).find() || PLACE_AFTER.matcher(after).find();
    }

    private Optional<Entity> knownPerson(Map<String, Entity> persons, NameChunk c) {
        if (!nameLike(c) && c.size() != 1) {
            return Optional.empty();
        }
        Entity byKey = persons.get(personKey(c.text()));
        if (byKey != null) {
            return Optional.of(byKey);
        }
        if (c.size() == 1 && c.first().word() && !c.first().acronym()) {
            String surname = fold(c.first().text());
            for (Entity p : persons.values()) {
                if (p.key().startsWith("person:" + surname + ":")) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    private static void mention(Map<Integer, List<Mention>> mentions, Sentence s, int start, int end, Entity e,
                                EntityType type) {
        List<Mention> list = mentions.computeIfAbsent(s.index(), k -> new ArrayList<>());
        for (Mention m : list) {
            if (m.start() < end && start < m.end()) {
                return;
            }
        }
        list.add(new Mention(s.index(), start, end, type, e.key()));
        e.addEvidence(s.evidence(start, end));
    }

    private Entity organisation(Map<String, Entity> orgs, String name, String kind, int sentence) {
        String key = "org:" + fold(name);
        Entity same = orgs.get(key);
        if (same == null) {
            Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(fold(name).split(" ")));
            for (Entity e : orgs.values()) {
                Set<String> other = new java.util.HashSet<>(java.util.Arrays.asList(fold(e.name()).split(" ")));
                boolean nested = words.size() >= 2 && other.size() >= 2
                        && (other.containsAll(words) || words.containsAll(other));
                if (nested) {
                    e.preferName(name);
                    return e;
                }
            }
            same = new Entity(EntityType.ORGANISATION, key, name, kind, sentence);
            orgs.put(key, same);
        }
        return same;
    }

    private static Entity place(Map<String, Entity> places, String name, String kind, Optional<String> country,
                                int sentence) {
        String key = "place:" + fold(name);
        Entity e = places.computeIfAbsent(key, k -> new Entity(EntityType.PLACE, k, name, kind, sentence));
        country.ifPresent(e::country);
        return e;
    }

    private static Entity person(Map<String, Entity> persons, String name, int sentence) {
        String key = personKey(name);
        Entity e = persons.computeIfAbsent(key, k -> new Entity(EntityType.PERSON, k, name, "individual", sentence));
        e.preferName(name);
        return e;
    }

    /** The text before a position, at most a window long: cue patterns only look a few words back. */
    private static String tail(String s, int end) {
        int start = Math.max(0, end - TAIL_WINDOW);
        if (start > 0) {
            int space = s.indexOf(' ', start);
            start = space < 0 || space >= end ? start : space;
        }
        return s.substring(start, end);
    }

    /** The text after a position, at most a window long. */
    private static String head(String s, int start) {
        return s.substring(start, Math.min(s.length(), start + WINDOW));
    }

    private static final int WINDOW = 120;
    /** Cues before a name are short ("prisoner of conscience ", "the social movement "): a short look back. */
    private static final int TAIL_WINDOW = 48;

    /** Persons are the same when surname and first initial agree ("A. Ivanov", "Anna Ivanov"). */
    static String personKey(String name) {
        String[] parts = fold(name).split(" ");
        return "person:" + parts[parts.length - 1] + ":" + parts[0].charAt(0);
    }

    /** Lower case, no accents, apostrophes and punctuation removed, single spaces. */
    static String fold(String text) {
        String cached = FOLDED.get(text);
        if (cached != null) {
            return cached;
        }
        String folded = foldUncached(text);
        if (FOLDED.size() < 50_000) {
            FOLDED.put(text, folded);
        }
        return folded;
    }

    /** Folded forms of names seen before; names repeat a lot within and across reports. */
    private static final Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();

    private static String foldUncached(String text) {
        String n = Normalizer.isNormalized(text, Normalizer.Form.NFKD) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKD);
        n = n.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "");
        StringBuilder out = new StringBuilder(n.length());
        for (String word : n.split("[^\\p{L}\\p{Nd}]+")) {
            String w = word.chars().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (w.isEmpty() || FOLD_STOP.contains(w)) {
                continue;
            }
            out.append(out.length() == 0 ? "" : " ").append(w);
        }
        return out.toString();
    }

    private static final Set<String> FOLD_STOP = Set.of("the", "of", "for", "against", "on", "in", "and");
}
