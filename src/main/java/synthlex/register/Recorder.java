package synthlex.register;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;

/**
 * Stores a new answer for a service inside the caller's transaction: what changed against the
 * stored one becomes change records, {@code done} obligations whose wording moved are flagged for
 * review, and the stored obligations are replaced. Used by PUT and by every re-evaluation, so a
 * service's answer and its change records are always written together or not at all.
 */
final class Recorder {
    private final Database db;
    private final boolean outbox;

    Recorder(Database db, boolean outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    /** Returns the number of change records written. */
    int record(Connection c, Store.ServiceRow row, AnswerDigest fresh, String cause, Long runId, long lastRun, String at)
            throws SQLException {
        AnswerDigest before = Store.digest(c, row);
        Map<String, Tracked> tracked = Store.tracked(c, row.id());
        Diff.Result diff = Diff.between(before, fresh, tracked);
        boolean same = before != null && before.items().equals(fresh.items()) && Objects.equals(before.kept(), fresh.kept());
        if (!same) Store.replaceItems(c, row.id(), fresh); // most re-evaluations change nothing: skip the rewrite
        Store.updateEvaluation(c, row.id(), fresh, at, lastRun);
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
