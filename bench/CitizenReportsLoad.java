import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts citizen reports through Open311 for the load benchmark, as many clients would at once:
 * {@code java bench/CitizenReportsLoad.java BASE API_KEY RUN COUNT CONCURRENCY RESENDS}.
 * Each report's description carries the marker {@code RUN-n}. After all are answered, RESENDS of them are sent
 * again exactly as before (a client whose answer was lost), half with the same {@code Idempotency-Key} header
 * and half without one; each must name the request stored the first time. Prints one line per figure and
 * {@code ids} (the distinct ids answered) for the script to check in the database; exits 1 on any lost or
 * doubled answer.
 */
public class CitizenReportsLoad {

    private static final Pattern ID = Pattern.compile("\"service_request_id\":\"(\\d+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        String run = args[2];
        int count = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        int resends = Integer.parseInt(args[5]);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Map<Integer, String> ids = new ConcurrentHashMap<>();
        Map<Integer, String> failures = new ConcurrentHashMap<>();
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        send(client, base, key, run, count, concurrency, n -> n, ids, failures, millis);
        double seconds = (System.nanoTime() - start) / 1e9;

        Map<Integer, String> again = new ConcurrentHashMap<>();
        Map<Integer, String> againFailures = new ConcurrentHashMap<>();
        int step = Math.max(1, count / Math.max(1, resends));
        send(client, base, key, run, Math.min(resends, count), concurrency, i -> i * step, again, againFailures,
                Collections.synchronizedList(new ArrayList<>()));
        int sameId = 0;
        for (var resent : again.entrySet()) {
            if (resent.getValue().equals(ids.get(resent.getKey()))) {
                sameId++;
            }
        }
        Set<String> distinct = new HashSet<>(ids.values());
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("posted %d in %.1f s (%.0f/s, %d at a time)%n", count, seconds, count / seconds, concurrency);
        System.out.printf("answered 201 %d, failed %d, distinct ids %d%n", ids.size(), failures.size(),
                distinct.size());
        if (!sorted.isEmpty()) {
            System.out.printf("post latency ms p50 %d p99 %d max %d%n", sorted.get(sorted.size() / 2),
                    sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.99))),
                    sorted.getLast());
        }
        System.out.printf("resent %d, answered with the first id %d, failed %d%n", again.size() + againFailures.size(),
                sameId, againFailures.size());
        failures.values().stream().limit(3).forEach(f -> System.out.println("failure: " + f));
        againFailures.values().stream().limit(3).forEach(f -> System.out.println("failure on resend: " + f));
        System.out.println("ids " + distinct.size());
        boolean whole = ids.size() == count && distinct.size() == count && failures.isEmpty()
                && sameId == Math.min(resends, count) && againFailures.isEmpty();
        System.exit(whole ? 0 : 1);
    }

    interface Index {
        int of(int i);
    }

    private static void send(HttpClient client, String base, String key, String run, int count, int concurrency,
                             Index index, Map<Integer, String> ids, Map<Integer, String> failures, List<Long> millis)
            throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int n = index.of(i);
                slots.acquire();
                threads.submit(() -> {
                    try {
                        long t0 = System.nanoTime();
                        HttpResponse<String> answer = client.send(request(base, key, run, n),
                                HttpResponse.BodyHandlers.ofString());
                        millis.add((System.nanoTime() - t0) / 1_000_000);
                        Matcher id = ID.matcher(answer.body());
                        if (answer.statusCode() == 201 && id.find()) {
                            ids.put(n, id.group(1));
                        } else {
                            failures.put(n, answer.statusCode() + " " + answer.body());
                        }
                    } catch (Exception e) {
                        failures.put(n, e.toString());
                    } finally {
                        slots.release();
                    }
                });
            }
        }
    }

    /** Report n: a place around Bengtsfors, a category in turn; the even ones carry an Idempotency-Key. */
    private static HttpRequest request(String base, String key, String run, int n) {
        String[] codes = {"storande-trafik", "narkotika", "nedskrapning", "belysning", "skadegorelse", "otrygg-plats",
                "annat"};
        Map<String, String> form = new HashMap<>();
        form.put("api_key", key);
        form.put("jurisdiction_id", "1460");
        form.put("service_code", codes[n % codes.length]);
        form.put("lat", Double.toString(59.03 + (n % 100) * 0.0005));
        form.put("long", Double.toString(12.20 + (n / 100) * 0.0005));
        form.put("description", "Belastningsprov " + run + "-" + n + ": trasig belysning och skräp vid gångvägen.");
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/open311/v2/requests.json"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (n % 2 == 0) {
            request.header("Idempotency-Key", run + "-" + n);
        }
        return request.build();
    }
}
