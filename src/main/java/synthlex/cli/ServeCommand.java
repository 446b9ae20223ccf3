package synthlex.cli;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import synthlex.api.ApiServer;
import synthlex.api.ServerOptions;
import synthlex.audit.DecisionLog;
import synthlex.reload.RuleBaseHolder;
import synthlex.reload.RulesWatcher;
import synthlex.rules.RuleBase;

/** Starts the HTTP API on the rule base in --rules. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the HTTP API.",
        footer = "%nPOST /v1/rulebase/reload is enabled only when the environment variable SYNTHLEX_ADMIN_TOKEN is set;"
                + " callers send Authorization: Bearer <token>.%n"
                + "Writes to the register need Authorization: Bearer <token> when SYNTHLEX_API_TOKEN is set; without it they are"
                + " allowed only while bound to loopback (the default), else the register is read-only.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}; use 0.0.0.0 to accept other machines).")
    String host;

    @Mixin RulesOption rules;

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "tests-scenarios",
            description = "Scenarios a reload must pass (default: ${DEFAULT-VALUE}).")
    Path scenarios;

    @Option(names = "--watch", description = "Reload when files under --rules change (built aside, linted, scenarios run, then swapped).")
    boolean watch;

    @Option(names = "--decision-log", paramLabel = "FILE", description = "Append one JSON line per answered evaluation.")
    Path decisionLog;

    @Option(names = "--decision-log-max-bytes", defaultValue = "67108864",
            description = "Rotate the decision log at this size (default: ${DEFAULT-VALUE}).")
    long decisionLogMaxBytes;

    @Option(names = "--redact", description = "Log a hash of each input instead of the input itself.")
    boolean redact;

    @Option(names = "--max-body-bytes", defaultValue = "1000000", description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Let browsers on this origin (e.g. https://app.example.com) call the API; repeatable. Off by default.")
    java.util.List<String> corsOrigins = new java.util.ArrayList<>();

    @Option(names = "--max-batch", defaultValue = "1000", description = "Most services in one batch (default: ${DEFAULT-VALUE}).")
    int maxBatch;

    @Option(names = "--max-connections", defaultValue = "1000",
            description = "Most connections held at once; more wait until one closes (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--database", paramLabel = "PATH_OR_URL", defaultValue = synthlex.register.Database.DEFAULT_SPEC,
            description = "The register of services: a SQLite file (default: ${DEFAULT-VALUE}, created with its folder),"
                    + " jdbc:postgresql://HOST[:PORT]/DB (user and password from SYNTHLEX_DB_USER and SYNTHLEX_DB_PASSWORD),"
                    + " or none for no register.")
    String database;

    @Option(names = "--webhook", paramLabel = "URL",
            description = "POST every change record of the register to this URL (signed with SYNTHLEX_WEBHOOK_SECRET when set).")
    java.net.URI webhook;

    @Option(names = "--bench-static", paramLabel = "FILE", hidden = true,
            description = "Benchmarking only: also answer POST /bench/static with the pre-serialised answer for FILE.")
    Path benchStatic;

    @Option(names = "--exit-when-ready", hidden = true,
            description = "Build only: start, answer one evaluation over HTTP, stop (the training run of the class-data archive).")
    boolean exitWhenReady;

    @Spec CommandSpec spec;

    @Override public Integer call() throws InterruptedException, IOException {
        if (maxConnections < 1) throw new ParameterException(spec.commandLine(), "--max-connections " + maxConnections + " must be at least 1");
        if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port " + port + " is not a port; use 1-65535 (0 picks a free one)");
        rules.check(spec.commandLine());
        RegisterSetup.check(spec.commandLine(), database, webhook);
        checkPortFree(); // before the rule base is built: a taken port is known in a moment, not after the build
        if (benchStatic != null) Errors.checkInputFile(spec.commandLine(), benchStatic);
        RuleBase ruleBase = rules.loadOrReport();
        if (ruleBase == null) return 2;
        RuleBaseHolder holder = new RuleBaseHolder(ruleBase, rules.dir, scenarios);
        DecisionLog log = decisionLog == null ? null : new DecisionLog(decisionLog, decisionLogMaxBytes, 5);
        String token = System.getenv("SYNTHLEX_ADMIN_TOKEN");
        ServerOptions options = ServerOptions.of(holder, token, log, redact, maxBodyBytes).withCorsOrigins(corsOrigins).withMaxBatch(maxBatch)
                .withMaxConnections(maxConnections);
        if (benchStatic != null) {
            options = options.withBenchStaticBody(synthlex.json.Json.compactBytes(new synthlex.engine.Evaluator(ruleBase)
                    .evaluate(synthlex.input.ServiceDescriptionParser.parse(java.nio.file.Files.readString(benchStatic)))));
        }
        RegisterSetup register = RegisterSetup.open(spec.commandLine(), database, webhook, holder);
        Javalin app = ApiServer.create(options, register.register(), System.getenv("SYNTHLEX_API_TOKEN"));
        CountDownLatch stop = new CountDownLatch(1);
        // SIGTERM and Ctrl-C: stop taking requests, let those in flight finish, close the log, exit 0
        for (String name : new String[] {"TERM", "INT"}) Signal.handle(new Signal(name), s -> stop.countDown());
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            if (log != null) log.close();
            register.close();
            throw new Errors.Failure("cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                    + "); stop what is using the port or pass --port N");
        }
        if (exitWhenReady) { // the build's training run: nothing to tell anyone
            TrainingRun.evaluateOnce(host, app.port());
            TrainingRun.reload(holder);
            app.stop();
            register.close();
            return 0;
        }
        RulesWatcher watcher = watch ? new RulesWatcher(holder, 1000) : null;
        System.out.println("synthlex serving " + ruleBase.rules().size() + " rules (" + ruleBase.version()
                + ") on http://" + host + ":" + app.port() + "/" + (watch ? ", watching " + rules.dir : "")
                + (token == null || token.isBlank() ? "" : ", reload enabled") + register.describe());
        stop.await();
        System.out.println("stopping: finishing requests in flight, refusing new ones");
        try {
            app.stop();
        } catch (RuntimeException e) { // Jetty's stop timeout ran out: report it below rather than die with a trace
            System.out.println("stopping: " + e.getMessage());
        }
        int cutOff = synthlex.api.GracefulStop.cutOff(app.jettyServer().server());
        if (watcher != null) watcher.close();
        register.close();
        if (log != null) log.close();
        if (cutOff > 0) {
            System.out.println("stopped; " + cutOff + " request(s) in flight were cut off unanswered");
            return 1;
        }
        System.out.println("stopped");
        return 0;
    }

    private void checkPortFree() {
        if (port == 0) return;
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new Errors.Failure("cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                    + "); stop what is using the port or pass --port N");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
