package synthlex.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;
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
import synthlex.facts.AsOf;
import synthlex.input.ServiceDescriptionParser;
import synthlex.model.ServiceDescription;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleBaseLoader;

/**
 * Where an evaluation's time goes inside the rule engine: taking and returning a pooled session,
 * inserting the facts, and firing the rules (with our consequences), against a whole evaluation.
 * In package synthlex.engine to reach the evaluator's parts; setup prints how many facts each
 * service inserts and how many rules fire.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBench {
    @Param({"app-store.json", "face-swap-app.json", "short-video-platform.json"})
    String service;

    RuleBase ruleBase;
    ServiceDescription description;

    @Setup
    public void setUp() throws Exception {
        ruleBase = RuleBaseLoader.load(Path.of("rules"));
        description = ServiceDescriptionParser.parse(Files.readString(Path.of("facts", service)));
        System.out.println(service + ": " + FactMapper.facts(description).size() + " facts inserted, " + fire() + " rules fired");
    }

    @Benchmark
    public void sessionOnly() {
        ruleBase.release(ruleBase.newSession());
    }

    @Benchmark
    public int insertOnly() {
        KieSession session = ruleBase.newSession();
        try {
            for (Object fact : FactMapper.facts(description)) session.insert(fact);
            return (int) session.getFactCount();
        } finally {
            ruleBase.release(session);
        }
    }

    /** Insert and fire, as the evaluator does, without merging what fired into an answer. */
    @Benchmark
    public int fire() {
        KieSession session = ruleBase.newSession();
        Derivations.begin(ruleBase);
        try {
            for (Object fact : FactMapper.facts(description)) session.insert(fact);
            session.insert(new AsOf(LocalDate.of(2026, 1, 1)));
            return session.fireAllRules();
        } finally {
            Derivations.end();
            ruleBase.release(session);
        }
    }

    @Benchmark
    public Evaluation evaluate() {
        return new Evaluator(ruleBase).evaluate(description);
    }
}
