package synthlex.api;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Evaluations run at most one per core at a time. They are pure CPU work: running more at once
 * than there are cores adds no throughput, only memory (a rule session and an answer's garbage
 * each) and switching. Requests beyond wait here in arrival order; answers are written to the
 * client after the permit is returned, so a slow reader holds none.
 */
final class Cores {
    private static final Semaphore PERMITS = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    private Cores() { }

    static <T> T run(Supplier<T> work) {
        PERMITS.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            PERMITS.release();
        }
    }
}
