package synthlex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.cli.CliTest.Run;
import synthlex.mutation.MiniMutation;

/** {@code mutation}: its exit codes, and what --only and --changed-since choose. */
class MutationCommandTest {
    @TempDir Path tmp;

    /** MiniMutation's rules in two files: classification.drl and test.drl. */
    private Path project() throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "classification.drl", MiniRules.PUBLISHING_SERVICE);
        MiniRules.write(rules, "test.drl", MiniMutation.OBLIGATIONS);
        scenario("label.yaml", """
                service: %s
                asOf: 2030-06-01
                expect:
                  obligations: [ { id: tst.label, citations: [TST Art. 1, TST Art. 2(1)] } ]
                """.formatted(MiniMutation.PUBLISHER));
        return tmp;
    }

    private void scenario(String file, String yaml) throws IOException {
        Files.createDirectories(tmp.resolve("tests-scenarios"));
        MiniMutation.scenario(tmp, file, yaml);
    }

    private Run mutation(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("mutation", "--rules", tmp.resolve("rules").toString(),
                "--scenarios", tmp.resolve("tests-scenarios").toString()));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    private static List<String> scores(Run r) {
        return r.out().lines().filter(l -> l.contains(" noticed (")).toList();
    }

    @Test
    void exits_1_and_names_the_survivor_when_a_rule_is_not_noticed() throws IOException {
        project();
        Run r = mutation();
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("rules/test.drl:15: rule \"Show the number\" (obligation tst.number): no scenario fails when it is removed"
                + " — add a scenario that expects tst.number with citations [TST Art. 2(2)] for a service that plays the role"
                + " service-provider and has the capability chat\n"), r.out());
        assertEquals(List.of("2 of 3 rules noticed (66 %)", "2 of 2 dropped citations noticed (100 %)"), scores(r));
    }

    @Test
    void exits_0_when_every_rule_and_citation_is_noticed() throws IOException {
        project();
        scenario("chat.yaml", """
                service: { name: chat, roles: [service-provider], capabilities: [chat], informationPublishing: false }
                asOf: 2030-06-01
                expect:
                  upcoming: [ { id: tst.number } ]
                """);
        Run r = mutation();
        assertEquals(0, r.exit(), r.out());
        assertEquals(List.of("3 of 3 rules noticed (100 %)", "2 of 2 dropped citations noticed (100 %)"), scores(r));
    }

    @Test
    void exits_2_when_the_rule_base_does_not_load_or_an_option_names_nothing() throws IOException {
        project();
        MiniRules.write(tmp.resolve("rules"), "broken.drl", "rule \"x\" when then end end\n");
        Run broken = mutation();
        assertEquals(2, broken.exit());
        assertTrue(broken.err().contains("rules/broken.drl:6:"), broken.err());
        Files.delete(tmp.resolve("rules/broken.drl"));

        Run unknown = mutation("--only", "nosuch.drl");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("--only nosuch.drl: no rule file of"), unknown.err());

        Run notGit = mutation("--changed-since", "HEAD");
        assertEquals(2, notGit.exit());
        assertTrue(notGit.err().startsWith("git diff"), notGit.err());
    }

    @Test
    void a_scenario_failing_as_it_is_exits_1_without_running_mutants() throws IOException {
        project();
        scenario("wrong.yaml", """
                service: %s
                asOf: 2030-06-01
                expect: { obligations: [ { id: tst.number } ] }
                """.formatted(MiniMutation.PUBLISHER));
        Run r = mutation();
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("FAIL tests-scenarios/wrong.yaml"), r.out());
        assertTrue(r.out().contains("mutation: not run: 1 of 2 scenarios fail on the rule base as it is"), r.out());
    }

    @Test
    void only_checks_the_rules_of_the_files_named() throws IOException {
        project();
        Run r = mutation("--only", "classification.drl");
        assertEquals(0, r.exit(), r.out());
        assertEquals(List.of("1 of 1 rules noticed (100 %)", "0 of 0 dropped citations noticed (100 %)"), scores(r));
        assertEquals(List.of("1 of 2 rules noticed (50 %)", "2 of 2 dropped citations noticed (100 %)"),
                scores(mutation("--only", tmp.resolve("rules/test.drl").toString())));
    }

    @Test
    void changed_since_checks_the_files_changed_since_the_revision_and_every_rule_when_a_classification_changed() throws Exception {
        project();
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "rules");
        assertEquals(List.of("0 of 0 rules noticed (100 %)", "0 of 0 dropped citations noticed (100 %)"),
                scores(mutation("--changed-since", "HEAD")));

        Files.writeString(tmp.resolve("rules/test.drl"), "\n// edited\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(List.of("1 of 2 rules noticed (50 %)", "2 of 2 dropped citations noticed (100 %)"),
                scores(mutation("--changed-since", "HEAD")));

        Files.writeString(tmp.resolve("rules/classification.drl"), "\n// edited\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(List.of("2 of 3 rules noticed (66 %)", "2 of 2 dropped citations noticed (100 %)"),
                scores(mutation("--changed-since", "HEAD")));
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(tmp.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor(), "git " + String.join(" ", args));
    }
}
