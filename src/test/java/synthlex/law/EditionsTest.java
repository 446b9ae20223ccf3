package synthlex.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.engine.Evaluation;
import synthlex.engine.Evaluator;
import synthlex.engine.Options;
import synthlex.engine.Timeline;
import synthlex.input.ServiceDescriptionParser;
import synthlex.model.ServiceDescription;
import synthlex.rules.RuleBaseLoader;

/**
 * An instrument amended in place keeps its id; each text is registered with its own abbreviation
 * and numbering, the earlier one until the day the amended one took effect, so an answer cites the
 * article and wording in force on its date, and a timeline shows the citation change.
 */
class EditionsTest {
    @TempDir static Path tmp;
    static Evaluator evaluator;

    @BeforeAll
    static void rules() throws IOException {
        Path rules = MiniRules.create(tmp);
        Path sources = rules.resolve("sources");
        Files.writeString(sources.resolve("amended-2030.zh.txt"), "第一条　提供服务，应当登记。\n");
        Files.writeString(sources.resolve("amended-2030.yaml"), """
                id: amended-act
                abbreviation: AMD2030
                shortTitle: Amended Act (2030 text)
                edition: '2030'
                effective: '2030-01-01'
                supersededOn: '2032-01-01'
                status: in-force
                fullText: amended-2030.zh.txt
                provisions:
                  - { article: 1, text: 提供服务，应当登记。, summary: Register., verification: verbatim }
                """);
        Files.writeString(sources.resolve("amended.zh.txt"), "第一条　总则。\n第二条　提供服务，应当依法登记。\n");
        Files.writeString(sources.resolve("amended.yaml"), """
                id: amended-act
                abbreviation: AMD
                shortTitle: Amended Act
                edition: '2032'
                effective: '2030-01-01'
                status: in-force
                fullText: amended.zh.txt
                provisions:
                  - { article: 2, text: 提供服务，应当依法登记。, summary: Register lawfully., verification: verbatim, effective: '2032-01-01' }
                """);
        MiniRules.write(rules, "amended.drl", """
                rule "Register the service"
                    @id("amd.register") @kind("filing") @bearer("service-provider") @cites("AMD2030 Art. 1; AMD Art. 2") @timing("ongoing")
                    @title("Register") @titleZh("登记") @summary("Register.") @summaryZh("登记。")
                when
                    HasRole( role == Role.SERVICE_PROVIDER )
                then
                    obligation(drools);
                end
                """);
        evaluator = new Evaluator(RuleBaseLoader.load(rules));
    }

    private static List<String> labels(String asOf) {
        Evaluation e = evaluator.evaluate(ServiceDescriptionParser.parse(
                "{\"name\":\"x\",\"roles\":[\"service-provider\"],\"asOf\":\"" + asOf + "\"}"));
        List<String> out = new ArrayList<>();
        for (Evaluation.ObligationResult o : e.obligations()) {
            if (o.id().equals("amd.register")) o.citations().forEach(c -> out.add(c.label() + " " + c.pinpoint()));
        }
        return out;
    }

    @Test
    void an_answer_cites_the_text_in_force_on_its_date() {
        assertEquals(List.of("Amended Act (2030 text) Art. 1 第一条"), labels("2031-12-31"));
        assertEquals(List.of("Amended Act Art. 2 第二条"), labels("2032-01-01"));
    }

    @Test
    void both_texts_share_the_instrument_id_and_only_the_current_one_is_listed_as_current() {
        SourceCatalog sources = evaluator.ruleBase().sources();
        assertEquals("AMD", sources.instrument("amended-act").orElseThrow().abbreviation());
        assertTrue(sources.instruments().stream().anyMatch(i -> i.abbreviation().equals("AMD2030")));
        assertEquals("amended-act", sources.resolve("AMD2030 Art. 1").instrument());
    }

    @Test
    void a_timeline_across_the_amendment_shows_the_citation_change() {
        ServiceDescription s = ServiceDescriptionParser.parse("{\"name\":\"x\",\"roles\":[\"service-provider\"]}");
        Timeline.Result t = Timeline.of(evaluator, s, LocalDate.parse("2031-06-01"), LocalDate.parse("2032-06-01"), Options.DEFAULT);
        assertEquals(2, t.periods().size());
        Timeline.Period after = t.periods().get(1);
        assertEquals(LocalDate.parse("2032-01-01"), after.from());
        assertEquals(List.of(new Timeline.CitationChange("amd.register", List.of("AMD Art. 2"))), after.citationsGained());
        assertEquals(List.of(new Timeline.CitationChange("amd.register", List.of("AMD2030 Art. 1"))), after.citationsLost());
    }
}
