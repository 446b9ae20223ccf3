package synthlex.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import synthlex.TestRuleBase;
import synthlex.rules.Coverage.Line;
import synthlex.rules.Coverage.State;

/** Every duty line of the research base is encoded by a rule or listed as not encoded with a reason. */
class CoverageTest {
    @Test
    void no_duty_bearing_provision_is_neither_encoded_nor_explained() throws IOException {
        List<Line> lines = Coverage.of(TestRuleBase.get());
        List<String> missing = lines.stream().filter(l -> l.state() == State.MISSING).map(l -> l.cite() + " " + l.duty()).toList();
        assertEquals(List.of(), missing);
        assertTrue(lines.stream().filter(l -> l.state() == State.NOT_ENCODED).allMatch(l -> l.reason() != null && l.reason().length() > 20),
                "every deliberate gap says why");
    }

    @Test
    void every_registered_instrument_has_its_duty_lines_checked() throws IOException {
        Set<String> instruments = Coverage.of(TestRuleBase.get()).stream().map(Line::instrument).collect(Collectors.toSet());
        assertEquals(Set.of(
                "deep-synthesis-provisions", "algorithm-recommendation-provisions", "pipl", "generative-ai-measures",
                "ai-content-labeling-measures", "security-assessment-provisions",
                "cross-border-data-flow-provisions", "pi-compliance-audit-measures", "ethics-review-measures",
                "minors-online-protection-regulations", "face-recognition-measures", "anthropomorphic-ai-measures",
                "cybersecurity-law", "network-data-security-regulations"), instruments);
    }
}
