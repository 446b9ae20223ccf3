package synthlex.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.cli.Main;
import synthlex.json.Json;

/** register import DIR, register export, and the restore of an export: the backup path keeps versions and tracked states. */
class RegisterCommandTest {
    @TempDir Path tmp;

    record Run(int exit, String out, String err) { }

    static synchronized Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            return new Run(Main.run(args), o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void import_export_and_restore_keep_every_version_and_state() throws Exception {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "x.drl", Fixture.LABEL + Fixture.FILING);
        Path facts = Files.createDirectories(tmp.resolve("facts"));
        Files.writeString(facts.resolve("pub.json"), Fixture.PUBLISHER);
        Files.writeString(facts.resolve("store.json"), Fixture.STORE);
        String a = tmp.resolve("a.db").toString();

        Run first = run("register", "import", facts.toString(), "--database", a, "--rules", rules.toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals("pub: created (2 obligations)\nstore: created (0 obligations)\nimported 2 service(s) into " + a
                + ": 2 created, 0 updated, 0 unchanged\n", first.out());
        Files.writeString(facts.resolve("pub.json"), Fixture.PUBLISHER.replace("\"Publisher\"", "\"Publisher 2\""));
        Run second = run("register", "import", facts.toString(), "--database", a, "--rules", rules.toString());
        assertEquals("pub: new version 2 (2 obligations)\nstore: unchanged (0 obligations)\nimported 2 service(s) into " + a
                + ": 0 created, 1 updated, 1 unchanged\n", second.out());

        try (Database db = Database.open(a)) { // a tracked state, to see it come back
            Register r = Register.open(db, () -> synthlex.rules.RuleBaseLoader.load(rules), Register.Config.defaults().passive());
            r.tracking().set("pub", "tst.label", Json.MAPPER.readTree("{\"state\":\"done\",\"note\":\"ok\"}"), Preconditions.NONE, "alice");
            r.close();
        }
        Path backup = tmp.resolve("backup.jsonl");
        Run export = run("register", "export", "--database", a, "--out", backup.toString());
        assertEquals(0, export.exit(), export.err());
        List<String> lines = Files.readAllLines(backup);
        assertEquals(2, lines.size());
        JsonNode pub = Json.MAPPER.readTree(lines.get(0));
        assertEquals("pub", pub.path("id").asText());
        assertEquals(2, pub.path("versions").size());
        assertEquals("Publisher", pub.path("versions").get(0).path("description").path("name").asText());
        assertEquals("done", pub.path("tracking").get(0).path("state").asText());
        assertEquals("alice", pub.path("tracking").get(0).path("history").get(0).path("who").asText());

        String b = tmp.resolve("b.db").toString();
        Run restore = run("register", "import", backup.toString(), "--database", b, "--rules", rules.toString());
        assertEquals(0, restore.exit(), restore.err());
        assertEquals("restored 2 service(s)\n", restore.out());
        Run again = run("register", "export", "--database", b);
        assertEquals(lines, again.out().lines().toList()); // the same versions, states and history, line for line
        Run twice = run("register", "import", backup.toString(), "--database", b, "--rules", rules.toString());
        assertEquals("pub: already stored; left as it is\nstore: already stored; left as it is\nrestored 0 service(s), 2 already stored\n", twice.out());
    }

    @Test
    void a_bad_file_imports_nothing_and_says_which_in_one_line() throws Exception {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "x.drl", Fixture.LABEL);
        Path facts = Files.createDirectories(tmp.resolve("facts"));
        Files.writeString(facts.resolve("a.json"), Fixture.PUBLISHER);
        Files.writeString(facts.resolve("b.json"), "{\"name\":\"B\",\"roles\":[\"nope\"]}");
        String db = tmp.resolve("a.db").toString();
        Run r = run("register", "import", facts.toString(), "--database", db, "--rules", rules.toString());
        assertEquals(1, r.exit());
        assertEquals("synthlex register import: " + facts.resolve("b.json") + ": /roles/0: unknown role 'nope'; allowed: service-provider,"
                + " technical-supporter, content-platform, app-store; fix the file (nothing imported)\n", r.err());
        assertTrue(!Files.exists(Path.of(db)), "nothing written");
        Run missing = run("register", "import", tmp.resolve("nothing").toString(), "--database", db);
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("synthlex register import: no such file or folder: "), missing.err());
    }
}
