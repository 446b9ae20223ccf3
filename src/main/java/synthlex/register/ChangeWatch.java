package synthlex.register;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import synthlex.engine.Evaluator;
import synthlex.input.InvalidInputException;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;
import synthlex.model.ServiceDescription;
import synthlex.rules.RuleBase;

/**
 * Re-evaluates every stored service after a rule-base reload, each day at 00:00 Asia/Shanghai,
 * and at start when the rule base or the date moved while the server was down.
 *
 * <p>A run is first written down ({@code reevaluations}, the persisted "pending" marker), then
 * worked through service by service, each in its own transaction that stores the new answer, its
 * change records and the service's {@code last_run} together. So a process killed in the middle
 * leaves every service either before or after the run, never half-way, and the next start
 * finds the unfinished run and completes it for the services still behind.
 *
 * <p>Runs are driven from one background thread, so a reload returns at once: it reads the
 * services page by page and stores each new answer, while {@link #WORKERS} worker threads (one
 * per core) evaluate them, each evaluation in one of the server's CPU slots. A newer run
 * supersedes an older one (the older is finished with it). With several servers on one
 * PostgreSQL, a lease on the run row lets exactly one of them work through it; the others see it
 * taken and leave it.
 */
public final class ChangeWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatch.class);
    static final int BATCH = 50;
    static final Duration LEASE = Duration.ofSeconds(Long.getLong("synthlex.register.leaseSeconds", 60));
    static final long POLL_SECONDS = Long.getLong("synthlex.register.pollSeconds", 15);
    /**
     * Services re-evaluated at once: one per core by default. Each evaluation also takes one of the
     * server's CPU slots ({@link Register#useSlots}), which are handed out in arrival order, so a
     * request waits for at most one service's evaluation, not for the run.
     */
    static final int WORKERS = Math.max(1, Integer.getInteger("synthlex.register.workers", Runtime.getRuntime().availableProcessors()));

    private final Register register;
    private final Database db;
    private final String owner;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "register-watch");
        t.setDaemon(true);
        return t;
    });
    /** The threads that evaluate services for a run, {@link #WORKERS} of them; the watch thread above stores their answers. */
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, new ThreadFactory() {
        private final AtomicInteger n = new AtomicInteger();

        @Override public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "register-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });
    /** Runs asked for whose marker is not written yet: counted as pending, so "idle" is never reported too early. */
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean closed;
    private volatile Progress progress;

    /** The run being worked through: its id and cause, services done and change records written so far. */
    record Progress(long run, String cause, int services, int changes) { }

    ChangeWatch(Register register) {
        this.register = register;
        this.db = register.database();
        this.owner = hostName() + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    void start(boolean scheduleDaily) {
        queued.incrementAndGet();
        worker.execute(() -> {
            try {
                catchUp();
            } catch (RuntimeException e) {
                LOG.error("register: catching up at start failed: {}", e.getMessage(), e);
            } finally {
                queued.decrementAndGet();
            }
            work();
        });
        // picks up a run another server gave up (its lease ran out), and one whose first attempt failed
        worker.scheduleWithFixedDelay(this::work, POLL_SECONDS, POLL_SECONDS, TimeUnit.SECONDS);
        if (scheduleDaily) scheduleDaily();
    }

    /**
     * At start: a run left unfinished is completed by {@link #work}; besides, services answered by
     * another rule base than the one now loaded, or as of an earlier day, are re-evaluated.
     * Leases held by a process of this machine that no longer runs (killed) are released.
     */
    private void catchUp() {
        String prefix = hostName() + "/";
        db.tx(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, owner FROM reevaluations WHERE finished_at IS NULL AND owner LIKE ?")) {
                st.setString(1, prefix + "%");
                List<Long> dead = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String[] parts = rs.getString(2).split("/");
                        long pid;
                        try {
                            pid = parts.length > 1 ? Long.parseLong(parts[1]) : -1;
                        } catch (NumberFormatException e) {
                            continue;
                        }
                        boolean alive = pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                        if (!alive) dead.add(rs.getLong(1));
                    }
                }
                for (long id : dead) {
                    try (PreparedStatement up = c.prepareStatement("UPDATE reevaluations SET owner = NULL, lease_until = NULL WHERE id = ?")) {
                        up.setLong(1, id);
                        up.executeUpdate();
                    }
                }
            }
            return null;
        });
        String version = register.ruleBase().get().version();
        boolean staleRules = db.read(c -> Store.scalarLong(c,
                "SELECT COUNT(*) FROM services WHERE rule_base IS NULL OR rule_base <> ?", version)) > 0;
        // an unfinished run on this very rule base is resumed as it is, so its change records keep their cause
        boolean resumable = db.read(c -> Store.scalarLong(c,
                "SELECT COUNT(*) FROM reevaluations WHERE finished_at IS NULL AND rule_base = ?", version)) > 0;
        if (staleRules && !resumable) insertRun("start", null);
        LocalDate today = register.today();
        boolean staleDay = db.read(c -> Store.scalarLong(c, "SELECT COUNT(*) FROM services WHERE as_of < ?", today.toString())) > 0;
        if (staleDay) insertRun("daily", "daily:" + today);
    }

    /** After a successful reload: re-evaluate everything, on the background thread (the reload does not wait). */
    public void afterReload(RuleBase swappedIn) {
        if (closed) return;
        queued.incrementAndGet();
        worker.execute(() -> {
            try {
                insertRun("rules", null);
            } catch (RuntimeException e) {
                LOG.error("register: could not record the re-evaluation after a reload: {}", e.getMessage(), e);
            } finally {
                queued.decrementAndGet();
            }
            work();
        });
    }

    /** The daily run for {@code day}, once per day across every server sharing the register. */
    public void daily(LocalDate day) {
        if (closed) return;
        queued.incrementAndGet();
        worker.execute(() -> {
            try {
                insertRun("daily", "daily:" + day);
            } catch (RuntimeException e) {
                LOG.error("register: could not record the daily re-evaluation: {}", e.getMessage(), e);
            } finally {
                queued.decrementAndGet();
            }
            work();
        });
    }

    private void scheduleDaily() {
        ZonedDateTime now = ZonedDateTime.now(register.clock().withZone(Evaluator.CHINA));
        ZonedDateTime next = now.toLocalDate().plusDays(1).atStartOfDay(Evaluator.CHINA);
        long delay = Duration.between(now, next).toMillis() + 1_000; // a second past midnight: "today" is the new day everywhere
        worker.schedule(() -> {
            if (closed) return;
            daily(register.today());
            scheduleDaily();
        }, delay, TimeUnit.MILLISECONDS);
    }

    /** Writes the pending marker; a run with a key already written (today's daily run) is not written twice. */
    long insertRun(String cause, String key) {
        String now = Store.now(register.clock());
        return db.tx(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO reevaluations (cause, run_key, requested_at, rule_base)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (run_key) DO NOTHING")) {
                st.setString(1, cause);
                st.setString(2, key);
                st.setString(3, now);
                st.setString(4, register.ruleBase().get().version());
                st.executeUpdate();
            }
            return Store.scalarLong(c, "SELECT COALESCE(MAX(id), 0) FROM reevaluations");
        });
    }

    /** The newest run ever requested (0 if none): a stored answer computed after reading it is as fresh as that run. */
    long latestRun() {
        return db.read(c -> Store.scalarLong(c, "SELECT COALESCE(MAX(id), 0) FROM reevaluations"));
    }

    /** Works through pending runs until none is left (or another server holds the newest). */
    void work() {
        if (closed || !busy.compareAndSet(false, true)) return;
        try {
            while (!closed) {
                Object[] run = db.read(c -> {
                    try (PreparedStatement st = c.prepareStatement(
                            "SELECT id, cause FROM reevaluations WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1");
                         ResultSet rs = st.executeQuery()) {
                        return rs.next() ? new Object[] {rs.getLong(1), rs.getString(2)} : null;
                    }
                });
                if (run == null) return;
                long id = (Long) run[0];
                if (!claim(id)) return; // another server's; the poll looks again later
                if (!runThrough(id, (String) run[1])) continue; // superseded by a newer run: take that one
                return;
            }
        } catch (RuntimeException e) {
            LOG.error("register: re-evaluation stopped: {}; it resumes at the next poll or start", e.getMessage(), e);
        } finally {
            progress = null;
            busy.set(false);
        }
    }

    /**
     * Re-evaluates every service behind run {@code id}; false if a newer run arrived first (this one
     * is left to it) or the lease was lost. Pages of {@link #BATCH} services are read in id order
     * (with their descriptions, one query a page) and their evaluations handed to the workers, one
     * page ahead of the one being stored, so the workers never wait for a read or a write. This
     * thread stores the answers, each service in its own transaction, in id order: the feed gets a
     * run's change records service by service as before, and SQLite's one writer never waits for
     * another. After each page the lease is renewed and a newer run looked for. At the end of the
     * services the pages start again from the first, for any service left behind (one changed under
     * us, one stored behind the cursor); the run is over when a pass from the first finds none.
     */
    private boolean runThrough(long id, String cause) {
        int services = 0, changes = 0;
        progress = new Progress(id, cause, 0, 0);
        long started = System.nanoTime();
        ArrayDeque<Page> inFlight = new ArrayDeque<>();
        String after = "";
        try {
            while (!closed) {
                String cursor = after;
                List<Store.Behind> batch = db.read(c -> Store.behind(c, id, cursor, BATCH));
                if (!batch.isEmpty()) {
                    RuleBase rb = register.ruleBase().get(); // per page: a reload in the middle is used at once (and requests its own run)
                    List<Future<Evaluated>> evaluations = new ArrayList<>(batch.size());
                    for (Store.Behind service : batch) evaluations.add(workers.submit(() -> evaluate(service, rb)));
                    inFlight.addLast(new Page(batch, evaluations, rb));
                    after = batch.get(batch.size() - 1).id();
                    if (inFlight.size() < 2) continue; // keep the workers fed: the next page is evaluated while this one is stored
                } else if (inFlight.isEmpty()) {
                    if (after.isEmpty()) break; // a pass from the first service found none behind: done
                    after = ""; // the end of the services: once more from the first, for any left behind
                    continue;
                }
                Page page = inFlight.removeFirst();
                int progressed = 0;
                for (int i = 0; i < page.services().size() && !closed; i++) {
                    int written = store(page.services().get(i), await(page.evaluations().get(i)), id, cause, page.ruleBase());
                    if (written >= 0) {
                        services++;
                        changes += written;
                        progressed++;
                    }
                }
                progress = new Progress(id, cause, services, changes);
                if (!renew(id, services, changes)) return false; // lease lost: someone else took over
                if (latestRun() > id) return false;
                if (progressed == 0) pause(); // every one changed under us as we went: look again shortly
            }
        } finally {
            // evaluations of pages not stored are dropped; none has written anything
            for (Page page : inFlight) page.evaluations().forEach(f -> f.cancel(false));
        }
        if (closed) return false;
        finish(id, services, changes);
        LOG.info("register: re-evaluation {} ({}) done: {} services, {} change records, {} ms", id, cause, services, changes,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Services read for a run, the workers' evaluations of them (same order), and the rule base they use. */
    private record Page(List<Store.Behind> services, List<Future<Evaluated>> evaluations, RuleBase ruleBase) { }

    /** A worker's result: the digest of the new answer and its hashes, or why the stored description is no longer valid. */
    private record Evaluated(AnswerDigest digest, AnswerDigest.Hashes hashes, InvalidInputException invalid, String at) { }

    /** On a worker: parses the stored description, evaluates it in a CPU slot and hashes the digest. Writes nothing. */
    private Evaluated evaluate(Store.Behind snapshot, RuleBase rb) {
        String now = Store.now(register.clock());
        if (closed) return null;
        ServiceDescription service;
        try {
            service = ServiceDescriptionParser.parse(Store.readTree(snapshot.description()));
        } catch (InvalidInputException e) {
            return new Evaluated(null, null, e, now);
        }
        AnswerDigest digest = register.slots().run(() -> AnswerDigest.of(new Evaluator(rb).evaluate(service)));
        return new Evaluated(digest, digest.hashes(), null, now);
    }

    /** The result of one service's evaluation; its failure stops the run (it resumes at the next poll or start). */
    private static Evaluated await(Future<Evaluated> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-evaluating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Stores one service's new answer in its own transaction; -1 if its description changed since
     * it was read (the PUT answered it already) or it was deleted. The transaction first holds the
     * service at the version that was evaluated, reading its row and whether it has tracked states
     * in the same statement ({@link Store#lockService}), and only then reads what it compares with.
     */
    private int store(Store.Behind snapshot, Evaluated evaluated, long runId, String cause, RuleBase rb) {
        if (evaluated == null) return -1; // closing
        String serviceId = snapshot.id();
        int version = snapshot.version();
        if (evaluated.invalid() != null) {
            // a description stored under an older schema that the current one refuses: say so once, do not retry forever
            return db.tx(c -> {
                if (!Store.lockVersion(c, serviceId, version)) return -1;
                try (PreparedStatement st = c.prepareStatement("UPDATE services SET last_run = ? WHERE id = ?")) {
                    st.setLong(1, runId);
                    st.setString(2, serviceId);
                    st.executeUpdate();
                }
                ObjectNode detail = Json.MAPPER.createObjectNode();
                detail.set("errors", Json.MAPPER.valueToTree(evaluated.invalid().errors()));
                db.lockChangeFeed(c);
                return Store.insertChanges(c, serviceId, List.of(new Diff.Change("description-invalid", null, detail)), cause, runId,
                        rb.version(), evaluated.at(), false);
            });
        }
        return db.tx(c -> {
            Store.Locked locked = Store.lockService(c, serviceId, version);
            if (locked == null) return -1;
            return register.recorder().record(c, locked.row(), locked.tracked() > 0, evaluated.digest(), evaluated.hashes(), cause, runId,
                    runId, evaluated.at());
        });
    }

    private boolean claim(long id) {
        Instant now = register.clock().instant();
        return db.tx(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE reevaluations SET owner = ?, lease_until = ? WHERE id = ?"
                    + " AND finished_at IS NULL AND (owner IS NULL OR owner = ? OR lease_until < ?)")) {
                st.setString(1, owner);
                st.setString(2, Times.format(now.plus(LEASE)));
                st.setLong(3, id);
                st.setString(4, owner);
                st.setString(5, Times.format(now));
                return st.executeUpdate() == 1;
            }
        });
    }

    private boolean renew(long id, int services, int changes) {
        return db.tx(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE reevaluations SET lease_until = ?, services = ?, changes = ? WHERE id = ? AND owner = ?")) {
                st.setString(1, Times.format(register.clock().instant().plus(LEASE)));
                st.setInt(2, services);
                st.setInt(3, changes);
                st.setLong(4, id);
                st.setString(5, owner);
                return st.executeUpdate() == 1;
            }
        });
    }

    /** Finishes this run and every older one still open (this one covered them). */
    private void finish(long id, int services, int changes) {
        String now = Store.now(register.clock());
        db.tx(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE reevaluations SET finished_at = ?, services = ?, changes = ?,"
                    + " owner = NULL, lease_until = NULL WHERE id = ?")) {
                st.setString(1, now);
                st.setInt(2, services);
                st.setInt(3, changes);
                st.setLong(4, id);
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE reevaluations SET finished_at = ?, owner = NULL, lease_until = NULL WHERE id < ? AND finished_at IS NULL")) {
                st.setString(1, now);
                st.setLong(2, id);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** True when no run is pending or running: every stored service is up to date with the newest run. */
    public boolean idle() {
        if (queued.get() > 0 || busy.get()) return false;
        return pending() == 0;
    }

    private long pending() {
        return db.read(c -> Store.scalarLong(c, "SELECT COUNT(*) FROM reevaluations WHERE finished_at IS NULL"));
    }

    /** Waits until {@link #idle()}, at most {@code timeout}; true if it got there. For the CLI and tests. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (idle()) return true;
            Thread.sleep(20);
        }
        return idle();
    }

    void describe(ObjectNode out) {
        ObjectNode r = out.putObject("reevaluation");
        r.put("pending", pending() + queued.get());
        r.put("idle", idle());
        Progress p = progress;
        if (p != null) r.putObject("running").put("run", p.run()).put("cause", p.cause()).put("services", p.services()).put("changes", p.changes());
        db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, cause, requested_at, finished_at, services, changes, rule_base"
                    + " FROM reevaluations WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1");
                 ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    r.putObject("last").put("run", rs.getLong(1)).put("cause", rs.getString(2)).put("requestedAt", rs.getString(3))
                            .put("finishedAt", rs.getString(4)).put("services", rs.getInt(5)).put("changes", rs.getInt(6))
                            .put("ruleBase", rs.getString(7));
                }
            }
            return null;
        });
    }

    @Override public void close() {
        closed = true;
        worker.shutdownNow();
        workers.shutdown(); // queued evaluations see closed and skip; nothing a worker does writes
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
