package ru.gkh.cabinet.db.tools;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.CookieStore;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The cabinet's web load: {@code sessions} residents, each linked to one account of the organization, sign in and
 * browse Главная, Начисления and Платежи in turn for {@code seconds}, each through its own cookies and client address
 * (as a trusted proxy on the same host names it). The residents are made first in the database, with the demo
 * resident's password. Prints one line per page and one for all:
 * {@code stage=web.<page> items=<pages> seconds=<s> per_second=<pages/s> p50_ms=… p95_ms=… p99_ms=… errors=…} (the
 * total's also with the load tool's own CPU a page), then the target's yardstick measured the same way
 * ({@link #yardstick}). The
 * sessions browse {@code warm-up} seconds (default 3) before the measured window, uncounted: a server started or
 * redeployed just before compiles the pages' code during its first minutes of load (here 4.3 ms of Payara's CPU a page
 * in the first minute after a deployment, 2.4 ms in the next; the benchmark warms up for two minutes).
 *
 * <pre>java -cp … ru.gkh.cabinet.db.tools.WebLoad http://127.0.0.1:8080 jdbc:mariadb://127.0.0.1:3307/cabinet cabinet cabinet B123 100 60 [120]</pre>
 */
public final class WebLoad {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final List<String> PAGES = List.of("index", "charges", "payments");
    /** The yardstick's rate: "a plain 20-row PrimeFaces table page serves about 3,600/s here". */
    private static final int YARDSTICK_TARGET_RATE = 3600;
    private static final int YARDSTICK_WARM_UP_SECONDS = 15;

    private WebLoad() {
    }

    /** The demo resident, whose password the bench residents share. */
    private static final String DEMO_RESIDENT = "resident@demo.local";
    private static final String PASSWORD = "demo-resident-2026";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String organization = args[4];
        int sessions = Integer.parseInt(args[5]);
        int seconds = Integer.parseInt(args[6]);
        int warmUp = args.length > 7 ? Integer.parseInt(args[7]) : 3;
        String prefix = prepare(args[1], args[2], args[3], organization, sessions);
        Map<Integer, String> numbers = numbers(args[1], args[2], args[3], prefix, sessions);
        AtomicInteger foreign = new AtomicInteger();
        AtomicInteger signedOut = new AtomicInteger();
        String password = PASSWORD;
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        PAGES.forEach(p -> nanos.put(p, Collections.synchronizedList(new ArrayList<>())));
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch signedIn = new CountDownLatch(sessions);
        CountDownLatch done = new CountDownLatch(sessions);
        AtomicLong from = new AtomicLong(Long.MAX_VALUE);
        AtomicLong until = new AtomicLong(Long.MAX_VALUE);
        List<Thread> threads = new ArrayList<>();
        // One client for all sessions, as one load tool holds many connections, each session with its own cookies. A
        // blocking client (a thread and a kept-alive HTTP/1.1 connection per session, as a browser speaks to a reverse
        // proxy and the proxy to Payara): the JDK's asynchronous client took 1.3–2 ms of CPU a page here, a sixth of the
        // two cores the pages it measures share with it.
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(sessions + 10)
                        .setMaxConnPerRoute(sessions + 10).setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(10, TimeUnit.SECONDS).setSocketTimeout(30, TimeUnit.SECONDS).build()).build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false).build())
                .disableContentCompression().disableAutomaticRetries().build();
        for (int i = 1; i <= sessions; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                Session http = new Session(client);
                String address = "10.99." + (n / 250) + "." + (n % 250 + 1);
                try {
                    signIn(http, base, prefix + n + "@bench.local", password, address);
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println("sign-in of session " + n + " failed: " + e.getMessage());
                }
                signedIn.countDown();
                try {
                    signedIn.await();
                    while (System.nanoTime() < until.get()) {
                        for (String page : PAGES) {
                            long start = System.nanoTime();
                            if (start >= until.get()) {
                                break;
                            }
                            Page r = http.send(new HttpGet(base + "/cabinet/" + page + ".xhtml"), address);
                            long took = System.nanoTime() - start;
                            if (start < from.get()) {
                                continue;   // warming up
                            }
                            boolean signInPage = r.uri().getPath().equals("/login.xhtml");
                            if (signInPage) {
                                signedOut.incrementAndGet();
                            } else if (r.status() == 200 && !r.body().contains(numbers.get(n) + " — ")) {
                                // (The header names the account shown, «номер — адрес», in the switch or alone.)
                                // Another resident's page, or none of this one's account: must never happen.
                                foreign.incrementAndGet();
                                if (foreign.get() <= 20) {
                                    Matcher title = Pattern.compile("<title>([^<]*)</title>").matcher(r.body());
                                    Matcher card = Pattern.compile("Лицевой счёт (\\d+)").matcher(r.body());
                                    System.err.println("session " + n + " got a page without its account " + numbers.get(n) + ": " + r.uri()
                                            + " «" + (title.find() ? title.group(1) : "") + "» " + (card.find() ? "shows " + card.group(1) : ""));
                                }
                            }
                            if (r.status() != 200 || !r.body().contains("Выход")) {
                                if (errors.incrementAndGet() <= 30) {
                                    System.err.println("error in session " + n + ": " + r.status() + " " + r.uri() + " " + r.body().substring(0,
                                            Math.min(0, r.body().length())).replaceAll("\\s+", " "));
                                }
                            } else {
                                nanos.get(page).add(took);
                            }
                        }
                    }
                } catch (IOException | URISyntaxException | InterruptedException e) {
                    errors.incrementAndGet();
                    System.err.println("error: " + e);
                } finally {
                    done.countDown();
                }
            });
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        signedIn.await();
        // The warm-up, then the measured window: only the requests that start inside it count.
        Thread.sleep(warmUp * 1000L);
        long measured = System.nanoTime();
        int signInErrors = errors.getAndSet(0);
        from.set(measured);
        long cpu = ownCpuNanos();
        until.set(measured + seconds * 1_000_000_000L);
        done.await();
        double elapsed = (System.nanoTime() - measured) / 1e9;
        cpu = ownCpuNanos() - cpu;
        if (signInErrors > 0) {
            System.err.println(signInErrors + " sessions could not sign in");
        }
        List<Long> all = new ArrayList<>();
        for (String page : PAGES) {
            List<Long> list = new ArrayList<>(nanos.get(page));
            all.addAll(list);
            System.out.println(line("web." + page, list, elapsed, -1));
        }
        System.out.println(line("web", all, elapsed, errors.get()) + " signed_out=" + signedOut.get() + " foreign=" + foreign.get()
                + loadToolCpu(cpu, all.size()));
        yardstick(client, base, sessions, seconds, all.size() / elapsed, pct(all, 95));
    }

    /**
     * The speed target's yardstick on this machine, now: the same sessions' count, closed loop, against the plain
     * 20-row PrimeFaces table page ({@code /bench/yardstick.xhtml}), warmed up, then for as long as the residents' pages
     * were measured. Prints {@code stage=web.yardstick …} with {@code scaled_web_per_second} and {@code scaled_web_p95_ms}:
     * the residents' pages' rate and 95th percentile had this machine served the yardstick at the 3,600/s the target was
     * set beside (the machine's speed here varies by a third between runs, the ratio of the two rates, measured a
     * minute apart, much less). Both scale by the same factor: the pages are bound by the two cores' CPU, and in a
     * closed loop a page's time is the sessions' count over the rate.
     */
    private static void yardstick(CloseableHttpClient client, String base, int sessions, int seconds, double webRate, double webP95)
            throws InterruptedException {
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long from = System.nanoTime() + YARDSTICK_WARM_UP_SECONDS * 1_000_000_000L;
        long until = from + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Thread t = new Thread(() -> {
                Session http = new Session(client);
                try {
                    for (long start = System.nanoTime(); start < until; start = System.nanoTime()) {
                        // (The page shows nothing of anyone: the client's address named to Payara does not matter.)
                        Page r = http.send(new HttpGet(base + "/bench/yardstick.xhtml"), "127.0.0.1");
                        if (start < from) {
                            continue;   // warming up
                        }
                        if (r.status() == 200 && r.body().contains("Строка номер 20")) {
                            nanos.add(System.nanoTime() - start);
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                } catch (IOException | URISyntaxException e) {
                    errors.incrementAndGet();
                }
            });
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        Thread.sleep(Math.max(0, (from - System.nanoTime()) / 1_000_000));
        long cpu = ownCpuNanos();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - from) / 1e9;
        cpu = ownCpuNanos() - cpu;
        List<Long> all = new ArrayList<>(nanos);
        double rate = all.size() / elapsed;
        double factor = rate == 0 ? 0 : YARDSTICK_TARGET_RATE / rate;
        System.out.println(line("web.yardstick", all, elapsed, errors.get())
                + String.format(" scaled_web_per_second=%d scaled_web_p95_ms=%.1f", Math.round(webRate * factor), factor == 0 ? 0 : webP95 / factor)
                + loadToolCpu(cpu, all.size()));
    }

    /** This process's CPU time so far: the load tool shares the cores with what it measures. */
    private static long ownCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The load tool's own CPU a request in the window ({@code load_tool_cpu_ms=}): taken from the cores the pages run on,
     * a larger share of a cheap page's cost than of a dear one's.
     */
    private static String loadToolCpu(long cpuNanos, int requests) {
        return String.format(" load_tool_cpu_ms=%.3f", requests == 0 ? 0 : cpuNanos / 1e6 / requests);
    }

    /** Makes (once) the bench residents {@code <org>-<n>@bench.local}, each linked to the organization's n-th account. */
    private static String prepare(String url, String user, String password, String organization, int sessions) throws Exception {
        String prefix = organization.toLowerCase() + "-";
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            // The organization's first accounts by id, read once (an OFFSET per resident read the whole table each time).
            List<Long> accounts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM personal_account a JOIN organization o ON o.id = a.organization_id"
                    + " WHERE o.code = ? ORDER BY a.id LIMIT ?")) {
                ps.setString(1, organization);
                ps.setInt(2, sessions);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        accounts.add(rs.getLong(1));
                    }
                }
            }
            if (accounts.size() < sessions) {
                throw new IllegalStateException("organization " + organization + " has " + accounts.size() + " accounts, fewer than " + sessions + " sessions");
            }
            for (int n = 1; n <= sessions; n++) {
                String login = prefix + n + "@bench.local";
                update(c, "INSERT IGNORE INTO user_account (login, email, password_hash, status, consent_version, consent_accepted_at)"
                        + " SELECT ?, ?, password_hash, 'ACTIVE', consent_version, CURRENT_TIMESTAMP(3) FROM user_account WHERE login = ?",
                        login, login, DEMO_RESIDENT);
                update(c, "INSERT IGNORE INTO user_role (user_id, role) SELECT id, 'RESIDENT' FROM user_account WHERE login = ?", login);
                update(c, "INSERT IGNORE INTO account_link (user_id, account_id) SELECT u.id, ? FROM user_account u WHERE u.login = ?",
                        accounts.get(n - 1), login);
            }
        }
        return prefix;
    }

    /** Each session's account number, to check that every page it gets is of its own account. */
    private static Map<Integer, String> numbers(String url, String user, String password, String prefix, int sessions) throws SQLException {
        Map<Integer, String> numbers = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (int n = 1; n <= sessions; n++) {
                try (PreparedStatement ps = c.prepareStatement("SELECT a.number FROM user_account u JOIN account_link l ON l.user_id = u.id"
                        + " JOIN personal_account a ON a.id = l.account_id WHERE u.login = ?")) {
                    ps.setString(1, prefix + n + "@bench.local");
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        numbers.put(n, rs.next() ? rs.getString(1) : "?");
                    }
                }
            }
        }
        return numbers;
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private static String line(String stage, List<Long> nanos, double seconds, int errors) {
        Collections.sort(nanos);
        return String.format("stage=%s items=%d seconds=%.1f per_second=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f%s", stage, nanos.size(), seconds,
                Math.round(nanos.size() / seconds), pct(nanos, 50), pct(nanos, 95), pct(nanos, 99), errors < 0 ? "" : " errors=" + errors);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static void signIn(Session http, String base, String login, String password, String address) throws Exception {
        Page page = http.send(new HttpGet(base + "/login.xhtml"), address);
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the sign-in page");
        }
        HttpPost post = new HttpPost(base + "/login.xhtml");
        post.setEntity(new UrlEncodedFormEntity(List.of(new BasicNameValuePair("loginForm", "loginForm"),
                new BasicNameValuePair("loginForm:username", login), new BasicNameValuePair("loginForm:password", password),
                new BasicNameValuePair("loginForm:submit", "Войти"), new BasicNameValuePair("jakarta.faces.ViewState", m.group(1))),
                StandardCharsets.UTF_8));
        Page r = http.send(post, address);
        if (!r.uri().getPath().startsWith("/cabinet/")) {
            throw new IllegalStateException(login + " was not let in (" + r.uri() + ")");
        }
    }

    /** A page as the session got it: its status, its address after redirects, its text. */
    private record Page(int status, URI uri, String body) {
    }

    /**
     * A browser's session over the shared client: its own cookies, its own client address (named to Payara as a trusted
     * proxy names it), and redirects followed with them, as a browser follows them (a GET after a POST).
     */
    private static final class Session {

        private final CloseableHttpClient client;
        private final CookieStore cookies = new BasicCookieStore();

        Session(CloseableHttpClient client) {
            this.client = client;
        }

        Page send(ClassicHttpRequest request, String address) throws IOException, URISyntaxException {
            for (int hops = 0; ; hops++) {
                request.setHeader("X-Forwarded-For", address);
                HttpClientContext context = HttpClientContext.create();
                context.setCookieStore(cookies);
                URI uri = request.getUri();
                Page page = client.execute(request, context, response -> {
                    Header location = response.getFirstHeader("Location");
                    String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                    return new Page(response.getCode(), location == null ? uri : uri.resolve(location.getValue()), body);
                });
                if (page.status() / 100 != 3 || page.uri().equals(uri) || hops == 5) {
                    return page.status() / 100 == 3 ? new Page(page.status(), uri, page.body()) : page;
                }
                request = new HttpGet(page.uri());
            }
        }
    }
}
