package synthlex.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import synthlex.law.Citation;

/**
 * An evaluation answer as the pack reads it: from its JSON (what the API sends), never from the
 * Java records, so that members added to the answer later ({@code timing}, {@code due},
 * {@code summary}) are read when present and shown as "—" when not.
 */
final class Answer {
    /** Where an obligation stands in the plan: the plan has one section for each. */
    enum Section { APPLIES, UNDETERMINED, UPCOMING }

    private final JsonNode root;
    private final List<Ob> all = new ArrayList<>();

    Answer(JsonNode root, Sources sources) {
        this.root = root;
        for (JsonNode o : root.path("obligations")) {
            all.add(new Ob(o, "undetermined".equals(o.path("status").asText()) ? Section.UNDETERMINED : Section.APPLIES, sources));
        }
        for (JsonNode o : root.path("upcoming")) all.add(new Ob(o, Section.UPCOMING, sources));
    }

    JsonNode json() { return root; }

    String name() { return root.path("name").asText(); }

    String asOf() { return root.path("asOf").asText(); }

    String ruleBaseVersion() { return root.path("ruleBase").path("version").asText(); }

    /** Every obligation: applying, undetermined, then upcoming, each in the answer's order. */
    List<Ob> all() { return Collections.unmodifiableList(all); }

    List<Ob> in(Section section) {
        return all.stream().filter(o -> o.section() == section).toList();
    }

    List<Ob> where(Predicate<Ob> p) {
        return all.stream().filter(p).toList();
    }

    Optional<Ob> find(String id) {
        return all.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** One obligation of the answer. */
    static final class Ob {
        private final JsonNode node;
        private final Section section;
        private final List<Citation> citations = new ArrayList<>();
        private final Set<String> keys = new LinkedHashSet<>();

        Ob(JsonNode node, Section section, Sources sources) {
            this.node = node;
            this.section = section;
            for (JsonNode c : node.path("citations")) {
                Citation resolved = sources.of(c);
                citations.add(resolved);
                keys.add(Sources.key(resolved));
            }
        }

        JsonNode json() { return node; }

        Section section() { return section; }

        boolean applies() { return section == Section.APPLIES; }

        String id() { return node.path("id").asText(); }

        String kind() { return node.path("kind").asText(); }

        String bearer() { return node.path("bearer").asText(); }

        String status() { return node.path("status").asText(); }

        String title() { return node.path("title").asText(); }

        String summary() { return node.path("summary").asText(""); }

        /** The registered provisions the answer cites for it, in the answer's order. */
        List<Citation> citations() { return citations; }

        /** Whether the answer cites this provision for it (by the same key a document writes). */
        boolean cites(Sources sources, String ref) {
            return keys.contains(Sources.key(sources.ref(ref)));
        }

        boolean citesAny(Sources sources, String... refs) {
            for (String r : refs) if (cites(sources, r)) return true;
            return false;
        }

        List<String> missing() {
            List<String> out = new ArrayList<>();
            node.path("missing").forEach(m -> out.add(m.asText()));
            return out;
        }

        List<String> because() {
            List<String> out = new ArrayList<>();
            node.path("because").forEach(m -> out.add(m.asText()));
            return out;
        }

        JsonNode questions() { return node.path("questions"); }

        JsonNode reading() { return node.path("reading"); }

        JsonNode timing() { return node.path("timing"); }

        JsonNode due() { return node.path("due"); }

        String effective() { return node.path("effective").asText(""); }

        JsonNode upcomingCitations() { return node.path("upcomingCitations"); }
    }
}
