package synthlex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.engine.Evaluation;
import synthlex.engine.Evaluator;
import synthlex.engine.Options;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;

/** Compiled rules reused from disk answer exactly as a fresh compile does, and never outlive a change to the rules. */
class CompiledRulesCacheTest {
    private static final String RULE = """
            rule "Label everything"
                @id("tst.label") @kind("labelling") @bearer("service-provider")
                @cites("TST Art. 1") @timing("ongoing") @title("Label")
            when
                HasRole( role == Role.SERVICE_PROVIDER )
            then
                obligation(drools);
            end
            """;
    private static final String SERVICE = """
            {"name":"x","asOf":"2030-06-01","roles":["service-provider"]}""";

    @TempDir Path tmp;

    @Test
    void the_projects_rules_read_back_from_the_cache_give_every_answer_byte_for_byte() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.in(tmp.resolve("cache"));
        RuleBase compiled = RuleBaseLoader.load(Path.of("rules"), cache);
        RuleBase reused = RuleBaseLoader.load(Path.of("rules"), cache);
        assertFalse(compiled.fromCache());
        assertTrue(reused.fromCache());
        assertEquals(compiled.version(), reused.version());
        assertEquals(compiled.rules(), reused.rules(), "every rule's metadata, file and line");

        List<Path> facts;
        try (Stream<Path> s = Files.list(Path.of("facts"))) {
            facts = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(facts.size() >= 10, "facts: " + facts.size());
        Evaluator fresh = new Evaluator(compiled), fromDisk = new Evaluator(reused);
        for (Path file : facts) { // explained answers (each ~40 evaluations) for two services, which keeps the test short
            var service = ServiceDescriptionParser.parse(Files.readString(file));
            boolean explain = file.endsWith("face-swap-app.json") || file.endsWith("childrens-app.json");
            for (Options options : List.of(Options.DEFAULT, new Options(explain, Options.Lang.ZH))) {
                assertEquals(answer(fresh.evaluate(service, options), compiled), answer(fromDisk.evaluate(service, options), reused),
                        file + " " + options);
            }
        }
    }

    @Test
    void an_edited_rule_is_compiled_again_and_gives_the_new_answer() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.in(tmp.resolve("cache"));
        Path rules = MiniRules.create(tmp);
        Path file = MiniRules.write(rules, "test.drl", RULE);

        RuleBase first = RuleBaseLoader.load(rules, cache);
        RuleBase again = RuleBaseLoader.load(rules, cache);
        assertFalse(first.fromCache());
        assertTrue(again.fromCache());
        assertEquals("Label", title(again));

        Files.writeString(file, Files.readString(file).replace("@title(\"Label\")", "@title(\"Label it all\")"));
        RuleBase edited = RuleBaseLoader.load(rules, cache);
        assertFalse(edited.fromCache(), "an edited rule must be compiled, not read back");
        assertNotEquals(again.version(), edited.version());
        assertEquals("Label it all", title(edited));

        Files.writeString(file, Files.readString(file).replace("@title(\"Label it all\")", "@title(\"Label\")"));
        RuleBase reverted = RuleBaseLoader.load(rules, cache);
        assertTrue(reverted.fromCache(), "the earlier rules are still kept");
        assertEquals("Label", title(reverted));
    }

    @Test
    void a_damaged_entry_is_compiled_again_never_read() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.in(tmp.resolve("cache"));
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "test.drl", RULE);
        RuleBase first = RuleBaseLoader.load(rules, cache);
        Path entry = cache.file(first.version());
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x20; // one flipped bit somewhere in the compiled rules
        Files.write(entry, bytes);

        RuleBase reloaded = RuleBaseLoader.load(rules, cache);
        assertFalse(reloaded.fromCache());
        assertEquals("Label", title(reloaded));
        assertTrue(RuleBaseLoader.load(rules, cache).fromCache(), "the damaged entry was replaced by a sound one");
    }

    @Test
    void an_entry_holding_other_classes_than_compiled_rules_is_refused() throws Exception {
        CompiledRulesCache cache = CompiledRulesCache.in(tmp.resolve("cache"));
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "test.drl", RULE);
        String version = RuleBaseLoader.load(rules, cache).version();
        // a well-formed entry (right header and checksum) whose objects are not Drools' or ours
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(payload)) {
            out.writeObject(new ArrayList<>(List.of(new SerializedString("not compiled rules"))));
        }
        byte[] magic = "synthlex compiled rules 1\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream entry = new ByteArrayOutputStream();
        entry.write(magic);
        entry.write(MessageDigest.getInstance("SHA-256").digest(payload.toByteArray()));
        entry.write(payload.toByteArray());
        Files.write(cache.file(version), entry.toByteArray());

        RuleBase loaded = RuleBaseLoader.load(rules, cache);
        assertFalse(loaded.fromCache());
        assertEquals("Label", title(loaded));
    }

    @Test
    void only_the_entries_used_last_are_kept() throws IOException {
        CompiledRulesCache cache = CompiledRulesCache.in(tmp.resolve("cache"));
        Path rules = MiniRules.create(tmp);
        Path file = MiniRules.write(rules, "test.drl", RULE);
        for (int i = 0; i <= CompiledRulesCache.KEEP; i++) {
            Files.writeString(file, Files.readString(file).replaceFirst("@title\\(\"Label[^\"]*\"\\)", "@title(\"Label " + i + "\")"));
            RuleBaseLoader.load(rules, cache);
        }
        try (Stream<Path> s = Files.list(tmp.resolve("cache"))) {
            assertEquals(CompiledRulesCache.KEEP, s.count());
        }
    }

    private static String title(RuleBase rb) {
        Evaluation e = new Evaluator(rb).evaluate(ServiceDescriptionParser.parse(SERVICE));
        assertEquals(1, e.obligations().size());
        return e.obligations().get(0).title();
    }

    /** The answer as a client gets it, less the moment the rule base was loaded. */
    private static String answer(Evaluation e, RuleBase rb) {
        return Json.compact(e).replace(rb.loadedAt().toString(), "LOADED");
    }
}
