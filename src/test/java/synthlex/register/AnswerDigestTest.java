package synthlex.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import synthlex.TestRuleBase;
import synthlex.engine.Evaluation;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;

/**
 * The digest read from an answer's records is the digest read from its JSON by API field name,
 * fingerprints included (a changed fingerprint would flag every {@code done} state for review), on
 * every example in {@code facts/} and on days before and after the instruments came into force.
 */
class AnswerDigestTest {
    @Test
    void the_digest_of_the_records_is_the_digest_of_the_json_for_every_example() throws Exception {
        List<Path> facts;
        try (var files = Files.list(Path.of("facts"))) {
            facts = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(facts.size() > 10, "facts/ examples: " + facts);
        int obligations = 0, withoutText = 0, upcoming = 0;
        for (Path f : facts) {
            for (String asOf : List.of("2021-06-01", "2022-12-01", "2024-06-01", "2025-09-01", "2026-12-01")) {
                ObjectNode description = (ObjectNode) Json.MAPPER.readTree(f.toFile());
                description.put("asOf", asOf);
                Evaluation answer = TestRuleBase.evaluator().evaluate(ServiceDescriptionParser.parse(description));
                AnswerDigest fromJson = AnswerDigest.of(Json.MAPPER.readTree(Json.compactBytes(answer)));
                AnswerDigest fromRecords = AnswerDigest.of(answer);
                String where = f.getFileName() + " as of " + asOf;
                assertEquals(fromJson.ruleBase(), fromRecords.ruleBase(), where);
                assertEquals(fromJson.asOf(), fromRecords.asOf(), where);
                assertEquals(List.copyOf(fromJson.items().keySet()), List.copyOf(fromRecords.items().keySet()), where);
                for (String id : fromJson.items().keySet()) assertEquals(fromJson.items().get(id), fromRecords.items().get(id), where + ": " + id);
                assertEquals(fromJson.kept(), fromRecords.kept(), where);
                assertEquals(Json.compact(fromJson.kept()), Json.compact(fromRecords.kept()), where);
                obligations += fromJson.items().size();
                for (Evaluation.ObligationResult o : answer.obligations()) {
                    if (o.citations().stream().anyMatch(c -> c.text() == null)) withoutText++;
                }
                upcoming += answer.upcoming() == null ? 0 : answer.upcoming().size();
            }
        }
        // the comparison covered the awkward cases: citations without verbatim text, upcoming obligations
        assertTrue(withoutText > 0, "no obligation cites a summary-only provision");
        assertTrue(upcoming > 0, "no upcoming obligation");
        assertTrue(obligations > 1000, "obligations compared: " + obligations);
    }
}
