package synthlex.law;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code rules/sources/not-encoded.yaml}: duty lines deliberately left without a rule, each with
 * the reason, so coverage can tell "not yet" from "not on purpose".
 */
public record NotEncoded(List<Entry> entries) {
    public static final String FILE = "not-encoded.yaml";

    /** {@code cite} is a full reference such as {@code DSP Art. 4(1)}. */
    public record Entry(String cite, String duty, String reason) { }

    public static NotEncoded load(Path sourcesDir) throws IOException {
        Path file = sourcesDir.resolve(FILE);
        if (!Files.exists(file)) return new NotEncoded(List.of());
        ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return yaml.readValue(file.toFile(), NotEncoded.class);
    }
}
