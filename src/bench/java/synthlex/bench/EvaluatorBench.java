package synthlex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
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
import synthlex.engine.Options;
import synthlex.input.ServiceDescriptionParser;
import synthlex.model.ServiceDescription;
import synthlex.rules.RuleBaseLoader;

/**
 * One evaluation with the full rule base, for the smallest and the largest service in facts/,
 * with and without explain; and the JSON of the answer, which carries every verbatim citation.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluatorBench {
    @Param({"smallest", "largest"})
    String service;

    @Param({"false", "true"})
    boolean explain;

    Evaluator evaluator;
    ServiceDescription description;
    Options options;
    Evaluation answer;
    String body;

    @Setup
    public void setUp() throws Exception {
        evaluator = new Evaluator(RuleBaseLoader.load(Path.of("rules")));
        body = Files.readString(Services.pick(service));
        description = ServiceDescriptionParser.parse(body);
        options = new Options(explain, Options.Lang.EN);
        answer = evaluator.evaluate(description, options);
    }

    @Benchmark
    public Evaluation evaluate() {
        return evaluator.evaluate(description, options);
    }

    /** Reading a request body: JSON, validated against the schema, into a service description. */
    @Benchmark
    public ServiceDescription parse() {
        return ServiceDescriptionParser.parse(body);
    }

    /** The answer as the API writes it: JSON streamed to the client (here, to a stream that counts bytes). */
    @Benchmark
    public long answerToJson() throws java.io.IOException {
        return Written.bytes(answer);
    }
}
