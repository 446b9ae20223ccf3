package synthlex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.cli.CliTest.Run;
import synthlex.rules.RuleBaseLoader;

/**
 * Issue 14: every CLI error is one line on stderr (exit 2 for a usage error, 1 for a failure), no
 * stack trace unless --verbose; arguments are checked before the rule base is built (a broken
 * --rules would otherwise answer first).
 */
class CliErrorsTest {
    private static Run run(String... args) {
        return CliTest.run(args);
    }

    /** A rule base that does not load: an error about it means the arguments were not checked first. */
    private static String brokenRules(Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp.resolve("broken"));
        MiniRules.write(rules, "broken.drl", "rule \"x\" when then end end\n");
        return rules.toString();
    }

    private static void assertOneLine(Run r, int exit, String line) {
        assertEquals(line + System.lineSeparator(), r.err());
        assertEquals(exit, r.exit(), r.err());
    }

    @Test
    void a_missing_input_file_is_one_line_exit_2_before_the_rules_load(@TempDir Path tmp) throws IOException {
        Run r = run("evaluate", "facts/nope.json", "--rules", brokenRules(tmp));
        assertOneLine(r, 2, "synthlex evaluate: no such file: facts/nope.json; check the path (e.g. facts/face-swap-app.json)");
    }

    @Test
    void a_malformed_input_file_names_line_and_column_exit_1(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("bad.json"), "{\n  \"name\": ]\n}\n");
        Run r = run("evaluate", file.toString(), "--rules", brokenRules(tmp));
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("synthlex evaluate: " + file + ":2:11: not valid JSON: Unexpected character (']'"), r.err());
        assertTrue(r.err().endsWith("; fix the file" + System.lineSeparator()), r.err());
        assertEquals("", r.out());
    }

    @Test
    void verbose_adds_the_stack_trace(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("bad.json"), "{\n  \"name\": ]\n}\n");
        Run r = run("--verbose", "evaluate", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("synthlex evaluate: " + file + ":2:11: not valid JSON"), r.err());
        assertTrue(r.err().contains("\tat synthlex.cli.EvaluateCommand.call"), r.err());
        Run after = run("evaluate", file.toString(), "--verbose");
        assertTrue(after.err().contains("\tat "), "--verbose works after the command too");
        assertFalse(run("evaluate", file.toString()).err().contains("\tat "));
    }

    @Test
    void an_unknown_lang_is_a_usage_error(@TempDir Path tmp) throws IOException {
        Run r = run("evaluate", "facts/face-swap-app.json", "--lang", "fr", "--rules", brokenRules(tmp));
        assertOneLine(r, 2, "synthlex evaluate: unknown --lang 'fr'; use en or zh");
        Run t = run("timeline", "facts/face-swap-app.json", "--from", "2025-01-01", "--to", "2026-01-01", "--lang", "de", "--rules", brokenRules(tmp));
        assertOneLine(t, 2, "synthlex timeline: unknown --lang 'de'; use en or zh");
    }

    @Test
    void a_bad_date_is_a_usage_error(@TempDir Path tmp) throws IOException {
        Run r = run("timeline", "facts/face-swap-app.json", "--from", "2025-13-01", "--to", "2026-01-01");
        assertOneLine(r, 2, "synthlex timeline: Invalid value for option '--from': '2025-13-01' is not a date; use YYYY-MM-DD, e.g. 2025-09-01");
        Run swapped = run("timeline", "facts/face-swap-app.json", "--from", "2026-01-01", "--to", "2025-01-01", "--rules", brokenRules(tmp));
        assertOneLine(swapped, 2, "synthlex timeline: --to 2025-01-01 is before --from 2026-01-01; swap them");
    }

    @Test
    void an_unknown_git_ref_is_named(@TempDir Path tmp) throws IOException {
        Run r = run("impact", "--against", "no-such-ref-xyz", "--rules", brokenRules(tmp));
        assertOneLine(r, 2, "synthlex impact: 'no-such-ref-xyz' is neither a directory nor a git revision known here;"
                + " give a rules directory, a project directory or a ref such as HEAD, main or HEAD~1");
    }

    @Test
    void a_port_in_use_is_one_line_exit_1(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp.resolve("mini"));
        MiniRules.write(rules, "test.drl", MiniRules.PUBLISHING_SERVICE);
        Path scenarios = Files.createDirectories(tmp.resolve("scenarios"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Run r = run("serve", "--port", String.valueOf(port), "--rules", rules.toString(), "--scenarios", scenarios.toString());
            assertEquals(1, r.exit(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("synthlex serve: cannot listen on 127.0.0.1:" + port + " ("), r.err());
            assertTrue(r.err().endsWith("); stop what is using the port or pass --port N" + System.lineSeparator()), r.err());
        }
    }

    @Test
    void a_typo_is_one_line_with_the_suggestion() {
        Run r = run("evalute");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("synthlex: Unmatched argument at index 0: 'evalute'; did you mean evaluate"), r.err());
    }

    @Test
    void help_command_shows_the_commands_usage() {
        Run r = run("help", "evaluate");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: synthlex evaluate "), r.out());
    }

    @Test
    void version_prints_the_program_and_rule_base_versions() {
        Run r = run("--version");
        assertEquals(0, r.exit());
        String n = System.lineSeparator();
        assertEquals("synthlex " + Main.VERSION + n + "rule base " + RuleBaseLoader.versionOf(Path.of("rules")) + " (rules/)" + n, r.out());
        assertTrue(r.out().contains("sha256:"));
    }
}
