package synthlex.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.json.Json;

class DecisionLogTest {
    @TempDir Path tmp;

    @Test
    void concurrent_writers_lose_no_record_and_tear_no_line_across_rotations() throws Exception {
        Path file = tmp.resolve("decisions.jsonl");
        int threads = 16, each = 500;
        try (DecisionLog log = new DecisionLog(file, 64 * 1024, 100)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) log.append(Map.of("thread", thread, "i", i, "pad", "x".repeat(i % 50)));
                }));
            }
            for (Future<?> f : done) f.get();
            pool.shutdown();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(tmp)) {
            files = s.toList();
        }
        assertTrue(files.size() > 5, "rotated into " + files.size() + " files");
        Set<String> seen = new HashSet<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertTrue(text.isEmpty() || text.endsWith("\n"), f + " ends mid-line");
            for (String line : text.split("\n")) {
                if (line.isEmpty()) continue;
                JsonNode n = Json.MAPPER.readTree(line);
                assertTrue(seen.add(n.path("thread").asInt() + ":" + n.path("i").asInt()), "duplicate " + line);
            }
            assertTrue(Files.size(f) <= 64 * 1024, f + " is over the limit");
        }
        assertEquals(threads * each, seen.size());
    }

    @Test
    void a_torn_last_line_left_by_a_crash_is_cut_off_on_opening() throws IOException {
        Path file = tmp.resolve("d.jsonl");
        Files.writeString(file, "{\"ok\":1}\n{\"torn\":");
        try (DecisionLog log = new DecisionLog(file, 1 << 20, 3)) {
            log.append(Map.of("ok", 2));
        }
        assertEquals("{\"ok\":1}\n{\"ok\":2}\n", Files.readString(file));
    }

    @Test
    void a_full_disk_is_reported_so_the_answer_can_be_withheld() throws IOException {
        Path full = Path.of("/dev/full");
        if (!Files.isWritable(full)) return; // not Linux: nothing to simulate a full disk with
        try (DecisionLog log = new DecisionLog(full, Long.MAX_VALUE, 1)) {
            DecisionLogException e = assertThrows(DecisionLogException.class, () -> log.append(Map.of("x", 1)));
            assertTrue(e.getMessage().contains("cannot be written"), e.getMessage());
        } catch (IOException closing) {
            // closing /dev/full may fail to flush as well; the write failure above is what matters
        }
    }
}
