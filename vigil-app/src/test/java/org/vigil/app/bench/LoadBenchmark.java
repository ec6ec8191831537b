package org.vigil.app.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.vigil.app.web.WebServer;
import org.vigil.app.web.WebSession;
import org.vigil.store.Store;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load: 50 signed-in clients against 100,000 records, each requesting list, detail and search pages with
 * a pause of 0-1000 ms between pages (people reading), then again with no pause (saturation). Prints the
 * latency distribution and error count per page kind. Runs with
 * {@code ./mvnw -q -B -Pbench -pl vigil-app -am test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LoadBenchmark {

    private static final int RECORDS = Integer.getInteger("vigil.bench.records", 100_000);
    private static final int CLIENTS = Integer.getInteger("vigil.bench.clients", 50);
    private static final int SECONDS = Integer.getInteger("vigil.bench.seconds", 60);

    @TempDir
    Path dir;

    @Test
    void fiftyClientsOnAHundredThousandRecords() throws Exception {
        try (Store store = Store.open(StoreLocation.embedded(dir.resolve("data"), dir.resolve("keys")))) {
            long t0 = System.nanoTime();
            var data = ScaledData.generate(RECORDS, 7);
            store.records().saveImport(data, "bench", "generated");
            print("setup", "load " + data.size() + " records", (System.nanoTime() - t0) / 1e9, "s");
            UserAccounts accounts = new UserAccounts(store);
            String hash = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("bench password 1");
            accounts.create("viewer", "Viewer", Role.VIEWER, hash, "bench");
            accounts.create("researcher", "Researcher", Role.RESEARCHER, hash, "bench");
            long t1 = System.nanoTime();
            try (WebServer server = WebServer.start(store, "127.0.0.1", 0)) {
                print("setup", "start server and build the search index", (System.nanoTime() - t1) / 1e9, "s");
                run(server, data.size(), 1000, "pause 0-1000 ms");
                run(server, data.size(), 0, "no pause");
            }
        }
    }

    private void run(WebServer server, int size, int maxPauseMs, String label) throws Exception {
        List<WebSession> sessions = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            WebSession s = new WebSession(server.url());
            s.login(i % 2 == 0 ? "viewer" : "researcher", "bench password 1");
            sessions.add(s);
        }
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long end = warmupEnd + TimeUnit.SECONDS.toNanos(SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            WebSession s = sessions.get(c);
            SplittableRandom r = new SplittableRandom(c);
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String[] kindAndPath = request(r, size);
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = s.get(kindAndPath[1]).statusCode();
                    } catch (RuntimeException e) {
                        status = -1;
                    }
                    long took = System.nanoTime() - start;
                    if (start > warmupEnd) {
                        latencies.computeIfAbsent(kindAndPath[0], k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                                .add(took);
                        if (status != 200 && status != 404) {
                            errors.computeIfAbsent(kindAndPath[0], k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                    if (maxPauseMs > 0) {
                        try {
                            Thread.sleep(r.nextInt(maxPauseMs + 1));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(SECONDS + 60L, TimeUnit.SECONDS);
        List<Long> all = new ArrayList<>();
        latencies.forEach((kind, list) -> {
            all.addAll(list);
            report(label, kind, list, errors.getOrDefault(kind, new AtomicLong()).get());
        });
        long totalErrors = errors.values().stream().mapToLong(AtomicLong::get).sum();
        report(label, "all pages", all, totalErrors);
        print(label, "throughput", all.size() / (double) SECONDS, "pages/s");
    }

    /** A page a researcher would open: lists with filters, details, searches in both scripts. */
    private static String[] request(SplittableRandom r, int size) {
        int events = size / 5;
        int persons = size * 3 / 10;
        return switch (r.nextInt(5)) {
            case 0 -> new String[]{"event list", "/events?category=" + ScaledData.CATEGORIES[r.nextInt(7)]
                    + "&page=" + (1 + r.nextInt(5))};
            case 1 -> new String[]{"event detail", "/events/evt-" + r.nextInt(events)};
            case 2 -> new String[]{"person detail", "/persons/per-" + r.nextInt(persons)};
            case 3 -> new String[]{"search Latin", "/search?q=" + ScaledData.SURNAMES[r.nextInt(15)]};
            default -> new String[]{"search Cyrillic", "/search?q="
                    + URLEncoder.encode(ScaledData.SURNAMES_CYR[r.nextInt(15)], StandardCharsets.UTF_8)};
        };
    }

    private static void report(String label, String kind, List<Long> nanos, long errors) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return;
        }
        System.out.printf("BENCH load | %-15s | %-15s | n %6d | p50 %7.1f ms | p95 %7.1f ms | p99 %7.1f ms | max %7.1f ms | errors %d%n",
                label, kind, sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted[sorted.length - 1] / 1e6, errors);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    private static void print(String label, String what, double value, String unit) {
        System.out.printf("BENCH load | %-15s | %-40s | %10.1f %s%n", label, what, value, unit);
    }
}
