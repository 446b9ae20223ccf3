package synthlex.cli;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import synthlex.rules.Coverage;
import synthlex.rules.Coverage.Line;
import synthlex.rules.Coverage.State;
import synthlex.rules.RuleBase;

/** Per instrument, every duty line of the research base and the rules that encode it; exit 1 if any is neither encoded nor explained. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Print, per instrument, every duty-bearing provision and the rules that encode it.")
final class CoverageCommand implements Callable<Integer> {
    @Mixin RulesOption rules;

    @Override public Integer call() throws IOException {
        RuleBase ruleBase = rules.loadOrReport();
        if (ruleBase == null) return 2;
        List<Line> lines = Coverage.of(ruleBase);
        Map<String, List<Line>> byInstrument = lines.stream()
                .collect(Collectors.groupingBy(Line::instrument, TreeMap::new, Collectors.toList()));
        byInstrument.forEach((instrument, list) -> {
            long encoded = list.stream().filter(l -> l.state() == State.ENCODED).count();
            System.out.println("== " + instrument + ": " + encoded + " of " + list.size() + " duty lines encoded");
            for (Line l : list) {
                String mark = switch (l.state()) {
                    case ENCODED -> "encoded     ";
                    case NOT_ENCODED -> "not encoded ";
                    case MISSING -> "MISSING     ";
                };
                System.out.println("  " + mark + l.cite() + "  [" + l.kind() + "] " + l.duty());
                if (l.state() == State.ENCODED) System.out.println("               by " + String.join("; ", l.rules()));
                if (l.state() == State.NOT_ENCODED) System.out.println("               why: " + l.reason().trim());
            }
            System.out.println();
        });
        long missing = lines.stream().filter(l -> l.state() == State.MISSING).count();
        System.out.println("duty lines: " + lines.size() + ", encoded " + lines.stream().filter(l -> l.state() == State.ENCODED).count()
                + ", not encoded with a reason " + lines.stream().filter(l -> l.state() == State.NOT_ENCODED).count()
                + ", missing " + missing);
        return missing == 0 ? 0 : 1;
    }
}
