package synthlex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import synthlex.TestRuleBase;
import synthlex.engine.Evaluation.ObligationResult;
import synthlex.input.ServiceDescriptionParser;

/**
 * What scenarios cannot assert: the readings, wording and rendered citations the real rule base
 * gives for GAIM and LM points the 2026-12 legal review found (F-02, F-05, F-11, F-14).
 */
class GaimReadingsTest {
    static Evaluator evaluator;
    static synthlex.rules.RuleBase ruleBase;

    /** The review's run s09: a public chat and image app with no public-expression channel. */
    static final String PUBLIC_CHATBOT = """
            {"name":"AskMe","asOf":"2026-12-01","roles":["service-provider"],
             "audience":{"publicInMainlandChina":true,"minors":true,"elderly":false},
             "capabilities":["chat","writing","image-generation"],
             "publicOpinion":{"channels":[],"socialMobilisation":false},"informationPublishing":false,
             "newFunction":false,"contentExport":true,"unlabelledOnRequest":false,"researchOnly":false}""";

    @BeforeAll
    static void rules() {
        ruleBase = TestRuleBase.get();
        evaluator = new Evaluator(ruleBase);
    }

    private static ObligationResult only(List<ObligationResult> list, String id) {
        return list.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not in " + list));
    }

    private static Evaluation evaluate(String json) {
        return evaluator.evaluate(ServiceDescriptionParser.parse(json));
    }

    @Test
    void gaim_article_17_without_channels_carries_the_contested_practice_reading() {
        Evaluation e = evaluate(PUBLIC_CHATBOT);
        for (String id : List.of("algorithm-filing", "security-assessment.public-opinion", "lm.filing.labelling-materials")) {
            ObligationResult o = only(e.obligations(), id);
            assertNotNull(o.reading(), id);
            assertTrue(o.reading().contested(), id);
            assertTrue(o.reading().text().contains("CAC"), id);
            assertTrue(o.reading().alternative().contains("SAP2018 Art. 2"), id);
        }
    }

    @Test
    void gaim_licensing_is_worded_as_the_condition_it_is() {
        ObligationResult o = only(evaluate(PUBLIC_CHATBOT).obligations(), "gaim.licensing");
        assertTrue(o.title().startsWith("Where laws or administrative regulations require a licence"), o.title());
        assertNotNull(o.reading());
        assertFalse(o.reading().contested());
    }

    @Test
    void gb_45438_is_never_cited_by_an_invented_article() {
        ObligationResult label = only(evaluate(PUBLIC_CHATBOT).obligations(), "dsp.label.implicit");
        var gb = label.citations().stream().filter(c -> c.instrument().equals("gb-45438-2025")).toList();
        assertFalse(gb.isEmpty());
        gb.forEach(c -> {
            assertEquals("GB 45438-2025", c.pinpoint());
            assertFalse(c.label().contains("Art."), c.label());
        });
    }

    @Test
    void a_business_only_supporter_is_told_about_the_metadata_label_with_the_doubt_shown() {
        Evaluation e = evaluate("""
                {"name":"VoxForge","asOf":"2026-12-01","roles":["technical-supporter"],
                 "audience":{"publicInMainlandChina":false},"capabilities":["voice-cloning","speech-synthesis"],
                 "researchOnly":false}""");
        ObligationResult o = only(e.obligations(), "lm.label.implicit-metadata.technical-supporter");
        assertTrue(o.reading().contested());
        assertTrue(o.reading().alternative().contains("LM Art. 2"));
    }

    @Test
    void every_gaim_and_lm_reading_is_given_in_chinese_and_contested_points_carry_their_alternative() {
        for (var r : ruleBase.rules()) {
            if (r.reading() == null || !(r.file().endsWith("generative-ai.drl") || r.file().endsWith("ai-content-labeling.drl"))) continue;
            assertNotNull(r.reading().textZh(), r.file() + ":" + r.line());
            if (r.reading().contested()) assertNotNull(r.reading().alternativeZh(), r.file() + ":" + r.line());
            if (r.reading().text().contains("Art. 22(1)(2)")) assertTrue(r.reading().contested(), r.file() + ":" + r.line());
        }
    }
}
