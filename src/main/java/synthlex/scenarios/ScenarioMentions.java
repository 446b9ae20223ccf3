package synthlex.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The ids a scenario file names under {@code expect} and {@code forbid}, read from its raw YAML
 * tree, so that lint and the rulebook agree on which sections name obligations and which name
 * classifications.
 */
public final class ScenarioMentions {
    /** Sections whose entries name obligations (an id, or an object with an {@code id}); a dot goes one level down. */
    public static final String[] OBLIGATION_SECTIONS = {"obligations", "upcoming", "nearMisses", "summary.next"};
    public static final String[] CLASSIFICATION_SECTIONS = {"classifications"};

    /** One id named in a scenario; {@code forbidden} when it stands under {@code forbid}. */
    public record Mention(String id, boolean forbidden) { }

    private ScenarioMentions() { }

    public static List<Mention> of(JsonNode scenario, String... sections) {
        List<Mention> out = new ArrayList<>();
        for (String part : new String[] {"expect", "forbid"}) {
            for (String section : sections) {
                JsonNode list = scenario.path(part);
                for (String step : section.split("\\.")) list = list.path(step);
                for (JsonNode e : list) {
                    String id = e.isTextual() ? e.asText() : e.path("id").asText(null);
                    if (id != null) out.add(new Mention(id, part.equals("forbid")));
                }
            }
        }
        return out;
    }
}
