package org.vigil.store.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Event;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.core.model.Place;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.model.Reliability;
import org.vigil.core.model.Source;
import org.vigil.core.time.PartialDate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Search index speed on a generated data set of 100,000 records (persons, events, organisations, sources):
 * rebuild time, save-to-searchable latency, and the latency distribution of typical list and search queries,
 * single-threaded and from 50 concurrent clients. Runs only with
 * {@code ./mvnw -q -B -Pbench -pl vigil-store -am test -Dtest='SearchBenchmark' -Dsurefire.failIfNoSpecifiedTests=false};
 * prints lines starting with {@code BENCH search |}.
 */
class SearchBenchmark {

    private static final int RECORDS = Integer.getInteger("vigil.bench.records", 100_000);
    private static final int CLIENTS = Integer.getInteger("vigil.bench.clients", 50);
    private static final int WARMUP = 300;
    private static final int SAMPLES = 600;
    private static final int CONCURRENT_QUERIES_PER_CLIENT = 60;
    /** Upper bound of a client's pause between pages (uniform, so 0.5 s on average): a person reading a list. */
    private static final int THINK_MS = 1000;

    private static final String[] GIVEN_LATIN = {"Roza", "Aigul", "Nurlan", "Serik", "Natalia", "Vladimir", "Yevgeny",
            "Dana", "Erlan", "Maxim", "Aliya", "Bolat", "Tatiana", "Askar", "Gulnara", "Zhanbolat"};
    private static final String[] GIVEN_CYRILLIC = {"Роза", "Айгүл", "Нұрлан", "Серік", "Наталья", "Владимир", "Евгений",
            "Дана", "Ерлан", "Максим", "Алия", "Болат", "Татьяна", "Асқар", "Гульнара", "Жанболат"};
    private static final String[] SURNAME_LATIN = {"Tuletaeva", "Kozlov", "Sokolova", "Aminov", "Dzhaksybekov",
            "Nurmagambetov", "Ismailova", "Kaliyev", "Shcherbakov", "Akhmetova", "Zhakiyanov", "Ermekova", "Kuanyshev",
            "Sapargali", "Baimukhanov", "Utepova", "Kenzhebayev", "Mukhtarova", "Seitkali", "Tsoy"};
    private static final String[] SURNAME_CYRILLIC = {"Тулетаева", "Козлов", "Соколова", "Аминов", "Джаксыбеков",
            "Нурмагамбетов", "Исмаилова", "Калиев", "Щербаков", "Ахметова", "Жакиянов", "Ермекова", "Куанышев",
            "Сапарғали", "Баймуханов", "Утепова", "Кенжебаев", "Мухтарова", "Сейтқали", "Цой"};
    private static final String[] PLACE_LATIN = {"Zhanaozen", "Aktau", "Almaty", "Astana", "Shymkent", "Karaganda",
            "Atyrau", "Oral", "Taraz", "Kyzylorda", "Semey", "Pavlodar", "Oskemen", "Kostanay", "Shetpe", "Andijan"};
    private static final String[] PLACE_CYRILLIC = {"Жанаозен", "Актау", "Алматы", "Астана", "Шымкент", "Караганда",
            "Атырау", "Орал", "Тараз", "Қызылорда", "Семей", "Павлодар", "Өскемен", "Қостанай", "Шетпе", "Андижан"};
    private static final String[] CATEGORIES = {"extrajudicial_execution", "excessive_force", "torture",
            "arbitrary_detention", "enforced_disappearance", "unfair_trial", "prisoner_of_conscience",
            "freedom_of_expression", "freedom_of_association", "freedom_of_assembly", "refoulement", "death_penalty",
            "discrimination", "violence_against_women", "impunity", "housing_rights", "labour_rights"};
    private static final String[] WORDS = {"police", "detained", "protesters", "court", "sentenced", "oil", "workers",
            "strike", "beaten", "custody", "lawyer", "denied", "access", "family", "prosecutor", "charges", "released",
            "hunger", "journalist", "activist", "задержан", "суд", "приговор", "забастовка", "нефтяники", "адвокат"};

    @TempDir
    Path dir;

    @Test
    void indexAndQuery100kRecords() throws Exception {
        print("records", RECORDS, "");
        print("machine load (1-min load average at start)", loadAverage(), "");
        List<Record> records = generate(RECORDS, 42);
        Set<String> restrictedIds = new HashSet<>();
        records.stream().filter(r -> r.confidentiality() == Confidentiality.RESTRICTED).limit(500)
                .forEach(r -> restrictedIds.add(r.id()));
        try (SearchIndex index = SearchIndex.open(dir.resolve("index"))) {
            long t0 = System.nanoTime();
            long indexed = index.rebuild(records.stream());
            long t1 = System.nanoTime();
            if (indexed != RECORDS || index.documentCount() != RECORDS) {
                throw new AssertionError("rebuild indexed " + indexed + " of " + RECORDS + " records");
            }
            print("rebuild (index + one commit)", ms(t1 - t0), "ms");
            print("rebuild rate", RECORDS / ((t1 - t0) / 1e9), "records/s");
            print("index size on disk", directorySize(dir.resolve("index")) / 1e6, "MB");

            saveLatency(index, records);

            AccessScope viewer = AccessScope.viewer();
            AccessScope researcher = AccessScope.researcher(restrictedIds);
            Map<String, IntFunction<SearchQuery>> queries = typicalQueries();
            for (boolean distinct : new boolean[] {true, false}) {
                for (Map.Entry<String, IntFunction<SearchQuery>> q : queries.entrySet()) {
                    singleThreaded(index, q.getKey() + " (viewer)", q.getValue(), viewer, distinct);
                }
                singleThreaded(index, "text: Тулетаева (researcher, 500 assigned)", i -> SearchQuery.text("Тулетаева"),
                        researcher, distinct);
                singleThreaded(index, "events by category (researcher, 500 assigned)",
                        queries.get("events by category"), researcher, distinct);
            }
            List<IntFunction<SearchQuery>> mix = new ArrayList<>(queries.values());
            concurrent(index, mix, viewer, researcher, 0, true);
            concurrent(index, mix, viewer, researcher, THINK_MS, true);
            concurrent(index, mix, viewer, researcher, THINK_MS, false);
            print("heap used after run", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6,
                    "MB");
        }
    }

    /** The queries the list pages and the search box send; the int varies the page or the filter value. */
    private static Map<String, IntFunction<SearchQuery>> typicalQueries() {
        Map<String, IntFunction<SearchQuery>> q = new LinkedHashMap<>();
        q.put("events list, newest first, page 1",
                i -> SearchQuery.list(RecordType.EVENT).sortedBy(SearchSort.NEWEST_FIRST));
        q.put("events by category", i -> SearchQuery.list(RecordType.EVENT)
                .withCategories(Set.of(CATEGORIES[i % CATEGORIES.length])).sortedBy(SearchSort.NEWEST_FIRST));
        q.put("events by category + period + place", i -> SearchQuery.list(RecordType.EVENT)
                .withCategories(Set.of(CATEGORIES[i % CATEGORIES.length]))
                .withPeriod(Optional.of(LocalDate.of(2011, 1, 1)), Optional.of(LocalDate.of(2016, 12, 31)))
                .withPlace(PLACE_CYRILLIC[i % PLACE_CYRILLIC.length]).sortedBy(SearchSort.OLDEST_FIRST));
        q.put("persons by label, page 1-25", i -> SearchQuery.list(RecordType.PERSON).sortedBy(SearchSort.LABEL)
                .atPage(1 + i % 25, 20));
        q.put("text: surname, Latin", i -> SearchQuery.text(SURNAME_LATIN[i % SURNAME_LATIN.length]));
        q.put("text: given + surname, Cyrillic", i -> SearchQuery.text(GIVEN_CYRILLIC[i % GIVEN_CYRILLIC.length] + " "
                + SURNAME_CYRILLIC[(i / 3) % SURNAME_CYRILLIC.length]));
        q.put("text: common word, all types", i -> SearchQuery.text(WORDS[i % WORDS.length]));
        return q;
    }

    private static void saveLatency(SearchIndex index, List<Record> records) {
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            Record r = records.get(i * 7);
            long t = System.nanoTime();
            index.index(r);
            nanos[i] = System.nanoTime() - t;
        }
        printPercentiles("save one record until searchable", nanos);
    }

    /**
     * A distinct request cannot reuse the counts cached for an earlier identical one: an extra assigned id that
     * matches no record makes every request distinct without changing its results.
     */
    private static AccessScope scope(AccessScope scope, boolean distinct, long n) {
        if (!distinct) {
            return scope;
        }
        Set<String> assigned = new HashSet<>(scope.assignedIds());
        assigned.add("bench-distinct-" + n);
        return new AccessScope(scope.levels(), assigned);
    }

    private static void singleThreaded(SearchIndex index, String name, IntFunction<SearchQuery> query,
                                       AccessScope scope, boolean distinct) {
        long hits = 0;
        long n = System.nanoTime();
        for (int i = 0; i < WARMUP; i++) {
            hits += index.search(query.apply(i), scope(scope, distinct, n++)).total();
        }
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            SearchQuery q = query.apply(i);
            AccessScope s = scope(scope, distinct, n++);
            long t = System.nanoTime();
            hits += index.search(q, s).total();
            nanos[i] = System.nanoTime() - t;
        }
        printPercentiles("1 client | " + (distinct ? "distinct" : "repeated") + " | " + name + " | avg hits "
                + hits / (WARMUP + SAMPLES), nanos);
    }

    private static void concurrent(SearchIndex index, List<IntFunction<SearchQuery>> queries, AccessScope viewer,
                                   AccessScope researcher, int thinkMs, boolean distinct) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int round = 0; round < 2; round++) {
                boolean measured = round == 1;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<long[]>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    clients.add(pool.submit(() -> {
                        start.await();
                        SplittableRandom think = new SplittableRandom(client);
                        long[] nanos = new long[CONCURRENT_QUERIES_PER_CLIENT];
                        for (int i = 0; i < nanos.length; i++) {
                            int n = client * 31 + i;
                            SearchQuery q = queries.get(n % queries.size()).apply(n);
                            AccessScope scope = scope(client % 2 == 0 ? viewer : researcher, distinct,
                                    (long) client * 1_000_000 + i + (measured ? 500_000 : 0));
                            long t = System.nanoTime();
                            index.search(q, scope);
                            nanos[i] = System.nanoTime() - t;
                            if (thinkMs > 0) {
                                Thread.sleep(think.nextInt(thinkMs + 1));
                            }
                        }
                        return nanos;
                    }));
                }
                long t0 = System.nanoTime();
                start.countDown();
                long[] all = new long[0];
                for (Future<long[]> f : clients) {
                    long[] part = f.get();
                    long[] merged = Arrays.copyOf(all, all.length + part.length);
                    System.arraycopy(part, 0, merged, all.length, part.length);
                    all = merged;
                }
                long elapsed = System.nanoTime() - t0;
                if (measured) {
                    String how = CLIENTS + " clients | " + (distinct ? "distinct" : "repeated") + " | "
                            + (thinkMs == 0 ? "no pause between requests" : "pause 0-" + thinkMs + " ms between pages");
                    printPercentiles(how + " | mixed list and text queries", all);
                    print(how + " | throughput", all.length / (elapsed / 1e9), "queries/s");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void printPercentiles(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("BENCH search | %-78s | p50 %7.2f ms | p95 %7.2f ms | p99 %7.2f ms | n %d%n", what,
                ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), sorted.length);
    }

    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void print(String what, double value, String unit) {
        System.out.printf("BENCH search | %-78s | %12.1f %s%n", what, value, unit);
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long directorySize(Path path) throws IOException {
        try (var files = Files.list(path)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Half persons, 40% events, 5% organisations, 5% sources; 80% public, 15% internal, 5% restricted. */
    static List<Record> generate(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Record> records = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int kind = i % 20;
            Confidentiality level = level(r);
            if (kind < 10) {
                records.add(person(i, level, r));
            } else if (kind < 18) {
                records.add(event(i, level, r));
            } else if (kind == 18) {
                records.add(new Organisation("o" + i, "Department " + i + " of " + pick(PLACE_LATIN, r),
                        List.of("Департамент " + i + " " + pick(PLACE_CYRILLIC, r)), "security_service",
                        Optional.of("KZ"), Optional.empty(), level, List.of()));
            } else {
                records.add(new Source("s" + i, level == Confidentiality.PUBLIC ? "report" : "testimony",
                        "Report on " + pick(PLACE_LATIN, r) + " " + i, Optional.of("Vigil"), Optional.of(date(r)),
                        Optional.of("en"), Reliability.MEDIUM, Optional.empty(), Optional.of(sentence(r, 60)), level,
                        List.of()));
            }
        }
        return records;
    }

    private static Confidentiality level(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 80 ? Confidentiality.PUBLIC : x < 95 ? Confidentiality.INTERNAL : Confidentiality.RESTRICTED;
    }

    private static Person person(int i, Confidentiality level, SplittableRandom r) {
        int g = r.nextInt(GIVEN_LATIN.length);
        int s = r.nextInt(SURNAME_LATIN.length);
        List<PersonName> names = new ArrayList<>();
        if (r.nextInt(3) > 0) {
            names.add(PersonName.of(GIVEN_LATIN[g] + " " + SURNAME_LATIN[s]));
        }
        names.add(PersonName.of(SURNAME_CYRILLIC[s] + " " + GIVEN_CYRILLIC[g] + " " + i));
        return Person.builder("p" + i).kind(PersonKind.INDIVIDUAL).names(names)
                .birthDate(PartialDate.ofYear(1940 + r.nextInt(60))).nationality("KZ").descriptors("detainee")
                .confidentiality(level).build();
    }

    private static Event event(int i, Confidentiality level, SplittableRandom r) {
        int p = r.nextInt(PLACE_LATIN.length);
        String place = r.nextBoolean() ? PLACE_LATIN[p] : PLACE_CYRILLIC[p];
        List<String> categories = IntStream.range(0, 1 + r.nextInt(3)).mapToObj(k -> pick(CATEGORIES, r))
                .distinct().toList();
        PartialDate start = date(r);
        Optional<PartialDate> end = r.nextInt(4) == 0 ? Optional.of(PartialDate.of(start.latest().plusDays(r.nextInt(60))))
                : Optional.empty();
        return new Event("e" + i, pick(WORDS, r) + " in " + place + " " + i, Optional.of(sentence(r, 25)),
                List.of(Place.of(place, "KZ")), Optional.of(start), end, categories, List.of(), "open", level,
                List.of());
    }

    private static PartialDate date(SplittableRandom r) {
        int year = 2000 + r.nextInt(24);
        return switch (r.nextInt(3)) {
            case 0 -> PartialDate.ofYear(year);
            case 1 -> PartialDate.ofMonth(year, 1 + r.nextInt(12));
            default -> PartialDate.ofDay(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
        };
    }

    private static String sentence(SplittableRandom r, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            s.append(w == 0 ? "" : " ").append(r.nextInt(8) == 0 ? pick(SURNAME_CYRILLIC, r) : pick(WORDS, r));
        }
        return s.append('.').toString();
    }

    private static String pick(String[] values, SplittableRandom r) {
        return values[r.nextInt(values.length)];
    }
}
