package synthlex.register;

import java.sql.Connection;
import java.sql.SQLException;
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
     * Returns the number of change records written. {@code hash} is {@code fresh.hash()}, made by
     * the caller before the transaction (it is CPU work, and SQLite's write lock is held from the
     * transaction's start). When the stored hash equals it, the stored obligations are this answer's
     * already: they are neither read nor written, only the service row is. Otherwise only the
     * obligation rows that differ are written.
     */
    int record(Connection c, Store.ServiceRow row, AnswerDigest fresh, String hash, String cause, Long runId, long lastRun, String at)
            throws SQLException {
        boolean same = row.evaluatedAt() != null && hash.equals(row.digest());
        // equal hashes: the stored items are these, so the diff runs against them (only the date may have moved)
        AnswerDigest before = same ? new AnswerDigest(row.ruleBase(), row.asOf(), fresh.items(), fresh.kept()) : Store.digest(c, row);
        Map<String, Tracked> tracked = Store.tracked(c, row.id());
        Diff.Result diff = Diff.between(before, fresh, tracked);
        if (!same) Store.writeItems(c, row.id(), before == null ? Map.of() : before.items(), fresh.items());
        Store.updateEvaluation(c, row.id(), fresh, hash, at, lastRun, !same);
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
