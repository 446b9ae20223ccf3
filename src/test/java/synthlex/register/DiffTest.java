package synthlex.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The change records between two answers, on answers written by hand: among them due dates, which
 * the engine's answers carry once timing lands (issue 15), so overdue is checked here first.
 */
class DiffTest {
    static final LocalDate JUNE = LocalDate.of(2030, 6, 1), JULY = LocalDate.of(2030, 7, 1);

    static AnswerDigest.Item item(String id, String list, String status, List<String> citations, LocalDate due, String fingerprint) {
        return new AnswerDigest.Item(id, list, status, "filing", "service-provider", id, citations, List.of(), null, due, null, fingerprint);
    }

    static AnswerDigest answer(LocalDate asOf, AnswerDigest.Item... items) {
        Map<String, AnswerDigest.Item> m = new LinkedHashMap<>();
        for (AnswerDigest.Item i : items) m.put(i.id(), i);
        return new AnswerDigest("v", asOf, m, null);
    }

    static List<String> kinds(Diff.Result r) {
        return r.changes().stream().map(c -> c.kind() + " " + c.obligationId()).toList();
    }

    @Test
    void a_due_date_that_passes_is_reported_once_and_not_for_settled_obligations() {
        AnswerDigest.Item filing = item("filing", "obligations", "applies", List.of("A"), LocalDate.of(2030, 6, 15), "f");
        AnswerDigest.Item notice = item("notice", "obligations", "applies", List.of("B"), LocalDate.of(2030, 6, 20), "n");
        AnswerDigest before = answer(JUNE, filing, notice);
        AnswerDigest after = answer(JULY, filing, notice);
        Diff.Result r = Diff.between(before, after, Map.of("notice", new Tracked("done", false, "n")));
        assertEquals(List.of("now-overdue filing"), kinds(r));
        assertEquals("2030-06-15", r.changes().get(0).detail().path("due").asText());
        // the next day it is still overdue, and not reported again
        assertEquals(List.of(), kinds(Diff.between(after, answer(JULY.plusDays(1), filing, notice), Map.of())));
    }

    @Test
    void status_and_citation_changes_and_law_coming_into_force() {
        AnswerDigest before = answer(JUNE,
                item("a", "obligations", "applies", List.of("X 1", "X 2"), null, "a1"),
                item("b", "upcoming", "applies", List.of("Y 1"), null, "b1"),
                item("c", "obligations", "undetermined", List.of("Z 1"), null, "c1"));
        AnswerDigest after = answer(JULY,
                item("a", "obligations", "undetermined", List.of("X 2", "X 3"), null, "a2"),
                item("b", "obligations", "applies", List.of("Y 1"), null, "b1"),
                item("c", "obligations", "applies", List.of("Z 1"), null, "c1"));
        Diff.Result r = Diff.between(before, after, Map.of("a", new Tracked("done", false, "a1")));
        assertEquals(List.of("citations-gained a", "citations-lost a", "now-undetermined a", "review-needed a",
                "obligation-added b", "now-applies c"), kinds(r));
        assertEquals(List.of("a"), List.copyOf(r.review()));
        assertEquals(true, r.changes().get(4).detail().path("wasUpcoming").asBoolean());
    }

    @Test
    void a_first_answer_has_nothing_to_compare_with() {
        assertEquals(List.of(), kinds(Diff.between(null, answer(JUNE, item("a", "obligations", "applies", List.of("X"), null, "a")), Map.of())));
    }

    @Test
    void the_same_items_found_by_their_hash_give_what_comparing_them_gives() {
        // a re-evaluation whose stored hash matches passes the very same items as before and after
        Map<String, AnswerDigest.Item> items = new LinkedHashMap<>();
        for (AnswerDigest.Item i : List.of(
                item("due-past", "obligations", "applies", List.of("A"), LocalDate.of(2030, 6, 15), "f"),
                item("due-later", "obligations", "applies", List.of("B"), LocalDate.of(2030, 8, 1), "g"),
                item("reworded", "obligations", "applies", List.of("C"), null, "new"),
                item("plain", "obligations", "undetermined", List.of("D"), null, "p"),
                item("coming", "upcoming", "applies", List.of("E"), null, "c"))) {
            items.put(i.id(), i);
        }
        Map<String, Tracked> tracking = Map.of("reworded", new Tracked("done", false, "old"), "plain", new Tracked("in-progress", false, null));
        Diff.Result shared = Diff.between(new AnswerDigest("v", JUNE, items, null), new AnswerDigest("v", JULY, items, null), tracking);
        Diff.Result copied = Diff.between(new AnswerDigest("v", JUNE, new LinkedHashMap<>(items), null),
                new AnswerDigest("v", JULY, new LinkedHashMap<>(items), null), tracking);
        assertEquals(List.of("now-overdue due-past", "review-needed reworded"), kinds(shared));
        assertEquals(kinds(copied), kinds(shared));
        assertEquals(copied.review(), shared.review());
    }
}
