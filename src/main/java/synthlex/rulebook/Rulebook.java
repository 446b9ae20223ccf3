package synthlex.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import synthlex.law.Citation;
import synthlex.law.Instrument;
import synthlex.rules.Coverage;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleInfo;
import synthlex.scenarios.ScenarioMentions;
import synthlex.scenarios.ScenarioRunner;
import synthlex.timing.TimingSpec;

/**
 * The rulebook: per instrument, each provision's verbatim text and paraphrase beside the rules
 * that encode it, their conditions in plain words, the scenarios that exercise them and the
 * coverage of the research base's duty lines. Rendered as HTML (served at /rulebook/) and Markdown.
 */
public final class Rulebook {
    private final RuleBase rb;
    private final Conditions conditions;
    private final Map<String, TreeSet<String>> scenariosByObligation = new TreeMap<>();
    private final Map<String, List<Coverage.Line>> dutiesByProvision = new LinkedHashMap<>();

    public Rulebook(RuleBase rb, Path scenariosDir) throws IOException {
        this.rb = rb;
        this.conditions = new Conditions(rb);
        if (Files.isDirectory(scenariosDir)) {
            YAMLMapper yaml = new YAMLMapper();
            for (Path f : ScenarioRunner.scenarioFiles(scenariosDir)) {
                JsonNode s = yaml.readTree(f.toFile());
                String name = scenariosDir.getFileName() + "/" + scenariosDir.relativize(f);
                for (ScenarioMentions.Mention m : ScenarioMentions.of(s, ScenarioMentions.OBLIGATION_SECTIONS)) {
                    scenariosByObligation.computeIfAbsent(m.id(), k -> new TreeSet<>()).add(name + (m.forbidden() ? " (forbids)" : ""));
                }
            }
        }
        for (Coverage.Line l : Coverage.of(rb)) dutiesByProvision.computeIfAbsent(l.cite(), k -> new ArrayList<>()).add(l);
    }

    /** File name -> content: index.html, index.md, and one .html and .md per instrument. */
    public Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index.html", Html.page("synthlex rulebook", indexHtml()));
        pages.put("index.md", indexMd());
        for (Instrument in : rb.sources().instruments()) {
            pages.put(in.id() + ".html", Html.page(in.shortTitle() + " — synthlex rulebook", instrumentHtml(in)));
            pages.put(in.id() + ".md", instrumentMd(in));
        }
        return pages;
    }

    public void write(Path out) throws IOException {
        Files.createDirectories(out);
        for (Map.Entry<String, String> p : pages().entrySet()) Files.writeString(out.resolve(p.getKey()), p.getValue());
    }

    private record Counts(long encoded, long notEncoded, long missing, int total) { }

    private Counts counts(Instrument in) {
        List<Coverage.Line> lines = dutiesByProvision.values().stream().flatMap(List::stream)
                .filter(l -> l.instrument().equals(in.id())).toList();
        return new Counts(lines.stream().filter(l -> l.state() == Coverage.State.ENCODED).count(),
                lines.stream().filter(l -> l.state() == Coverage.State.NOT_ENCODED).count(),
                lines.stream().filter(l -> l.state() == Coverage.State.MISSING).count(), lines.size());
    }

    private List<RuleInfo> rulesCiting(Citation c) {
        return rb.rules().stream().filter(r -> r.citations().contains(c)).toList();
    }

    // ---- HTML ----------------------------------------------------------------------------------

    private String indexHtml() {
        StringBuilder h = new StringBuilder("<h1>synthlex rulebook</h1><p>Rule base <code>" + Html.esc(rb.version())
                + "</code>, " + rb.rules().size() + " rules. Each instrument page shows every provision's verbatim text and"
                + " paraphrase beside the rules that encode it.</p><table><tr><th>instrument</th><th>status</th><th>in force</th>"
                + "<th>provisions</th><th>duty lines encoded</th></tr>");
        for (Instrument in : rb.sources().instruments()) {
            Counts c = counts(in);
            h.append("<tr><td><a href=\"").append(Html.esc(in.id())).append(".html\">").append(Html.esc(in.title().zh()))
                    .append("<br>").append(Html.esc(in.shortTitle())).append("</a></td><td>").append(in.status().code())
                    .append("</td><td>").append(in.effective() == null ? "—" : in.effective()).append("</td><td>")
                    .append(in.provisions().size()).append("</td><td>").append(c.total == 0 ? "—" : c.encoded + " of " + c.total
                            + (c.notEncoded > 0 ? " (" + c.notEncoded + " not encoded, with reasons)" : "")
                            + (c.missing > 0 ? " <strong>" + c.missing + " missing</strong>" : "")).append("</td></tr>");
        }
        return h.append("</table>").toString();
    }

    private String instrumentHtml(Instrument in) {
        StringBuilder h = new StringBuilder("<p><a href=\"index.html\">← all instruments</a></p>");
        h.append("<h1>").append(Html.esc(in.title().zh())).append("</h1><h2 class=sub>").append(Html.esc(in.title().en())).append("</h2>");
        h.append("<table class=meta>");
        meta(h, "cited as", in.abbreviation());
        meta(h, "document number", in.documentNumber());
        meta(h, "promulgated", String.valueOf(in.promulgated()));
        meta(h, "in force", String.valueOf(in.effective()));
        meta(h, "status", in.status().code());
        meta(h, "source", in.sourceUrl());
        meta(h, "how the text was verified", in.textNote());
        Counts c = counts(in);
        meta(h, "duty lines", c.total == 0 ? "none recorded" : c.encoded + " encoded, " + c.notEncoded + " not encoded with a reason, " + c.missing + " missing");
        h.append("</table>");
        for (Citation p : rb.sources().provisions(in)) {
            boolean article = p.paragraph() == null && p.item() == null;
            h.append(article ? "<h2 id=\"art" + p.article() + "\">" : "<h3>").append(Html.esc(p.pinpoint())).append(" · ")
                    .append(Html.esc(p.label())).append(article ? "</h2>" : "</h3>");
            if (p.text() != null) h.append("<blockquote lang=zh>").append(Html.esc(p.text()).replace("\n", "<br>")).append("</blockquote>");
            h.append("<p>").append(Html.esc(p.summary())).append(" <span class=mark>").append(p.verification().code()).append("</span></p>");
            for (Coverage.Line d : dutiesByProvision.getOrDefault(p.ref(), List.of())) {
                String mark = switch (d.state()) { case ENCODED -> "✓ encoded"; case NOT_ENCODED -> "○ not encoded"; case MISSING -> "✗ missing"; };
                h.append("<p class=duty><span class=mark>").append(mark).append("</span> duty (").append(Html.esc(d.kind())).append("): ")
                        .append(Html.esc(d.duty())).append(d.reason() == null ? "" : " — <em>" + Html.esc(d.reason()) + "</em>").append("</p>");
            }
            for (RuleInfo r : rulesCiting(p)) h.append(ruleHtml(r));
        }
        return h.toString();
    }

    private String ruleHtml(RuleInfo r) {
        StringBuilder h = new StringBuilder("<div class=rule><p><strong>").append(Html.esc(r.title())).append("</strong><br>");
        h.append(r.isObligation() ? "obligation <code>" + Html.esc(r.obligationId()) + "</code> · " + r.kind().code() + " · borne by " + r.bearer().code()
                : "classification <code>" + Html.esc(r.classifies()) + "</code>");
        h.append(" · rule “").append(Html.esc(r.name())).append("” (").append(Html.esc(r.file())).append(":").append(r.line()).append(")</p>");
        if (r.summary() != null) h.append("<p>").append(Html.esc(r.summary())).append("</p>");
        if (r.isObligation()) h.append("<p class=timing>Timing: ").append(Html.esc(timing(r))).append("</p>");
        h.append("<p>Applies when the service:</p><ul>");
        for (String c : conditions.of(r)) h.append("<li>").append(Html.esc(c)).append("</li>");
        h.append("</ul>");
        if (r.reading() != null) {
            h.append("<p class=reading>Reading").append(r.reading().contested() ? " (contested)" : "").append(": ")
                    .append(Html.esc(r.reading().text())).append("</p>");
            if (r.reading().textZh() != null) h.append("<p class=reading lang=zh>解释立场：").append(Html.esc(r.reading().textZh())).append("</p>");
            if (r.reading().contested()) {
                h.append("<p class=reading>Alternative reading: ").append(Html.esc(r.reading().alternative())).append("</p>");
                if (r.reading().alternativeZh() != null) h.append("<p class=reading lang=zh>另一种解释：").append(Html.esc(r.reading().alternativeZh())).append("</p>");
            }
        }
        if (r.isObligation()) {
            TreeSet<String> scenarios = scenariosByObligation.getOrDefault(r.obligationId(), new TreeSet<>());
            h.append("<p class=scenarios>Scenarios: ").append(scenarios.isEmpty() ? "none" : Html.esc(String.join(", ", scenarios))).append("</p>");
        }
        return h.append("</div>").toString();
    }

    /**
     * A rule's timing as its metadata says it, each with the provision that fixes it, e.g.
     * {@code within P10D working-days from launch (Algorithm Recommendation Provisions Art. 24(1))}.
     */
    static String timing(RuleInfo r) {
        List<String> out = new ArrayList<>();
        for (TimingSpec t : r.timing()) {
            out.add(t.text() + " (" + (t.basis() != null ? t.basis().label() : "its own citation") + ")");
        }
        return String.join("; also ", out);
    }

    private static void meta(StringBuilder h, String key, String value) {
        if (value != null && !value.equals("null")) h.append("<tr><th>").append(key).append("</th><td>").append(Html.esc(value)).append("</td></tr>");
    }

    // ---- Markdown ------------------------------------------------------------------------------

    private String indexMd() {
        StringBuilder m = new StringBuilder("# synthlex rulebook\n\nRule base `" + rb.version() + "`, " + rb.rules().size() + " rules.\n\n"
                + "| instrument | status | in force | provisions | duty lines encoded |\n|---|---|---|---|---|\n");
        for (Instrument in : rb.sources().instruments()) {
            Counts c = counts(in);
            m.append("| [").append(in.title().zh()).append(" (").append(in.shortTitle()).append(")](").append(in.id()).append(".md) | ")
                    .append(in.status().code()).append(" | ").append(in.effective() == null ? "—" : in.effective()).append(" | ")
                    .append(in.provisions().size()).append(" | ").append(c.total == 0 ? "—" : c.encoded + " of " + c.total).append(" |\n");
        }
        return m.toString();
    }

    private String instrumentMd(Instrument in) {
        StringBuilder m = new StringBuilder("# " + in.title().zh() + "\n\n" + in.title().en() + " (" + in.abbreviation() + "), in force "
                + in.effective() + ", " + in.status().code() + ".\n\n" + (in.textNote() == null ? "" : in.textNote() + "\n\n"));
        for (Citation p : rb.sources().provisions(in)) {
            boolean article = p.paragraph() == null && p.item() == null;
            m.append(article ? "## " : "### ").append(p.pinpoint()).append(" · ").append(p.label()).append("\n\n");
            if (p.text() != null) m.append("> ").append(p.text().replace("\n", "\n>\n> ")).append("\n\n");
            m.append(p.summary()).append(" *(").append(p.verification().code()).append(")*\n\n");
            for (Coverage.Line d : dutiesByProvision.getOrDefault(p.ref(), List.of())) {
                m.append("- duty (").append(d.kind()).append(", ").append(d.state().name().toLowerCase().replace('_', ' ')).append("): ")
                        .append(d.duty()).append(d.reason() == null ? "" : " — " + d.reason().trim()).append("\n");
            }
            for (RuleInfo r : rulesCiting(p)) {
                m.append("\n**").append(r.title()).append("** — ").append(r.isObligation()
                        ? "`" + r.obligationId() + "`, " + r.kind().code() + ", borne by " + r.bearer().code()
                        : "classification `" + r.classifies() + "`").append(" (rule “").append(r.name()).append("”, ")
                        .append(r.file()).append(":").append(r.line()).append(")\n\n");
                if (r.isObligation()) m.append("- timing: ").append(timing(r)).append("\n");
                for (String c : conditions.of(r)) m.append("- when the service ").append(c).append("\n");
                if (r.reading() != null) {
                    m.append("- reading").append(r.reading().contested() ? " (contested)" : "").append(": ").append(r.reading().text()).append("\n");
                    if (r.reading().textZh() != null) m.append("- 解释立场: ").append(r.reading().textZh()).append("\n");
                    if (r.reading().contested()) m.append("- alternative reading: ").append(r.reading().alternative()).append("\n");
                    if (r.reading().alternativeZh() != null) m.append("- 另一种解释: ").append(r.reading().alternativeZh()).append("\n");
                }
                if (r.isObligation()) {
                    m.append("- scenarios: ").append(String.join(", ", scenariosByObligation.getOrDefault(r.obligationId(), new TreeSet<>()))).append("\n");
                }
            }
            m.append("\n");
        }
        return m.toString();
    }
}
