package synthlex.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import synthlex.engine.Evaluation;
import synthlex.engine.Evaluator;
import synthlex.input.ServiceDescriptionParser;
import synthlex.model.ServiceDescription;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleBaseLoader;

/**
 * How evaluation and rule-base build time grow with the rule base: x1, x4 and x16 copies of the
 * real rules (each copy's rules and obligation ids renamed, so every copy fires and is merged as
 * its own obligation), evaluated on the largest service in facts/.
 */
@State(Scope.Benchmark)
@Fork(1)
public class GrowthBench {
    @Param({"1", "4", "16"})
    int scale;

    Path rules;
    Evaluator evaluator;
    ServiceDescription service;

    @Setup
    public void setUp() throws IOException {
        rules = copies(scale);
        evaluator = new Evaluator(RuleBaseLoader.load(rules));
        service = ServiceDescriptionParser.parse(Files.readString(Services.pick("largest")));
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public Evaluation evaluateLargest() {
        return evaluator.evaluate(service);
    }

    /** Compiling the rules, as a changed rule base does (the compiled-rules cache is off in this fork). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    @Fork(value = 1, jvmArgsAppend = "-Dsynthlex.ruleCache=off")
    public RuleBase buildRuleBase() {
        return RuleBaseLoader.load(rules);
    }

    /** Loading unchanged rules, which read their compiled form from the cache the setup's load wrote. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    public RuleBase loadUnchangedRuleBase() {
        return RuleBaseLoader.load(rules);
    }

    /** The real rules plus scale-1 renamed copies of every .drl file. */
    static Path copies(int scale) throws IOException {
        Path dir = Files.createTempDirectory("synthlex-growth-");
        Path rules = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.toList()) {
                Path to = rules.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to); else Files.copy(p, to);
            }
        }
        try (Stream<Path> drls = Files.list(Path.of("rules"))) {
            for (Path drl : drls.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(drl, StandardCharsets.UTF_8);
                for (int k = 2; k <= scale; k++) {
                    String copy = text.replaceAll("(?m)^rule \"([^\"]+)\"", "rule \"$1 (copy " + k + ")\"")
                            .replaceAll("@id\\(\"([^\"]+)\"\\)", "@id(\"$1.copy-" + k + "\")");
                    Files.writeString(rules.resolve("copy-" + k + "-" + drl.getFileName()), copy);
                }
            }
        }
        return rules;
    }
}
