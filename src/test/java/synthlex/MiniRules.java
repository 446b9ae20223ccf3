package synthlex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny rules directory for engine tests: one made-up instrument "TST" (in force 2030-01-01, with
 * a later provision in force 2031-01-01) and whatever .drl files a test writes beside it.
 */
public final class MiniRules {
    public static final String HEADER = """
            package rules;
            import synthlex.facts.*;
            import synthlex.model.*;
            import function synthlex.engine.RuleActions.obligation;
            import function synthlex.engine.RuleActions.classify;
            """;

    /** A classification rule on the made-up instrument: "publisher", when users may publish (or that is unknown). */
    public static final String PUBLISHING_SERVICE = """
            rule "Publishing service"
                @classifies("publisher") @title("Publishes") @cites("TST Art. 1")
            when
                Flag( field == Field.INFORMATION_PUBLISHING, possiblyTrue )
            then
                classify(drools);
            end
            """;

    private MiniRules() { }

    public static Path create(Path dir) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("rules/sources"));
        Files.writeString(sources.resolve("test-measures.zh.txt"), """
                第一条　提供服务，应当标识。
                第二条　提供服务的，应当备案。
                前款规定的服务提供者应当公示备案编号。
                """);
        Files.writeString(sources.resolve("test-measures.yaml"), """
                id: test-measures
                abbreviation: TST
                shortTitle: Test Measures
                effective: '2030-01-01'
                status: in-force
                fullText: test-measures.zh.txt
                provisions:
                  - { article: 1, text: 提供服务，应当标识。, summary: Label., verification: verbatim }
                  - article: 2
                    text: "提供服务的，应当备案。\\n前款规定的服务提供者应当公示备案编号。"
                    summary: File and show the number.
                    verification: verbatim
                  - { article: 2, paragraph: 1, text: 提供服务的，应当备案。, summary: File., verification: verbatim }
                  - { article: 2, paragraph: 2, text: 前款规定的服务提供者应当公示备案编号。, summary: Show the number., verification: verbatim, effective: '2031-01-01' }
                """);
        return dir.resolve("rules");
    }

    public static Path write(Path rules, String file, String body) throws IOException {
        return Files.writeString(rules.resolve(file), HEADER + body);
    }
}
