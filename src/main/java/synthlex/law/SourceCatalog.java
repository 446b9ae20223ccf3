package synthlex.law;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The registered law: every instrument in {@code rules/sources/}, its provisions and its full text.
 * Loading checks that each provision's text is a verbatim substring of the registered full text,
 * so a quotation can never drift from the source it claims.
 */
public final class SourceCatalog {
    private static final Pattern REF = Pattern.compile("^\\s*(\\S+) Art\\. (\\d+)(?:\\((\\d+)\\))?(?:\\((\\d+)\\))?\\s*$");
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The current text of each instrument (the edition not superseded). */
    private final Map<String, Instrument> byId = new LinkedHashMap<>();
    /** Every registered text, earlier editions of an amended instrument included. */
    private final List<Instrument> all = new ArrayList<>();
    private final Map<String, Instrument> byAbbreviation = new LinkedHashMap<>();
    private final Map<String, String> fullTexts = new LinkedHashMap<>();
    /** Each provision's citation, made once: rules cite the same provisions many times, and making one renders its JSON. */
    private final Map<String, Citation> citations = new java.util.concurrent.ConcurrentHashMap<>();

    private SourceCatalog() { }

    /** Loads every {@code *.yaml} directly in {@code dir}; problems are collected, not thrown one by one. */
    public static SourceCatalog load(Path dir, String displayRoot, List<String> problems) {
        SourceCatalog catalog = new SourceCatalog();
        if (!Files.isDirectory(dir)) {
            problems.add(displayRoot + ": no sources directory; every rule cites law registered there");
            return catalog;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(displayRoot + ": cannot list: " + e.getMessage());
            return catalog;
        }
        for (Path file : files) {
            String shown = displayRoot + "/" + file.getFileName();
            try {
                catalog.add(YAML.readValue(file.toFile(), Instrument.class), file.getParent(), shown, problems);
            } catch (IOException e) {
                problems.add(shown + ": cannot read: " + firstLine(e.getMessage()));
            }
        }
        return catalog;
    }

    private void add(Instrument in, Path dir, String shown, List<String> problems) {
        if (in.id() == null || in.abbreviation() == null || in.shortTitle() == null
                || in.status() == null || in.provisions() == null) {
            problems.add(shown + ": id, abbreviation, shortTitle, status and provisions are required");
            return;
        }
        if (in.effective() == null && in.status() != InstrumentStatus.DRAFT) {
            problems.add(shown + ": effective is required for law that is not a draft");
            return;
        }
        if (byAbbreviation.containsKey(in.abbreviation())) {
            problems.add(shown + ": abbreviation '" + in.abbreviation() + "' is registered twice");
            return;
        }
        boolean earlierEdition = in.supersededOn() != null;
        if (earlierEdition && in.edition() == null) {
            problems.add(shown + ": an earlier text (supersededOn) must name its edition");
            return;
        }
        if (!earlierEdition && byId.containsKey(in.id())) {
            problems.add(shown + ": instrument id '" + in.id() + "' is registered twice (an earlier text of an amended instrument gives supersededOn and edition)");
            return;
        }
        String fullText = "";
        if (in.fullText() != null) {
            try {
                fullText = Files.readString(dir.resolve(in.fullText()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(shown + ": full text " + in.fullText() + " cannot be read: " + e.getMessage());
            }
        }
        Map<String, Provision> seen = new LinkedHashMap<>();
        for (Provision p : in.provisions()) {
            String ref = Citation.ref(in.abbreviation(), p.article(), p.paragraph(), p.item());
            if (seen.put(ref, p) != null) problems.add(shown + ": provision " + ref + " is registered twice");
            if (p.verification() == null) problems.add(shown + ": " + ref + " has no verification mark");
            if (p.summary() == null || p.summary().isBlank()) problems.add(shown + ": " + ref + " has no English summary");
            if (p.verification() == Verification.SUMMARY) {
                if (p.text() != null) problems.add(shown + ": " + ref + " is marked summary but quotes a text");
            } else if (p.text() == null || p.text().isBlank()) {
                problems.add(shown + ": " + ref + " has no verbatim text (mark it 'summary' if none is known)");
            } else if (!fullText.contains(p.text())) {
                problems.add(shown + ": " + ref + " text is not a verbatim substring of " + in.fullText());
            }
        }
        if (!earlierEdition) byId.put(in.id(), in);
        all.add(in);
        byAbbreviation.put(in.abbreviation(), in);
        fullTexts.put(in.abbreviation(), fullText);
    }

    /** Every registered text, earlier editions of amended instruments included (each with its own abbreviation). */
    public Collection<Instrument> instruments() { return all; }

    /** The current texts only: one per instrument id. */
    public Collection<Instrument> currentInstruments() { return byId.values(); }

    public Optional<Instrument> instrument(String id) { return Optional.ofNullable(byId.get(id)); }

    /** Every provision of an instrument as a citation (pinpoint, label, verbatim text, paraphrase), in order. */
    public List<Citation> provisions(Instrument in) {
        return in.provisions().stream().map(p -> citation(in, p)).toList();
    }

    /** The registered full text of one text, by its abbreviation (an instrument's editions each have their own). */
    public String fullText(String abbreviation) { return fullTexts.getOrDefault(abbreviation, ""); }

    /**
     * Resolves a reference such as {@code DSP Art. 17(1)(3)}. On a single-paragraph article,
     * {@code Art. N(1)} is the article itself and {@code Art. N(1)(i)} its item i.
     */
    public Citation resolve(String ref) {
        Matcher m = REF.matcher(ref);
        if (!m.matches()) {
            throw new UnresolvedCitationException("'" + ref + "' is not a citation of the form 'ABBR Art. N(p)(i)'");
        }
        Instrument in = byAbbreviation.get(m.group(1));
        if (in == null) {
            throw new UnresolvedCitationException("'" + ref + "': no instrument abbreviated '" + m.group(1)
                    + "' is registered (known: " + String.join(", ", byAbbreviation.keySet()) + ")");
        }
        int article = Integer.parseInt(m.group(2));
        Integer paragraph = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        Integer item = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        boolean hasParagraphs = in.provisions().stream().anyMatch(p -> p.article() == article && p.paragraph() != null);
        if (!hasParagraphs && Objects.equals(paragraph, 1)) paragraph = null;
        Integer para = paragraph;
        return in.provisions().stream()
                .filter(p -> p.article() == article && Objects.equals(p.paragraph(), para) && Objects.equals(p.item(), item))
                .findFirst()
                .map(p -> citation(in, p))
                .orElseThrow(() -> new UnresolvedCitationException("'" + ref + "' is not registered in rules/sources/" + in.id() + ".yaml"));
    }

    /** Resolves a {@code ;}-separated list, as {@code @cites} holds it. */
    public List<Citation> resolveAll(String refs) {
        List<Citation> out = new ArrayList<>();
        for (String ref : refs.split(";")) {
            if (!ref.isBlank()) out.add(resolve(ref.trim()));
        }
        return out;
    }

    private Citation citation(Instrument in, Provision p) {
        return citations.computeIfAbsent(Citation.ref(in.abbreviation(), p.article(), p.paragraph(), p.item()), k -> Citation.of(in, p));
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
