package synthlex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.engine.Evaluation.ObligationResult;
import synthlex.facts.Status;
import synthlex.input.ServiceDescriptionParser;
import synthlex.law.Citation;
import synthlex.rules.RuleBaseLoader;

/** The engine's mechanics on a made-up instrument: merging bases, dates, unknown facts. */
class EvaluatorTest {
    @TempDir static Path tmp;
    static Evaluator evaluator;

    @BeforeAll
    static void rules() throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "test.drl", MiniRules.PUBLISHING_SERVICE + """

                rule "Label (basis one)"
                    @id("tst.label") @kind("labelling") @bearer("service-provider") @cites("TST Art. 1") @timing("ongoing") @title("Label")
                when
                    HasRole( role == Role.SERVICE_PROVIDER )
                    Classification( id == "publisher" )
                then
                    obligation(drools);
                end

                rule "Label (basis two)"
                    @id("tst.label") @kind("labelling") @bearer("service-provider") @cites("TST Art. 2(1)") @timing("ongoing") @title("Label")
                when
                    HasRole( role == Role.SERVICE_PROVIDER )
                    HasCapability( capability == Capability.CHAT )
                then
                    obligation(drools);
                end

                rule "Show the number"
                    @id("tst.number") @kind("notice") @bearer("service-provider") @cites("TST Art. 2(2)") @timing("ongoing") @title("Show")
                when
                    HasRole( role == Role.SERVICE_PROVIDER )
                then
                    obligation(drools);
                end
                """);
        evaluator = new Evaluator(RuleBaseLoader.load(rules));
    }

    private static Evaluation evaluate(String json) {
        return evaluator.evaluate(ServiceDescriptionParser.parse(json));
    }

    private static ObligationResult only(List<ObligationResult> list, String id) {
        return list.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not in " + list));
    }

    private static List<String> refs(ObligationResult o) {
        return o.citations().stream().map(Citation::ref).toList();
    }

    @Test
    void an_obligation_grounded_twice_cites_every_applying_basis() {
        Evaluation e = evaluate("""
                {"name":"x","asOf":"2030-06-01","roles":["service-provider"],"capabilities":["chat"],"informationPublishing":true}""");
        ObligationResult label = only(e.obligations(), "tst.label");
        assertEquals(Status.APPLIES, label.status());
        assertEquals(List.of("TST Art. 1", "TST Art. 2(1)"), refs(label));
        assertEquals(2, label.rules().size());
        assertEquals(List.of(), label.missing());
    }

    @Test
    void an_applying_basis_wins_over_an_undetermined_one_and_only_it_is_cited() {
        Evaluation e = evaluate("""
                {"name":"x","asOf":"2030-06-01","roles":["service-provider"],"capabilities":["chat"]}""");
        ObligationResult label = only(e.obligations(), "tst.label");
        assertEquals(Status.APPLIES, label.status());
        assertEquals(List.of("TST Art. 2(1)"), refs(label));
        assertEquals(List.of(), label.missing());
    }

    @Test
    void an_unknown_fact_makes_the_obligation_undetermined_and_names_the_question() {
        Evaluation e = evaluate("""
                {"name":"x","asOf":"2030-06-01","roles":["service-provider"]}""");
        ObligationResult label = only(e.obligations(), "tst.label");
        assertEquals(Status.UNDETERMINED, label.status());
        assertEquals(List.of("/informationPublishing"), label.missing());
        assertEquals("Can users publish information through the service?", label.questions().get(0).question());
        assertEquals(Status.UNDETERMINED, e.classifications().get(0).status());
    }

    @Test
    void a_false_fact_is_not_unknown() {
        Evaluation e = evaluate("""
                {"name":"x","asOf":"2030-06-01","roles":["service-provider"],"informationPublishing":false}""");
        assertTrue(e.obligations().stream().noneMatch(o -> o.id().equals("tst.label")));
        assertEquals(List.of(), e.classifications());
    }

    @Test
    void law_not_yet_in_force_is_upcoming_with_its_date() {
        Evaluation e = evaluate("""
                {"name":"x","asOf":"2029-12-31","roles":["service-provider"],"informationPublishing":true}""");
        assertEquals(List.of(), e.obligations());
        ObligationResult label = only(e.upcoming(), "tst.label");
        assertEquals("2030-01-01", label.effective().toString());
        assertEquals(Status.APPLIES, label.status());
    }

    @Test
    void a_provision_with_its_own_later_date_is_upcoming_while_the_rest_applies() {
        Evaluation e = evaluate("""
                {"name":"x","asOf":"2030-06-01","roles":["service-provider"],"informationPublishing":true}""");
        assertTrue(e.obligations().stream().noneMatch(o -> o.id().equals("tst.number")));
        assertEquals("2031-01-01", only(e.upcoming(), "tst.number").effective().toString());
        ObligationResult label = only(e.obligations(), "tst.label");
        assertNull(label.effective());
        assertEquals(List.of("TST Art. 1"), refs(label));
    }

    @Test
    void the_answer_carries_the_rule_base_version_and_the_default_date_is_today_in_china() {
        Evaluation e = evaluate("""
                {"name":"x","roles":["app-store"]}""");
        assertEquals(evaluator.ruleBase().version(), e.ruleBase().version());
        assertEquals(java.time.LocalDate.now(Evaluator.CHINA), e.asOf());
    }
}
