package synthlex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.TestRuleBase;
import synthlex.model.Role;

class RuleBaseLoaderTest {
    private static final String GOOD_RULE = """
            rule "Label everything"
                @id("tst.label") @kind("labelling") @bearer("service-provider")
                @cites("TST Art. 1") @timing("ongoing") @title("Label")
            when
                HasRole( role == Role.SERVICE_PROVIDER )
            then
                obligation(drools);
            end
            """;

    @Test
    void the_projects_rule_base_loads_with_metadata_for_every_rule() {
        RuleBase rb = TestRuleBase.get();
        assertTrue(rb.version().matches("sha256:[0-9a-f]{64}"), rb.version());
        assertTrue(rb.obligationRules().size() >= 50, "obligation rules: " + rb.obligationRules().size());
        RuleInfo faces = rb.rule("Conspicuous label on synthetic faces");
        assertEquals("dsp.label.conspicuous.person-image", faces.obligationId());
        assertEquals(ObligationKind.LABELLING, faces.kind());
        assertEquals(Role.SERVICE_PROVIDER, faces.bearer());
        assertEquals(List.of("DSP Art. 17(1)(3)"), faces.citationRefs());
        assertEquals("rules/deep-synthesis.drl", faces.file());
        assertTrue(faces.line() > 0);
    }

    @Test
    void a_good_rule_directory_loads(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "test.drl", GOOD_RULE);
        RuleBase rb = RuleBaseLoader.load(rules);
        assertEquals(1, rb.rules().size());
        assertEquals(6, rb.rule("Label everything").line());
    }

    @Test
    void a_syntax_error_names_the_file_and_line(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "good.drl", GOOD_RULE);
        MiniRules.write(rules, "broken.drl", """
                rule "Missing parenthesis"
                    @id("tst.broken") @kind("labelling") @bearer("service-provider") @cites("TST Art. 1") @timing("ongoing") @title("x")
                when
                    HasRole( role == Role.SERVICE_PROVIDER
                then
                    obligation(drools);
                end
                """);
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBaseLoader.load(rules));
        assertTrue(e.problems().stream().allMatch(p -> p.startsWith("rules/broken.drl:")), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("rules/broken.drl:10:"), e.problems().toString());
    }

    @Test
    void a_misspelt_fact_value_does_not_compile(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "typo.drl", """
                rule "Typo"
                    @id("tst.typo") @kind("labelling") @bearer("service-provider") @cites("TST Art. 1") @timing("ongoing") @title("x")
                when
                    HasCapability( capability == Capability.FACESWAP )
                then
                    obligation(drools);
                end
                """);
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBaseLoader.load(rules));
        assertTrue(e.problems().get(0).startsWith("rules/typo.drl:9:"), e.problems().toString());
    }

    @Test
    void metadata_problems_are_all_reported_with_file_and_line(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "meta.drl", """
                rule "No kind, bad bearer, unregistered citation"
                    @id("tst.x") @bearer("government") @cites("TST Art. 9") @timing("ongoing") @title("x")
                when
                    HasRole( role == Role.SERVICE_PROVIDER )
                then
                    obligation(drools);
                end
                """);
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBaseLoader.load(rules));
        String where = "rules/meta.drl:6: rule \"No kind, bad bearer, unregistered citation\": ";
        assertEquals(List.of(
                where + "needs @kind",
                where + "@bearer(\"government\") is not allowed; allowed: service-provider, technical-supporter, content-platform, app-store, user",
                where + "@cites 'TST Art. 9' is not registered in rules/sources/test-measures.yaml"), e.problems());
    }

    @Test
    void rules_sharing_an_obligation_id_must_agree_on_what_it_is(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "a.drl", GOOD_RULE + """
                rule "Label again"
                    @id("tst.label") @kind("notice") @bearer("service-provider") @cites("TST Art. 2") @timing("ongoing") @title("Label")
                when
                    HasRole( role == Role.APP_STORE )
                then
                    obligation(drools);
                end
                """);
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBaseLoader.load(rules));
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).contains("obligation id 'tst.label' is already used by rule \"Label everything\""), e.problems().toString());
    }

    @Test
    void a_missing_directory_is_a_clear_error(@TempDir Path tmp) {
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBaseLoader.load(tmp.resolve("nope")));
        assertEquals(List.of("nope: rules directory not found at " + tmp.resolve("nope")), e.problems());
    }

    @Test
    void the_version_hashes_every_rule_and_source_file(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "test.drl", GOOD_RULE);
        String before = RuleBaseLoader.load(rules).version();
        assertEquals(before, RuleBaseLoader.load(rules).version());
        Files.writeString(rules.resolve("sources/test-measures.yaml"), "\n# a comment\n", java.nio.file.StandardOpenOption.APPEND);
        assertNotEquals(before, RuleBaseLoader.load(rules).version());
    }

    @Test
    void a_misspelt_classification_id_is_a_load_error(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "c.drl", """
                rule "Publisher"
                    @classifies("publisher") @title("Publishes") @cites("TST Art. 1")
                when
                    HasRole( role == Role.SERVICE_PROVIDER )
                then
                    classify(drools);
                end

                rule "Label publishers"
                    @id("tst.label") @kind("labelling") @bearer("service-provider") @cites("TST Art. 1") @timing("ongoing") @title("Label")
                when
                    Classification( id == "publsher" )
                then
                    obligation(drools);
                end
                """);
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBaseLoader.load(rules));
        assertEquals(List.of("rules/c.drl:17: classification 'publsher' is derived by no rule, so this rule can never fire"), e.problems());
    }

    @Test
    void rules_in_several_packages_each_answer_with_their_own_metadata(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "first.drl", GOOD_RULE);
        // a second package numbers its rules from 0 again: rules are then found in their own metadata
        Files.writeString(rules.resolve("second.drl"), MiniRules.HEADER.replace("package rules;", "package rules.other;") + """
                rule "File it"
                    @id("tst.file") @kind("filing") @bearer("service-provider")
                    @cites("TST Art. 2(1)") @timing("before-launch") @title("File")
                when
                    HasRole( role == Role.SERVICE_PROVIDER )
                then
                    obligation(drools);
                end
                """);
        RuleBase rb = RuleBaseLoader.load(rules);
        assertTrue(TestRuleBase.get().indexedByLoadOrder(), "the project's rules, one package, are indexed");
        assertEquals(false, rb.indexedByLoadOrder(), "two packages: load orders repeat");
        var answer = new synthlex.engine.Evaluator(rb).evaluate(synthlex.input.ServiceDescriptionParser.parse("""
                {"name":"x","asOf":"2030-06-01","roles":["service-provider"]}"""));
        assertEquals(List.of("tst.label Label", "tst.file File"),
                answer.obligations().stream().map(o -> o.id() + " " + o.title()).toList());
    }
}
