package synthlex.law;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code rules/sources/not-encoded/<instrument-id>.yaml}: duty lines deliberately left without a
 * rule, each with the reason, so coverage can tell "not yet" from "not on purpose".
 */
public final class NotEncoded {
    public static final String DIR = "not-encoded";

    /** {@code cite} is a full reference such as {@code DSP Art. 4(1)}. */
    public record Entry(String cite, String duty, String reason) { }

    private NotEncoded() { }

    public static List<Entry> load(Path sourcesDir) throws IOException {
        Path dir = sourcesDir.resolve(DIR);
        if (!Files.isDirectory(dir)) return List.of();
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                entries.addAll(yaml.readValue(f.toFile(), new TypeReference<List<Entry>>() { }));
            }
        }
        return entries;
    }
}
