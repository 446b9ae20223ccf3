package synthlex.api;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Evaluations run at most one per core at a time. They are pure CPU work: running more at once
 * than there are cores adds no throughput, only memory (a rule session and an answer's garbage
 * each) and switching. Requests beyond wait here in arrival order; answers are written to the
 * client after the slot is given back, so a slow reader holds none. A batch takes a slot per
 * service (attack review R4), so a single evaluation waits behind at most one service of each
 * batch, not behind whole batches.
 *
 * <p>The queue is bounded: a request arriving when {@link #MAX_WAITING} are already waiting is
 * refused at once with 503 and {@code Retry-After} ({@link #admit()}), rather than waiting for
 * minutes and holding its memory meanwhile.
 */
final class Cores {
    static final int SLOTS = Runtime.getRuntime().availableProcessors();
    /** At a few milliseconds an evaluation, 64 waiting per core is well under a second's wait. */
    static final int MAX_WAITING = Integer.getInteger("synthlex.maxWaiting", 64 * SLOTS);

    private static final Semaphore PERMITS = new Semaphore(SLOTS, true);
    private static final AtomicInteger WAITING = new AtomicInteger();

    private Cores() { }

    /** Refuses a new request (503) when the queue is full; a batch is admitted once, then its services wait their turn. */
    static void admit() {
        if (WAITING.get() >= MAX_WAITING) {
            throw new Unavailable("overloaded", "Server busy", "More evaluations are waiting than this server takes; retry shortly.", "1");
        }
    }

    static <T> T run(Supplier<T> work) {
        WAITING.incrementAndGet();
        try {
            PERMITS.acquireUninterruptibly();
        } finally {
            WAITING.decrementAndGet();
        }
        try {
            return work.get();
        } finally {
            PERMITS.release();
        }
    }

    /** A 503 answer: the server cannot take this request now, and says when to retry. */
    static final class Unavailable extends RuntimeException {
        final String slug, title, retryAfter;

        Unavailable(String slug, String title, String detail, String retryAfter) {
            super(detail, null, false, false);
            this.slug = slug;
            this.title = title;
            this.retryAfter = retryAfter;
        }

        Problem problem() {
            return Problem.of(503, slug, title, getMessage());
        }
    }
}
