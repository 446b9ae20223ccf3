package synthlex.register;

import java.io.IOException;
import java.nio.file.Files;
import synthlex.MiniRules;
import synthlex.reload.ReloadOutcome;

/** Rule changes for the register tests: written to the fixture's rules directory and reloaded as the server would. */
final class MiniRulesChange {
    private MiniRulesChange() { }

    /** Replaces the rule file, makes the scenarios name what it has, and reloads; fails unless it was swapped in. */
    static void reload(Fixture f, String drl, String... scenarioIdPairs) throws IOException {
        MiniRules.write(f.rules, "x.drl", drl);
        try (var files = Files.list(f.scenarios)) {
            for (var p : files.toList()) Files.delete(p);
        }
        for (int i = 0; i < scenarioIdPairs.length; i += 2) Fixture.scenario(f.rules.getParent(), scenarioIdPairs[i], scenarioIdPairs[i + 1]);
        if (drl.contains("tst.show-number")) Files.writeString(f.scenarios.resolve("show.yaml"), """
                name: show the number, from 2031
                service: { name: x, roles: [service-provider], asOf: 2030-06-01 }
                expect:
                  upcoming: [ { id: tst.show-number, effective: 2031-01-01 } ]
                """);
        ReloadOutcome o = f.holder.reload();
        if (!o.swapped()) throw new AssertionError("reload refused: " + o.errors());
    }

    /** The fixture's rules plus "show the number" (TST Art. 2(2), in force 2031-01-01). */
    static void addShowNumber(Fixture f) throws Exception {
        reload(f, Fixture.LABEL + Fixture.FILING + Fixture.SHOW_NUMBER, "label", "tst.label", "filing", "tst.filing");
        f.awaitIdle();
    }
}
