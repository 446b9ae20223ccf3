package synthlex.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import synthlex.engine.Evaluation;
import synthlex.engine.Evaluator;
import synthlex.engine.Options;
import synthlex.json.Json;
import synthlex.law.SourceCatalog;
import synthlex.model.ServiceDescription;

/**
 * The compliance pack: from a service description and the answer to it, the documents a product
 * team works from, in English ({@code en/}) and Chinese ({@code zh/}), each file in both:
 * {@code plan.md} and {@code checklist.csv} always (the checklist left out only when the answer
 * has no obligation), and {@code algorithm-filing-draft.md}, {@code security-self-assessment-outline.md},
 * {@code labelling-spec.md} and {@code consent-texts.md} where an obligation they serve applies
 * (the plan says why an absent one is absent).
 *
 * <p>The documents are written from the answer as JSON, exactly what the API sends, never from the Java records: members added to the answer later (timing,
 * due dates, the summary) are read where present. Every citation is resolved through the rule base's
 * {@link SourceCatalog}; the only text quoted as law is the registered text.
 */
public final class CompliancePack {
    /** The drafting documents, in the order the plan lists them. */
    static final List<Doc> DOCS = List.of(new FilingDraft(), new AssessmentOutline(), new LabellingSpec(), new ConsentTexts());

    /** One file of the pack: its path inside the zip (e.g. {@code en/plan.md}) and its bytes. */
    public record Entry(String path, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The answer in both languages; {@code logged} is the one the decision log records (the request's language). */
    public record Answers(Evaluation en, Evaluation zh, Evaluation logged) { }

    private final String slug;
    private final String asOf;
    private final List<Entry> entries;

    private CompliancePack(String slug, String asOf, List<Entry> entries) {
        this.slug = slug;
        this.asOf = asOf;
        this.entries = List.copyOf(entries);
    }

    /**
     * Evaluates the service in English and in Chinese (titles and summaries come from the rule base in
     * each language; which obligations apply does not depend on it). With {@code explain}, near misses
     * are added to the plan.
     */
    public static Answers evaluate(Evaluator evaluator, ServiceDescription service, Options options) {
        Evaluation en = evaluator.evaluate(service, new Options(options.explain(), Options.Lang.EN));
        Evaluation zh = evaluator.evaluate(service, new Options(options.explain(), Options.Lang.ZH));
        return new Answers(en, zh, options.lang() == Options.Lang.ZH ? zh : en);
    }

    /** The pack for a described service and its answers, on the law the rule base registers. */
    public static CompliancePack build(ServiceDescription service, Answers answers, SourceCatalog catalog) {
        return build(wire(service), wire(answers.en()), wire(answers.zh()), catalog);
    }

    /**
     * A value as the JSON the API sends. Not {@code valueToTree}: citations are written as
     * pre-rendered raw JSON (see {@code PreRendered}), which a tree built in memory keeps as an
     * opaque raw value; reading the written bytes back gives the real objects.
     */
    static JsonNode wire(Object value) {
        try {
            return Json.MAPPER.readTree(Json.compactBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pack from JSON: the description and the answer in each language, as the API would send them. */
    public static CompliancePack build(JsonNode description, JsonNode answerEn, JsonNode answerZh, SourceCatalog catalog) {
        Sources sources = new Sources(catalog);
        Ctx ctx = new Ctx(description, new Answer(answerEn, sources), new Answer(answerZh, sources), sources);
        boolean checklist = !ctx.en.all().isEmpty();
        List<Entry> entries = new ArrayList<>();
        for (Language lang : Language.values()) {
            entries.add(entry(lang, PlanDoc.FILE, PlanDoc.render(ctx, lang, DOCS, checklist)));
            if (checklist) entries.add(entry(lang, ChecklistCsv.FILE, ChecklistCsv.render(ctx, lang)));
            for (Doc d : DOCS) if (d.included(ctx)) entries.add(entry(lang, d.file(), d.render(ctx, lang)));
        }
        return new CompliancePack(slug(ctx.en.name()), ctx.en.asOf(), entries);
    }

    private static Entry entry(Language lang, String file, String text) {
        return new Entry(lang.dir + "/" + file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The files, English first, each language in the same order. */
    public List<Entry> entries() {
        return entries;
    }

    /** The file name the pack is offered under: {@code <slug>-compliance-pack.zip}. */
    public String fileName() {
        return slug + "-compliance-pack.zip";
    }

    /**
     * The service's name as a file-name part: lower-case ASCII letters and digits joined by hyphens
     * ({@code FaceFun} → {@code facefun}, {@code EchoVoice Cloning API} → {@code echovoice-cloning-api});
     * a name with none (e.g. only Chinese) gives {@code service}. Safe in a Content-Disposition header.
     */
    public static String slug(String name) {
        String s = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("-+$", "");
        return s.isEmpty() ? "service" : s;
    }

    /**
     * The zip. Entries are written in a fixed order with a fixed time (noon of the as-of date), so the
     * same answer gives the same bytes.
     */
    public void writeZip(OutputStream out) throws IOException {
        LocalDateTime time = time(asOf);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Entry e : entries) {
            ZipEntry z = new ZipEntry(e.path());
            z.setTimeLocal(time);
            zip.putNextEntry(z);
            zip.write(e.bytes());
            zip.closeEntry();
        }
        zip.finish();
    }

    public byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeZip(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the files unzipped under {@code dir} ({@code dir/en/plan.md}, …); returns the paths written. */
    public List<Path> writeFiles(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Entry e : entries) {
            Path p = dir.resolve(e.path());
            Files.createDirectories(p.getParent());
            Files.write(p, e.bytes());
            written.add(p);
        }
        return written;
    }

    private static LocalDateTime time(String asOf) {
        // the as-of date, not the clock: a pack is a function of the answer
        try {
            LocalDate d = LocalDate.parse(asOf);
            if (d.getYear() >= 1980 && d.getYear() <= 2107) return d.atTime(12, 0); // the years a zip entry's DOS time can hold
        } catch (DateTimeParseException | NullPointerException e) {
            // fall through to the fixed time
        }
        return LocalDateTime.of(1980, 1, 1, 12, 0);
    }
}
