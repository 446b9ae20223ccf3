package synthlex.cli;

import picocli.CommandLine.Command;

@Command(name = "coverage", description = "Print, per instrument, every duty-bearing provision and the rules that encode it.")
final class CoverageCommand implements java.util.concurrent.Callable<Integer> {
    @Override public Integer call() { return 0; }
}
