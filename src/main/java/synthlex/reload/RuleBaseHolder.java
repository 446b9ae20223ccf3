package synthlex.reload;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import synthlex.engine.Evaluator;
import synthlex.lint.Lint;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleBaseException;
import synthlex.rules.RuleBaseLoader;
import synthlex.scenarios.ScenarioResult;
import synthlex.scenarios.ScenarioRunner;

/**
 * The rule base being served, and safe reload: a new rule base is built aside, linted and run
 * against every scenario, and swapped in with one atomic write only if all of that passes. A
 * request reads the reference once, so it finishes on the rule base it started with.
 */
public final class RuleBaseHolder implements Supplier<RuleBase> {
    private final AtomicReference<RuleBase> current;
    private final Path rulesDir;
    private final Path scenariosDir;
    private volatile ReloadOutcome lastReload;
    /** Told of every rule base swapped in (the register's change watch); each must return at once. */
    private final List<java.util.function.Consumer<RuleBase>> swapListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public RuleBaseHolder(RuleBase initial, Path rulesDir, Path scenariosDir) {
        this.current = new AtomicReference<>(initial);
        this.rulesDir = rulesDir;
        this.scenariosDir = scenariosDir;
    }

    @Override public RuleBase get() { return current.get(); }

    public ReloadOutcome lastReload() { return lastReload; }

    /** Calls {@code listener} after each successful swap, on the reloading thread: it must hand its work to another. */
    public void onSwap(java.util.function.Consumer<RuleBase> listener) {
        swapListeners.add(listener);
    }

    /** One reload at a time; the rule base keeps serving throughout. */
    public synchronized ReloadOutcome reload() {
        long start = System.nanoTime();
        String serving = current.get().version();
        List<String> errors = new ArrayList<>();
        RuleBase candidate = null;
        try {
            candidate = RuleBaseLoader.load(rulesDir);
            for (Lint.Problem p : Lint.check(candidate, scenariosDir)) {
                if (p.severity() == Lint.Severity.ERROR) errors.add("lint: " + p);
            }
            if (errors.isEmpty()) {
                Path projectRoot = scenariosDir.toAbsolutePath().normalize().getParent();
                for (ScenarioResult r : new ScenarioRunner(new Evaluator(candidate), projectRoot).runAll(scenariosDir)) {
                    for (String f : r.failures()) errors.add("scenario " + r.file() + ": " + f);
                }
            }
        } catch (RuleBaseException e) {
            errors.addAll(e.problems());
        } catch (IOException | RuntimeException e) {
            errors.add("reload failed: " + e.getMessage());
        }
        boolean swap = errors.isEmpty() && candidate != null;
        if (swap) {
            current.set(candidate);
            for (var listener : swapListeners) {
                try {
                    listener.accept(candidate);
                } catch (RuntimeException e) { // a listener's failure is its own; the swap stands
                    System.err.println("after reload: " + e.getMessage());
                }
            }
        }
        String attempted = candidate == null ? null : candidate.version();
        ReloadOutcome outcome = new ReloadOutcome(Instant.now(), swap, attempted, current.get().version(),
                (System.nanoTime() - start) / 1_000_000, List.copyOf(errors));
        lastReload = outcome;
        if (!swap) {
            System.err.println("reload refused, still serving " + serving + ": " + errors.size() + " problem(s)");
        }
        return outcome;
    }

    public Path rulesDir() { return rulesDir; }

    public Path scenariosDir() { return scenariosDir; }
}
