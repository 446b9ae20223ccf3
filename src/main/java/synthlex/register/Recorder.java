package synthlex.register;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores a new answer for a service inside the caller's transaction: what changed against the
 * stored one becomes change records, {@code done} obligations whose wording moved are flagged for
 * review, and the stored obligations are brought up to date (only the rows that differ). Used by
 * PUT and by every re-evaluation, so a service's answer and its change records are always written
 * together or not at all.
 */
final class Recorder {
    private final Database db;
    private final boolean outbox;

    Recorder(Database db, boolean outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    /**
     * Returns the number of change records written. {@code hashes} are {@code fresh.hashes()},
     * made by the caller before the transaction (CPU work; SQLite's write lock is held from the
     * transaction's start).
     *
     * <p>When the stored answer hash equals the new one, the stored obligations are this answer's
     * already: they are neither read nor written, only the service row is. Otherwise the stored
     * item hashes are read, the rows whose hash differs (or that have none) are read and compared,
     * and only the rows that differ are written.
     */
    int record(Connection c, Store.ServiceRow row, AnswerDigest fresh, AnswerDigest.Hashes hashes, String cause, Long runId,
               long lastRun, String at) throws SQLException {
        return record(c, row, true, fresh, hashes, cause, runId, lastRun, at);
    }

    /** As above; {@code anyTracked} false says the service has no tracked state (its table is not read). */
    int record(Connection c, Store.ServiceRow row, boolean anyTracked, AnswerDigest fresh, AnswerDigest.Hashes hashes, String cause,
               Long runId, long lastRun, String at) throws SQLException {
        boolean evaluated = row.evaluatedAt() != null;
        boolean same = evaluated && hashes.answer().equals(row.digest());
        Map<String, AnswerDigest.Item> stored = Map.of();
        Map<String, String> storedHashes = Map.of();
        if (same) {
            stored = fresh.items(); // the very same items: Diff has nothing to compare
        } else if (evaluated) {
            storedHashes = Store.itemHashes(c, row.id());
            Map<String, AnswerDigest.Item> known = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            for (Map.Entry<String, String> e : storedHashes.entrySet()) {
                if (e.getValue() != null && e.getValue().equals(hashes.items().get(e.getKey()))) known.put(e.getKey(), fresh.items().get(e.getKey()));
                else unknown.add(e.getKey());
            }
            known.putAll(Store.items(c, row.id(), unknown));
            stored = known;
        }
        AnswerDigest before = evaluated ? new AnswerDigest(row.ruleBase(), row.asOf(), stored, null) : null;
        Map<String, Tracked> tracked = anyTracked ? Store.tracked(c, row.id()) : Map.of();
        Diff.Result diff = Diff.between(before, fresh, tracked);
        if (!same) Store.writeItems(c, row.id(), stored, storedHashes, fresh.items(), hashes.items());
        Store.updateEvaluation(c, row.id(), fresh, hashes.answer(), at, lastRun, !same);
        if (!diff.review().isEmpty()) Store.flagReview(c, row.id(), diff.review(), at);
        if (diff.changes().isEmpty()) return 0;
        db.lockChangeFeed(c);
        return Store.insertChanges(c, row.id(), diff.changes(), cause, runId, fresh.ruleBase(), at, outbox);
    }

    /** A service-level record (service-added, service-deleted): no obligation, written under the feed lock. */
    void serviceEvent(Connection c, String serviceId, String kind, String cause, String ruleBase, String at,
                      com.fasterxml.jackson.databind.node.ObjectNode detail) throws SQLException {
        db.lockChangeFeed(c);
        Store.insertChanges(c, serviceId, java.util.List.of(new Diff.Change(kind, null, detail)), cause, null, ruleBase, at, outbox);
    }
}
