package synthlex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import synthlex.rules.RuleBaseLoader;

/** A batch of 1 to 1,000 services (the facts/ examples in turn), evaluated and written as the batch route does. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class BatchBench {
    @Param({"1", "10", "100", "1000"})
    int size;

    Evaluator evaluator;
    List<ServiceDescription> batch = new ArrayList<>();

    @Setup
    public void setUp() throws Exception {
        evaluator = new Evaluator(RuleBaseLoader.load(Path.of("rules")));
        List<Path> files = Services.bySize();
        for (int i = 0; i < size; i++) batch.add(ServiceDescriptionParser.parse(Files.readString(files.get(i % files.size()))));
    }

    @Benchmark
    public long evaluateBatch() throws java.io.IOException {
        List<Evaluation> results = new ArrayList<>(batch.size());
        for (ServiceDescription s : batch) results.add(evaluator.evaluate(s));
        return Written.bytes(java.util.Map.of("results", results));
    }
}
