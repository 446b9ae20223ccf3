package synthlex.mutation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import synthlex.MiniRules;

/**
 * A tiny project for the mutation check: MiniRules' instrument and three rules in rules/test.drl
 * (MiniRules' classification, an obligation citing two provisions that rests on it, an obligation
 * for chat services), and scenarios a test writes into tests-scenarios/.
 */
public final class MiniMutation {
    /** An obligation rule citing two provisions, resting on the classification, and one for chat services. */
    public static final String OBLIGATIONS = """
            rule "Label"
                @id("tst.label") @kind("labelling") @bearer("service-provider") @cites("TST Art. 1; TST Art. 2(1)") @timing("ongoing") @title("Label")
            when
                HasRole( role == Role.SERVICE_PROVIDER )
                Classification( id == "publisher" )
            then
                obligation(drools);
            end

            rule "Show the number"
                @id("tst.number") @kind("notice") @bearer("service-provider") @cites("TST Art. 2(2)") @timing("ongoing") @title("Show")
            when
                HasRole( role == Role.SERVICE_PROVIDER )
                HasCapability( capability == Capability.CHAT )
            then
                obligation(drools);
            end
            """;

    /** A publishing service judged on 2030-06-01 (TST in force; Art. 2(2) only from 2031). */
    public static final String PUBLISHER = "{ name: pub, roles: [service-provider], informationPublishing: true }";

    private MiniMutation() { }

    /** The project directory: rules/ with test.drl, and an empty tests-scenarios/. */
    static Path project(Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "test.drl", MiniRules.PUBLISHING_SERVICE + "\n" + OBLIGATIONS);
        Files.createDirectories(tmp.resolve("tests-scenarios"));
        return tmp;
    }

    public static void scenario(Path project, String file, String yaml) throws IOException {
        Files.writeString(project.resolve("tests-scenarios").resolve(file), yaml);
    }
}
