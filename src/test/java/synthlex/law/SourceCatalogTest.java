package synthlex.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCatalogTest {
    private static final Path SOURCES = Path.of("rules", "sources");

    private static SourceCatalog load(Path dir, List<String> problems) {
        return SourceCatalog.load(dir, "rules/sources", problems);
    }

    @Test
    void every_registered_provision_is_a_verbatim_substring_of_its_full_text() {
        List<String> problems = new ArrayList<>();
        SourceCatalog catalog = load(SOURCES, problems);
        assertEquals(List.of(), problems);
        int checked = 0;
        for (Instrument in : catalog.instruments()) {
            String full = catalog.fullText(in.abbreviation());
            for (Provision p : in.provisions()) {
                if (p.verification() == Verification.SUMMARY) {
                    assertNull(p.text(), in.id() + " Art. " + p.article() + " is a summary and must not quote");
                    continue;
                }
                assertTrue(full.contains(p.text()), in.id() + " Art. " + p.article() + "(" + p.paragraph() + ")(" + p.item() + ")");
                checked++;
            }
        }
        assertTrue(checked > 300, "checked " + checked + " provisions");
    }

    @Test
    void all_25_articles_of_the_deep_synthesis_provisions_are_registered() {
        SourceCatalog catalog = load(SOURCES, new ArrayList<>());
        Instrument dsp = catalog.instrument("deep-synthesis-provisions").orElseThrow();
        List<Integer> articles = dsp.provisions().stream().filter(Provision::isArticle).map(Provision::article).toList();
        assertEquals(IntStream.rangeClosed(1, 25).boxed().toList(), articles);
        assertEquals("2023-01-10", dsp.effective().toString());
        assertEquals(InstrumentStatus.IN_FORCE, dsp.status());
    }

    @Test
    void resolves_an_item_with_pinpoint_label_text_and_date() {
        Citation c = load(SOURCES, new ArrayList<>()).resolve("DSP Art. 17(1)(3)");
        assertEquals("deep-synthesis-provisions", c.instrument());
        assertEquals(17, c.article());
        assertEquals(1, c.paragraph());
        assertEquals(3, c.item());
        assertEquals("第十七条第一款第（三）项", c.pinpoint());
        assertEquals("Deep Synthesis Provisions Art. 17(1)(3)", c.label());
        assertEquals("（三）人脸生成、人脸替换、人脸操控、姿态操控等人物图像、视频生成或者显著改变个人身份特征的编辑服务；", c.text());
        assertEquals("2023-01-10", c.effective().toString());
    }

    @Test
    void the_items_of_dsp_article_23_belong_to_its_first_paragraph_and_the_definitions_are_paragraphs() {
        SourceCatalog catalog = load(SOURCES, new ArrayList<>());
        Citation item = catalog.resolve("DSP Art. 23(1)(3)");
        assertEquals(1, item.paragraph());
        assertEquals("第二十三条第一款第（三）项", item.pinpoint());
        assertEquals("Deep Synthesis Provisions Art. 23(1)(3)", item.label());
        assertEquals("第二十三条第二款", catalog.resolve("DSP Art. 23(2)").pinpoint());
        assertTrue(catalog.resolve("DSP Art. 23(3)").text().startsWith("深度合成服务技术支持者，是指"));
        assertEquals(Verification.RECONSTRUCTED_PARAGRAPH, catalog.resolve("DSP Art. 23(3)").verification());
        assertEquals("第二十三条", catalog.resolve("DSP Art. 23").pinpoint());
    }

    @Test
    void a_standard_is_cited_by_its_number_never_by_an_invented_article() {
        SourceCatalog catalog = load(SOURCES, new ArrayList<>());
        for (Citation c : catalog.provisions(catalog.instrument("gb-45438-2025").orElseThrow())) {
            assertEquals("GB 45438-2025", c.pinpoint());
            assertTrue(c.label().startsWith("GB 45438-2025 — "), c.label());
            assertTrue(!c.label().contains("Art.") && !c.pinpoint().contains("第"), c.label());
            assertTrue(c.json().getValue().contains("\"pinpoint\":\"GB 45438-2025\""), c.json().getValue());
        }
        Citation images = catalog.resolve("GB45438 Art. 4");
        assertEquals("GB 45438-2025 — explicit labels on images (reported requirement; clause not verified)", images.label());
        assertEquals("gb-45438-2025", images.instrument());
    }

    @Test
    void every_provision_of_every_text_has_a_key_of_its_own_for_answers_that_cite_by_reference() {
        SourceCatalog catalog = load(SOURCES, new ArrayList<>());
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (Instrument in : catalog.instruments()) {
            for (Citation c : catalog.provisions(in)) {
                String before = seen.put(c.key(), in.abbreviation() + " " + c.ref());
                assertNull(before, c.key() + " names both " + before + " and " + c.ref());
                assertEquals("{\"ref\":\"" + c.key() + "\",\"label\":" + synthlex.json.Json.compact(c.label()) + "}", c.referenceJson().getValue());
            }
        }
        assertTrue(seen.size() > 900, "every text, earlier editions included: " + seen.size());
        assertEquals("deep-synthesis-provisions/17(1)(3)", catalog.resolve("DSP Art. 17(1)(3)").key());
        assertEquals("deep-synthesis-provisions/16", catalog.resolve("DSP Art. 16(1)").key());
        assertEquals("cybersecurity-law@2026/23(1)(3)", catalog.resolve("CSL Art. 23(1)(3)").key(), "an item of a single-paragraph article, as its label numbers it");
        assertEquals("cybersecurity-law@2017/21(1)(3)", catalog.resolve("CSL2017 Art. 21(1)(3)").key());
        assertEquals("gb-45438-2025/#4", catalog.resolve("GB45438 Art. 4").key(), "a standard's requirement by our number, marked as ours");
    }

    @Test
    void a_single_paragraph_article_has_no_paragraph_number_however_it_is_cited() {
        SourceCatalog catalog = load(SOURCES, new ArrayList<>());
        Citation art16 = catalog.resolve("DSP Art. 16");
        assertEquals(art16, catalog.resolve("DSP Art. 16(1)"));
        assertNull(art16.paragraph());
        assertEquals("第十六条", art16.pinpoint());
        assertEquals("DSP Art. 16", art16.ref());
    }

    @Test
    void an_unregistered_citation_is_an_error_not_an_omission() {
        SourceCatalog catalog = load(SOURCES, new ArrayList<>());
        UnresolvedCitationException e = assertThrows(UnresolvedCitationException.class, () -> catalog.resolve("DSP Art. 17(1)(9)"));
        assertTrue(e.getMessage().contains("not registered"), e.getMessage());
        assertThrows(UnresolvedCitationException.class, () -> catalog.resolve("XYZ Art. 1"));
        assertThrows(UnresolvedCitationException.class, () -> catalog.resolve("Article 17 of the DSP"));
    }

    @Test
    void a_quotation_that_drifts_from_the_full_text_is_refused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.zh.txt"), "第一条　本办法自2030年1月1日起施行。\n");
        Files.writeString(dir.resolve("x.yaml"), """
                id: x
                abbreviation: X
                shortTitle: X Measures
                effective: '2030-01-01'
                status: in-force
                fullText: x.zh.txt
                provisions:
                  - article: 1
                    text: 本办法自2031年1月1日起施行。
                    summary: In force from 2031.
                    verification: verbatim
                """);
        List<String> problems = new ArrayList<>();
        load(dir, problems);
        assertEquals(List.of("rules/sources/x.yaml: X Art. 1 text is not a verbatim substring of x.zh.txt"), problems);
    }
}
