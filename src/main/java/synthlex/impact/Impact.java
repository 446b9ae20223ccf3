package synthlex.impact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import synthlex.engine.Evaluation;
import synthlex.engine.Evaluation.ObligationResult;
import synthlex.engine.Evaluator;
import synthlex.input.ServiceDescriptionParser;
import synthlex.law.Citation;
import synthlex.model.ServiceDescription;
import synthlex.rules.RuleBase;
import synthlex.scenarios.ScenarioRunner;
import synthlex.timing.Timing;

/**
 * What a rule change does, before it lands: every scenario's service and every facts/ file is
 * evaluated against both rule sets, and the obligations and citations added, removed or changed
 * are listed per service.
 */
public final class Impact {

    public record ServiceImpact(String service, List<String> added, List<String> removed, List<String> changed) {
        public boolean isEmpty() { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
    }

    private Impact() { }

    public static Path rulesFor(String against, Path projectRoot) throws IOException {
        return RuleSetSource.resolve(against, projectRoot);
    }

    public static List<ServiceImpact> compare(RuleBase before, RuleBase after, Path scenariosDir, Path factsDir) throws IOException {
        Path root = scenariosDir.toAbsolutePath().normalize().getParent();
        Map<String, ServiceDescription> services = new LinkedHashMap<>();
        ScenarioRunner runner = new ScenarioRunner(new Evaluator(after), root);
        for (Path f : ScenarioRunner.scenarioFiles(scenariosDir)) {
            try {
                services.put(root.relativize(f.toAbsolutePath().normalize()).toString(), runner.serviceOf(f));
            } catch (RuntimeException e) {
                services.put(f + " (unreadable: " + e.getMessage() + ")", null);
            }
        }
        if (Files.isDirectory(factsDir)) {
            try (Stream<Path> files = Files.list(factsDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    services.put(root.relativize(f.toAbsolutePath().normalize()).toString(),
                            ServiceDescriptionParser.parse(Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        List<ServiceImpact> out = new ArrayList<>();
        Evaluator old = new Evaluator(before), now = new Evaluator(after);
        services.forEach((name, s) -> {
            if (s == null) return;
            out.add(diff(name, old.evaluate(s), now.evaluate(s)));
        });
        return out;
    }

    /** What changes between two answers for one service: obligations (and upcoming ones) added, removed or changed. */
    public static ServiceImpact diff(String name, Evaluation before, Evaluation after) {
        Map<String, ObligationResult> was = byId(before), is = byId(after);
        List<String> added = new ArrayList<>(), removed = new ArrayList<>(), changed = new ArrayList<>();
        is.forEach((id, o) -> {
            if (!was.containsKey(id)) added.add(id + " (" + o.status().code() + ", " + refs(o) + ")");
        });
        was.forEach((id, o) -> {
            ObligationResult n = is.get(id);
            if (n == null) {
                removed.add(id + " (" + o.status().code() + ", " + refs(o) + ")");
                return;
            }
            List<String> plus = refs(n).stream().filter(c -> !refs(o).contains(c)).toList();
            List<String> minus = refs(o).stream().filter(c -> !refs(n).contains(c)).toList();
            List<String> what = new ArrayList<>();
            if (o.status() != n.status()) what.add("status " + o.status().code() + " -> " + n.status().code());
            if (!plus.isEmpty()) what.add("cites also " + plus);
            if (!minus.isEmpty()) what.add("no longer cites " + minus);
            if (!Objects.equals(o.kind(), n.kind())) what.add("kind " + o.kind().code() + " -> " + n.kind().code());
            if (!Objects.equals(o.bearer(), n.bearer())) what.add("bearer " + o.bearer().code() + " -> " + n.bearer().code());
            if (!Objects.equals(o.timing(), n.timing())) what.add("timing " + timing(o.timing()) + " -> " + timing(n.timing()));
            if (!what.isEmpty()) changed.add(id + ": " + String.join("; ", what));
        });
        return new ServiceImpact(name, added, removed, changed);
    }

    /** Obligations and upcoming ones, keyed by id (upcoming ones marked, so moving in or out of force shows). */
    private static Map<String, ObligationResult> byId(Evaluation e) {
        Map<String, ObligationResult> m = new LinkedHashMap<>();
        e.obligations().forEach(o -> m.put(o.id(), o));
        e.upcoming().forEach(o -> m.put(o.id() + " [upcoming]", o));
        return m;
    }

    /**
     * A timing in one line, as a rule file writes it, with its basis and any further deadlines:
     * {@code within P10D working-days from launch [Algorithm Recommendation Provisions Art. 24(1)]}.
     */
    public static String timing(Timing t) {
        if (t == null) return "no timing";
        StringBuilder b = new StringBuilder(t.when().code());
        if (t.period() != null) b.append(' ').append(t.period());
        if (t.countsWorkingDays()) b.append(" working-days");
        if (t.every() != null) b.append(" every ").append(t.every());
        if (t.from() != null) b.append(" from ").append(t.from().code());
        if (t.basis() != null) b.append(" [").append(t.basis()).append(']');
        if (t.also() != null) for (Timing a : t.also()) b.append("; also ").append(timing(a));
        return b.toString();
    }

    private static List<String> refs(ObligationResult o) {
        return o.citations().stream().map(Citation::ref).toList();
    }
}
