package synthlex.api;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Wrong bearer tokens per client address (attack review R16): after {@link #MAX_FAILURES} within
 * {@link #WINDOW_MILLIS}, the client waits until the oldest of them leaves the window. Shared by
 * the admin routes and the register's write routes, each with its own count.
 */
final class FailedTokens {
    static final int MAX_FAILURES = 5;
    static final long WINDOW_MILLIS = 60_000;

    private final Map<String, ArrayDeque<Long>> failures = new HashMap<>();

    /** Seconds until this client may try again, or 0. */
    synchronized long blockedFor(String client) {
        ArrayDeque<Long> times = failures.get(client);
        if (times == null) return 0;
        long now = System.currentTimeMillis();
        while (!times.isEmpty() && now - times.peekFirst() >= WINDOW_MILLIS) times.pollFirst();
        if (times.isEmpty()) {
            failures.remove(client);
            return 0;
        }
        if (times.size() < MAX_FAILURES) return 0;
        return Math.max(1, (WINDOW_MILLIS - (now - times.peekFirst()) + 999) / 1000);
    }

    synchronized void record(String client) {
        if (failures.size() > 10_000) failures.clear(); // bounded: a flood of addresses cannot grow this without end
        ArrayDeque<Long> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        times.addLast(System.currentTimeMillis());
        while (times.size() > MAX_FAILURES) times.pollFirst();
    }
}
