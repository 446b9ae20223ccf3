package synthlex.reload;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import synthlex.rules.RuleBaseLoader;

/**
 * {@code serve --watch}: polls the rules directory's version hash and reloads when it changes.
 * A refused change is not retried until the files change again.
 */
public final class RulesWatcher implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rules-watcher");
        t.setDaemon(true);
        return t;
    });
    private volatile String lastSeen;

    public RulesWatcher(RuleBaseHolder holder, long periodMillis) {
        lastSeen = holder.get().version();
        timer.scheduleWithFixedDelay(() -> {
            try {
                String now = RuleBaseLoader.versionOf(holder.rulesDir());
                if (!now.equals(lastSeen)) {
                    lastSeen = now;
                    ReloadOutcome o = holder.reload();
                    System.out.println(o.swapped() ? "reloaded: now serving " + o.servingVersion()
                            : "rules changed but were refused: " + o.errors().size() + " problem(s); GET /v1/rulebase lists them");
                }
            } catch (RuntimeException e) {
                System.err.println("watching rules failed: " + e.getMessage());
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override public void close() { timer.shutdownNow(); }
}
