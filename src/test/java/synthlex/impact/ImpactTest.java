package synthlex.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleBaseLoader;

class ImpactTest {
    static final String LABEL = """
            rule "Label"
                @id("tst.label") @kind("labelling") @bearer("service-provider") @cites("TST Art. 1") @timing("ongoing") @title("Label")
            when
                HasRole( role == Role.SERVICE_PROVIDER )
            then
                obligation(drools);
            end
            """;

    @Test
    void lists_obligations_and_citations_added_removed_and_changed_per_service(@TempDir Path tmp) throws IOException {
        Path before = MiniRules.create(tmp.resolve("before"));
        MiniRules.write(before, "x.drl", LABEL + LABEL.replace("\"Label\"", "\"File\"").replace("tst.label", "tst.file")
                .replace("labelling", "filing").replace("@title(\"Label\")", "@title(\"File\")"));
        Path after = MiniRules.create(tmp.resolve("after"));
        MiniRules.write(after, "x.drl", LABEL + LABEL.replace("rule \"Label\"", "rule \"Label too\"").replace("TST Art. 1", "TST Art. 2(1)")
                + LABEL.replace("\"Label\"", "\"Show\"").replace("tst.label", "tst.show").replace("@title(\"Label\")", "@title(\"Show\")"));
        Path project = Files.createDirectories(tmp.resolve("project"));
        Path scenarios = Files.createDirectories(project.resolve("tests-scenarios"));
        Files.writeString(scenarios.resolve("s.yaml"), "service: { name: x, roles: [service-provider] }\nasOf: 2030-06-01\n");
        RuleBase b = RuleBaseLoader.load(before), a = RuleBaseLoader.load(after);

        List<Impact.ServiceImpact> impacts = Impact.compare(b, a, scenarios, project.resolve("facts"));
        assertEquals(1, impacts.size());
        Impact.ServiceImpact i = impacts.get(0);
        assertEquals("tests-scenarios/s.yaml", i.service());
        assertEquals(List.of("tst.show (applies, [TST Art. 1])"), i.added());
        assertEquals(List.of("tst.file (applies, [TST Art. 1])"), i.removed());
        assertEquals(List.of("tst.label: cites also [TST Art. 2(1)]"), i.changed());
    }
}
