package synthlex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.engine.Evaluation.NextAction;
import synthlex.engine.Evaluation.ObligationResult;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;
import synthlex.rules.RuleBaseLoader;
import synthlex.timing.Timing;
import synthlex.timing.Trigger;
import synthlex.timing.When;

/** Timing in answers: how rules sharing an id merge it, and the summary with the first things to do. */
class TimingAnswerTest {
    @TempDir static Path tmp;
    static Evaluator evaluator;

    private static String rule(String name, String id, String timing, String cites, String condition) {
        return """

                rule "%s"
                    @id("%s") @kind("other") @bearer("service-provider") @cites("%s") %s
                    @title("%s") @titleZh("中文%s")
                when
                    %s
                then
                    obligation(drools);
                end
                """.formatted(name, id, cites, timing, id, id, condition);
    }

    @BeforeAll
    static void rules() throws IOException {
        Path rules = MiniRules.create(tmp);
        String provider = "HasRole( role == Role.SERVICE_PROVIDER )";
        MiniRules.write(rules, "test.drl", MiniRules.PUBLISHING_SERVICE
                + rule("Assess", "tst.assess", "@timing(\"before-launch\")", "TST Art. 1", provider)
                + rule("Label for publishers", "tst.label", "@timing(\"at-launch\")", "TST Art. 1", "Classification( id == \"publisher\" )")
                + rule("Label for chat", "tst.label", "@timing(\"within P10D working-days from launch; on-event from complaint\")"
                        + " @timingBasis(\"TST Art. 2(1); TST Art. 2(1)\")", "TST Art. 1", "HasCapability( capability == Capability.CHAT )")
                + rule("File", "tst.file", "@timing(\"within P10D working-days from launch; within P20D working-days from service-end\")",
                        "TST Art. 2(1)", provider)
                + rule("Notify", "tst.notify", "@timing(\"within P5D from incident\")", "TST Art. 1", provider)
                + rule("Assess again", "tst.assess-again", "@timing(\"before-launch\")", "TST Art. 1", provider)
                + rule("Audit", "tst.audit", "@timing(\"periodic every P1Y\")", "TST Art. 1", provider)
                + rule("Do not", "tst.ban", "@timing(\"ongoing\")", "TST Art. 1", provider)
                + rule("Check publishers first", "tst.check", "@timing(\"before-launch\")", "TST Art. 1", "Classification( id == \"publisher\" )")
                + rule("Answer", "tst.answer", "@timing(\"on-event from request\")", "TST Art. 1", provider));
        evaluator = new Evaluator(RuleBaseLoader.load(rules));
    }

    private static Evaluation evaluate(String json, Options options) {
        return evaluator.evaluate(ServiceDescriptionParser.parse(json), options);
    }

    private static ObligationResult only(Evaluation e, String id) {
        return e.obligations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void rules_sharing_an_id_give_the_earliest_timing_with_its_basis_and_keep_every_further_deadline() {
        Evaluation both = evaluate("""
                {"name":"x","asOf":"2030-06-01","roles":["service-provider"],"capabilities":["chat"],"informationPublishing":true}""",
                Options.DEFAULT);
        Timing t = only(both, "tst.label").timing();
        assertEquals(When.AT_LAUNCH, t.when());
        assertEquals("Test Measures Art. 1", t.basis());
        assertEquals(1, t.also().size());
        assertEquals(Trigger.COMPLAINT, t.also().get(0).from());
        assertEquals("Test Measures Art. 2(1)", t.also().get(0).basis());

        Evaluation chatOnly = evaluate("""
                {"name":"x","asOf":"2030-06-01","roles":["service-provider"],"capabilities":["chat"],"informationPublishing":false}""",
                Options.DEFAULT);
        t = only(chatOnly, "tst.label").timing();
        assertEquals(When.WITHIN, t.when());
        assertEquals("P10D", t.period());
        assertEquals(Boolean.TRUE, t.workingDays());
        assertEquals(Trigger.LAUNCH, t.from());
        assertEquals("Test Measures Art. 2(1)", t.basis());

        Timing ban = only(chatOnly, "tst.ban").timing();
        assertEquals(new Timing(When.ONGOING, null, null, null, null, "Test Measures Art. 1", null), ban);
    }

    @Test
    void the_summary_counts_and_names_the_first_things_to_do() {
        Evaluation e = evaluate("""
                {"name":"x","asOf":"2030-06-01","roles":["service-provider"],"capabilities":["chat"]}""", Options.DEFAULT);
        Evaluation.Summary s = e.summary();
        assertEquals(e.obligations().size(), s.obligations());
        assertEquals(Map.of("applies", 8, "undetermined", 1), s.byStatus());
        assertEquals(List.of("service-provider", "technical-supporter", "content-platform", "app-store", "user"), new ArrayList<>(s.byBearer().keySet()));
        assertEquals(Map.of("before-launch", 3, "at-launch", 0, "within", 3, "periodic", 1, "on-event", 1, "ongoing", 1), s.byTiming());
        assertEquals(List.of("before-launch", "at-launch", "within", "periodic", "on-event", "ongoing"), new ArrayList<>(s.byTiming().keySet()));
        // undetermined tst.check (before launch, but publishing unknown) waits for its question; within: the
        // 5 calendar days of tst.notify before the 10 working days of tst.label and tst.file (answer order)
        assertEquals(List.of("tst.assess", "tst.assess-again", "tst.notify", "tst.label", "tst.file"),
                s.next().stream().map(NextAction::obligation).toList());
        NextAction notify = s.next().get(2);
        assertEquals(new NextAction("tst.notify", "tst.notify", When.WITHIN, "P5D", null, Trigger.INCIDENT), notify);
        assertEquals(0, s.upcoming());
    }

    @Test
    void the_summary_speaks_the_answers_language_and_comes_first() throws Exception {
        Evaluation e = evaluate("""
                {"name":"x","asOf":"2030-06-01","roles":["service-provider"],"informationPublishing":false}""", new Options(false, Options.Lang.ZH));
        assertEquals("中文tst.assess", e.summary().next().get(0).title());
        JsonNode json = Json.MAPPER.readTree(Json.compact(e));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("name", "asOf", "ruleBase", "summary", "classifications", "obligations", "upcoming", "questions"), keys);
        JsonNode ban = json.path("obligations").findParents("id").stream().filter(o -> o.path("id").asText().equals("tst.ban")).findFirst().orElseThrow();
        assertEquals("{\"when\":\"ongoing\",\"basis\":\"Test Measures Art. 1\"}", ban.path("timing").toString());
    }

    @Test
    void upcoming_obligations_carry_timing_too() {
        Evaluation e = evaluate("""
                {"name":"x","asOf":"2029-06-01","roles":["service-provider"]}""", Options.DEFAULT);
        assertEquals(List.of(), e.obligations());
        assertEquals(e.upcoming().size(), e.summary().upcoming());
        ObligationResult file = e.upcoming().stream().filter(o -> o.id().equals("tst.file")).findFirst().orElseThrow();
        assertEquals("within P10D working-days from launch", file.timing().when().code() + " " + file.timing().period()
                + " working-days from " + file.timing().from().code());
        assertEquals("Test Measures Art. 2(1)", file.timing().basis());
        assertNull(file.timing().also().get(0).also());
        assertEquals(List.of(), e.summary().next());
    }
}
