package synthlex.cli;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import synthlex.api.ApiServer;
import synthlex.rules.RuleBase;

/** Starts the HTTP API on the rule base in --rules. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the HTTP API.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}; use 0.0.0.0 to accept other machines).")
    String host;

    @Mixin RulesOption rules;

    @Override public Integer call() throws InterruptedException {
        RuleBase ruleBase = rules.loadOrReport();
        if (ruleBase == null) return 2;
        Javalin app = ApiServer.create(() -> ruleBase);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "shutdown"));
        app.start(host, port);
        System.out.println("synthlex serving " + ruleBase.rules().size() + " rules (" + ruleBase.version()
                + ") on http://" + host + ":" + app.port() + "/");
        stopped.await();
        return 0;
    }
}
