package synthlex.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.TestRuleBase;
import synthlex.engine.Options;
import synthlex.input.ServiceDescriptionParser;
import synthlex.model.ServiceDescription;
import synthlex.pack.CompliancePack;

/** {@code pack FILE --out DIR}: the same files as POST /v1/packs, unzipped; one-line errors, exit 2 for usage and 1 for failures. */
class PackCommandTest {
    static CompliancePack expected(Path file) throws IOException {
        ServiceDescription s = ServiceDescriptionParser.parse(Files.readString(file));
        return CompliancePack.build(s, CompliancePack.evaluate(TestRuleBase.evaluator(), s, Options.DEFAULT), TestRuleBase.get().sources());
    }

    @Test
    void pack_writes_the_files_of_the_pack_unzipped_under_the_directory(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("pack");
        CliTest.Run r = CliTest.run("pack", "facts/voice-cloning-api.json", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        CompliancePack pack = expected(Path.of("facts/voice-cloning-api.json"));
        List<String> written;
        try (Stream<Path> s = Files.walk(out)) {
            written = s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        assertEquals(pack.entries().stream().map(CompliancePack.Entry::path).sorted().toList(), written);
        for (CompliancePack.Entry e : pack.entries()) assertArrayEquals(e.bytes(), Files.readAllBytes(out.resolve(e.path())), e.path());
        assertTrue(r.out().endsWith("compliance pack written to " + out + " (12 files)\n"), r.out());
    }

    @Test
    void pack_with_zip_writes_the_zip_the_api_sends(@TempDir Path tmp) throws IOException {
        CliTest.Run r = CliTest.run("pack", "facts/voice-cloning-api.json", "--out", tmp.toString(), "--zip");
        assertEquals(0, r.exit(), r.err());
        Path zip = tmp.resolve("echovoice-cloning-api-compliance-pack.zip");
        assertArrayEquals(expected(Path.of("facts/voice-cloning-api.json")).zip(), Files.readAllBytes(zip));
    }

    @Test
    void a_missing_file_or_an_out_that_is_a_file_is_a_usage_error_in_one_line(@TempDir Path tmp) throws IOException {
        CliTest.Run missing = CliTest.run("pack", "facts/nope.json", "--out", tmp.toString());
        assertEquals(2, missing.exit());
        assertEquals("synthlex pack: no such file: facts/nope.json; check the path (e.g. facts/face-swap-app.json)\n", missing.err());
        Path file = Files.writeString(tmp.resolve("f.txt"), "x");
        CliTest.Run notDir = CliTest.run("pack", "facts/face-swap-app.json", "--out", file.toString());
        assertEquals(2, notDir.exit());
        assertEquals("synthlex pack: --out " + file + " is a file, not a directory; give a directory\n", notDir.err());
        CliTest.Run noOut = CliTest.run("pack", "facts/face-swap-app.json");
        assertEquals(2, noOut.exit());
        assertEquals(1, noOut.err().lines().count(), noOut.err());
    }

    @Test
    void an_invalid_description_fails_in_one_line_naming_every_problem(@TempDir Path tmp) throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"roles\":[\"service-provider\"],\"capabilities\":[\"faceswap\"]}");
        CliTest.Run r = CliTest.run("pack", bad.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("synthlex pack: " + bad + ": not a valid service description: "), r.err());
        assertTrue(r.err().contains("/name: ") && r.err().contains("/capabilities/0: "), r.err());
        assertTrue(r.err().endsWith("; fix the file\n"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing written");
        Path malformed = Files.writeString(tmp.resolve("m.json"), "{\"name\": ");
        CliTest.Run m = CliTest.run("pack", malformed.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, m.exit());
        assertTrue(m.err().startsWith("synthlex pack: " + malformed + ":1:"), m.err());
    }
}
