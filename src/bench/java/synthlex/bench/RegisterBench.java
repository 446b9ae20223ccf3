package synthlex.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import synthlex.json.Json;
import synthlex.register.Database;
import synthlex.register.Preconditions;
import synthlex.register.Register;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleBaseLoader;

/**
 * The register's re-evaluation after a reload: N services stored (the facts/ examples in turn, each
 * under its own name), then the rule base is reloaded and every service re-evaluated on the
 * background thread, as the server does. Prints the time to store, the time of the re-evaluation,
 * the peak heap used and the peak resident memory.
 *
 * <p>Usage: RegisterBench DATABASE [N [RULES_AFTER]] — DATABASE a SQLite file or a jdbc:postgresql:// URL;
 * RULES_AFTER a rules folder to reload to (default: rules/ again, which changes no answer). A
 * register already holding N services is not filled again.
 */
public final class RegisterBench {
    public static void main(String[] args) throws Exception {
        String spec = args[0];
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<Path> facts;
        try (var s = Files.list(Path.of("facts"))) {
            facts = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        AtomicReference<RuleBase> ruleBase = new AtomicReference<>(RuleBaseLoader.load(Path.of("rules")));
        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        try (Database db = Database.open(spec)) {
            Register register = Register.open(db, ruleBase::get, Register.Config.defaults().withoutDailySchedule());
            long t0 = System.nanoTime();
            int stored = register.status().path("services").asInt();
            for (int i = stored >= n ? n : 0; i < n; i++) {
                Path f = facts.get(i % facts.size());
                ObjectNode description = (ObjectNode) Json.MAPPER.readTree(f.toFile());
                description.put("name", description.path("name").asText() + " #" + i);
                register.put(String.format("svc-%05d", i), description, Preconditions.UPSERT, "bench");
            }
            double store = (System.nanoTime() - t0) / 1e9;
            register.watch().awaitIdle(Duration.ofMinutes(30));
            long heapAfterStore = peakHeap.getAndSet(0);

            RuleBase reloaded = RuleBaseLoader.load(Path.of(args.length > 2 ? args[2] : "rules")); // what a reload swaps in
            ruleBase.set(reloaded);
            String loadBefore = loadAverage();
            var threadsBefore = registerThreadsCpu();
            long cpu1 = cpuNanos();
            long t1 = System.nanoTime();
            register.watch().afterReload(reloaded);
            if (!register.watch().awaitIdle(Duration.ofMinutes(60))) throw new IllegalStateException("not finished");
            double reevaluate = (System.nanoTime() - t1) / 1e9;
            double cpu = (cpuNanos() - cpu1) / 1e9;
            JsonNode last = register.status().path("reevaluation").path("last");
            System.out.printf("database %s, %d services%n", db.vendor(), n);
            if (stored < n) System.out.printf("store (PUT path, evaluate + write): %.1f s, %.1f ms per service, peak heap %d MB%n",
                    store, store * 1000 / n, heapAfterStore >> 20);
            System.out.printf("re-evaluate after reload: %.1f s, %.2f ms per service, %d services, %d change records, peak heap %d MB%n",
                    reevaluate, reevaluate * 1000 / n, last.path("services").asInt(), last.path("changes").asInt(), peakHeap.get() >> 20);
            // the machine may be shared: CPU time is what the run cost whatever else ran, the load average what else ran
            System.out.printf("re-evaluate CPU time (this process, all threads): %.1f s, %.2f ms per service; load average before %s, after %s%n",
                    cpu, cpu * 1000 / n, loadBefore, loadAverage());
            var threadsAfter = registerThreadsCpu();
            var byThread = new java.util.TreeMap<String, String>();
            threadsAfter.forEach((name, nanos) -> byThread.put(name, String.format("%.1f", (nanos - threadsBefore.getOrDefault(name, 0L)) / 1e9)));
            System.out.println("re-evaluate CPU time by thread (s): " + byThread);
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM")) System.out.println("peak resident memory: " + line.replaceAll("\\s+", " "));
            }
            register.close();
        }
        sampler.interrupt();
    }

    /** CPU nanoseconds so far of the register's threads (the watch thread that stores, the workers that evaluate), by name. */
    private static java.util.Map<String, Long> registerThreadsCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        var out = new java.util.TreeMap<String, Long>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || !info.getThreadName().startsWith("register-")) continue;
            out.put(info.getThreadName(), threads.getThreadCpuTime(info.getThreadId()));
        }
        return out;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
