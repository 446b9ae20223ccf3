package synthlex.register;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import synthlex.json.Json;

/**
 * What changed between two answers for one service, as change records, and which {@code done}
 * obligations need a second look. Pure: the stored answer before, the new one, the tracked states.
 */
final class Diff {
    private Diff() { }

    /** One change record before it is stored: its kind, the obligation (null for the service), and details. */
    record Change(String kind, String obligationId, ObjectNode detail) { }

    /** The outcome: the change records, in obligation order, and the obligations to flag for review. */
    record Result(List<Change> changes, Set<String> review) {
        boolean isEmpty() { return changes.isEmpty() && review.isEmpty(); }
    }

    static final Set<String> SETTLED = Set.of("done", "not-applicable");

    static Result between(AnswerDigest before, AnswerDigest after, Map<String, Tracked> tracking) {
        List<Change> changes = new ArrayList<>();
        Set<String> review = new LinkedHashSet<>();
        Map<String, AnswerDigest.Item> old = before == null ? Map.of() : before.items();
        Set<String> ids = new TreeSet<>();
        if (before != null && old == after.items()) {
            // the same items (the stored hash matched): nothing to compare, and only an item with a due
            // date (now overdue) or a tracked state (review) can have a record; the rest need no look
            for (AnswerDigest.Item i : old.values()) if (i.due() != null || tracking.containsKey(i.id())) ids.add(i.id());
        } else {
            ids.addAll(old.keySet());
            ids.addAll(after.items().keySet());
        }
        for (String id : ids) {
            AnswerDigest.Item was = old.get(id);
            AnswerDigest.Item now = after.items().get(id);
            Tracked t = tracking.get(id);
            if (before != null && !java.util.Objects.equals(was, now)) compare(id, was, now, changes); // an unchanged item has nothing to report
            if (now != null && now.applies() && now.due() != null && now.due().isBefore(after.asOf())
                    && (t == null || !SETTLED.contains(t.state()))
                    && (was == null || !was.applies() || !overdue(was, before.asOf()))) {
                changes.add(new Change("now-overdue", id, detail(now).put("due", now.due().toString())));
            }
            if (now != null && t != null && "done".equals(t.state()) && !t.review()
                    && t.doneFingerprint() != null && !t.doneFingerprint().equals(now.fingerprint())) {
                review.add(id);
                changes.add(new Change("review-needed", id, detail(now).put("reason",
                        "marked done, but its citations or their text changed since")));
            }
        }
        return new Result(changes, review);
    }

    private static void compare(String id, AnswerDigest.Item was, AnswerDigest.Item now, List<Change> changes) {
        boolean wasApplying = was != null && was.applies();
        boolean nowApplying = now != null && now.applies();
        if (!wasApplying && nowApplying) {
            ObjectNode d = detail(now).put("status", now.status());
            d.set("citations", Json.MAPPER.valueToTree(now.citations()));
            if (was != null) d.put("wasUpcoming", true);
            changes.add(new Change("obligation-added", id, d));
        } else if (wasApplying && !nowApplying) {
            ObjectNode d = detail(was);
            if (now != null) d.put("nowUpcoming", true).put("effective", String.valueOf(now.effective()));
            changes.add(new Change("obligation-removed", id, d));
        } else if (was == null && now != null) {
            ObjectNode d = detail(now).put("effective", String.valueOf(now.effective()));
            d.set("citations", Json.MAPPER.valueToTree(now.citations()));
            changes.add(new Change("upcoming-added", id, d));
        } else if (was != null && now == null) {
            changes.add(new Change("upcoming-removed", id, detail(was)));
        }
        if (was == null || now == null || wasApplying != nowApplying) return;
        List<String> gained = new ArrayList<>(now.citations());
        gained.removeAll(was.citations());
        List<String> lost = new ArrayList<>(was.citations());
        lost.removeAll(now.citations());
        if (!gained.isEmpty()) changes.add(citations("citations-gained", now, gained));
        if (!lost.isEmpty()) changes.add(citations("citations-lost", now, lost));
        if (nowApplying && !was.status().equals(now.status())) {
            if (now.status().equals("undetermined")) {
                ObjectNode d = detail(now).put("from", was.status());
                d.set("missing", Json.MAPPER.valueToTree(now.missing()));
                changes.add(new Change("now-undetermined", id, d));
            } else {
                changes.add(new Change("now-" + now.status(), id, detail(now).put("from", was.status())));
            }
        }
    }

    private static boolean overdue(AnswerDigest.Item item, LocalDate asOf) {
        return item.due() != null && asOf != null && item.due().isBefore(asOf);
    }

    private static Change citations(String kind, AnswerDigest.Item item, List<String> labels) {
        ObjectNode d = detail(item);
        d.set("citations", Json.MAPPER.valueToTree(labels));
        return new Change(kind, item.id(), d);
    }

    private static ObjectNode detail(AnswerDigest.Item item) {
        ObjectNode d = Json.MAPPER.createObjectNode();
        d.put("title", item.title());
        return d;
    }
}
