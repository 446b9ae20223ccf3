package synthlex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import synthlex.TestRuleBase;
import synthlex.api.ApiServer;
import synthlex.api.ServerOptions;
import synthlex.register.Database;
import synthlex.register.Register;
import synthlex.rules.RuleBase;

/**
 * The web page in a real headless browser (Debian's chromium and chromedriver) against the real
 * server: the form built from the schema, an example loaded with one click, the answer with its
 * verbatim citations, a question answered in the page, problems shown next to the fields, the
 * timeline and the Chinese answer; the plan that leads the answer (headline, groups by timing with
 * due dates, near misses without Explain, the stale banner), in Chinese, and at 390 px. Saves
 * target/web-page.png, target/web-plan.png, target/web-plan-zh.png and target/web-plan-390.png; and the Services view
 * on a register (save, list, track a state, the change feed, a 412), target/web-services.png and web-services-zh.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String DSP_17_1_3 = "Deep Synthesis Provisions Art. 17(1)(3)";
    static final String DSP_17_1_3_TEXT = "（三）人脸生成、人脸替换、人脸操控、姿态操控等人物图像、视频生成或者显著改变个人身份特征的编辑服务；";
    static final String FACE_LABEL = "dsp.label.conspicuous.person-image";
    static final String CHANNELS = "/publicOpinion/channels";
    static final String NOT_INSTALLED = "chromium and chromium-driver are not installed; .ci/run installs them";
    static final boolean BROWSER = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    static final String LAUNCH = "2026-09-28";
    /** The plan's groups, in the order the page must show them (API.md: timing.when). */
    static final List<String> WHEN_ORDER = List.of("before-launch", "at-launch", "within", "periodic", "on-event", "ongoing");
    static final Set<String> CLOSED_AT_FIRST = Set.of("on-event", "ongoing");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    static Javalin app;
    static ChromeDriverService service;
    static WebDriver driver;
    static WebDriverWait wait;
    static Path profile;
    static String base;
    static Database db;
    static Register register;

    @BeforeAll
    static void start() throws IOException {
        if (!BROWSER) return; // each test is then skipped, with the reason (see skipWithoutBrowser)
        // the rule base loads (compiles, if this is the first test to need it) while the browser starts:
        // each keeps one core busy for seconds; it is loaded before the browser's first request, not during it
        CompletableFuture<RuleBase> rules = CompletableFuture.supplyAsync(TestRuleBase::get);
        profile = Files.createTempDirectory("synthlex-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1366,1000", "--lang=en-US");
        // downloads (the compliance pack) land in the throwaway profile, never in a home directory
        options.setExperimentalOption("prefs", Map.of("download.default_directory", profile.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // checked every 50 ms rather than Selenium's default 500 ms: most waits here are for an answer that takes less;
        // an element the page replaced while it was being read is looked up again at the next check
        wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
        rules.join();
        // a register on a throwaway SQLite file, for the Services view
        db = Database.open(profile.resolve("register.db").toString());
        register = Register.open(db, TestRuleBase::get, Register.Config.defaults().withoutDailySchedule());
        app = ApiServer.create(ServerOptions.of(TestRuleBase::get), register, null).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (driver != null) driver.quit();
        } finally {
            if (service != null) service.stop();
            if (app != null) app.stop();
            if (register != null) register.close();
            if (db != null) db.close();
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    @BeforeEach
    void skipWithoutBrowser() {
        Assumptions.assumeTrue(BROWSER, NOT_INSTALLED);
    }

    /** Opens the page in English and waits until the form has been built from the schema. */
    static void open() {
        driver.get(base + "/?lang=en");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    }

    static WebElement css(String selector) {
        return driver.findElement(By.cssSelector(selector));
    }

    static List<WebElement> all(String selector) {
        return driver.findElements(By.cssSelector(selector));
    }

    static void click(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    /** Waits until the page shows its n-th answer since it was loaded, and Evaluate can be pressed again. */
    static void evaluated(int n) {
        wait.until(ExpectedConditions.attributeToBe(By.id("results"), "data-evaluations", String.valueOf(n)));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("evaluate")));
    }

    static void loadFaceSwap() {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.id("example-face-swap-app"))));
        assertEquals("FaceFun", css("#f-name").getAttribute("value"));
        assertTrue(css("#f-capabilities-face-swap").isSelected());
        assertTrue(css("#f-publicOpinion-channels-short-video").isSelected());
        assertEquals("true", css("#f-audience-publicInMainlandChina").getAttribute("value"));
    }

    static WebElement obligation(String id) {
        return css("#obligations article.obligation[data-id='" + id + "']");
    }

    /** Opens a collapsed group (a details element) the way a reader does: by clicking its summary. */
    static void expand(WebElement details) {
        if (details.getAttribute("open") == null) click(details.findElement(By.cssSelector(":scope > summary")));
        assertTrue(details.getAttribute("open") != null);
    }

    /** Opens an obligation card's citations, which a card keeps one click away. */
    static void openCitations(WebElement card) {
        expand(card.findElement(By.cssSelector("details.ob-citations")));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Sets a date field as a reader's date picker would, whatever the browser's date format. */
    static void setDate(String id, String value) {
        js("const el = document.getElementById(arguments[0]); el.value = arguments[1];"
                + "el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
    }

    static void screenshot(String file) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", file), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** FaceFun with the launch date, evaluated by the server directly: what the page must agree with. */
    static JsonNode faceFunAnswer(String lang, boolean explain) throws IOException, InterruptedException {
        ObjectNode body = (ObjectNode) JSON.readTree(Files.readString(Path.of("facts/face-swap-app.json")));
        body.put("launchDate", LAUNCH);
        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/v1/evaluations?lang=" + lang + (explain ? "&explain=true" : "")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, res.statusCode(), res.body());
        return JSON.readTree(res.body());
    }

    /** The summary's counts by timing, in plan order, leaving out timings nothing falls under. */
    static Map<String, Integer> byTiming(JsonNode answer) {
        assertEquals(0, answer.at("/summary/byStatus/undetermined").asInt(), "the headline counts are the summary's when nothing is undetermined");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String when : WHEN_ORDER) {
            int n = answer.at("/summary/byTiming/" + when).asInt();
            if (n > 0) counts.put(when, n);
        }
        return counts;
    }

    /** The headline the page must show, worded from the summary's counts. */
    static String englishHeadline(String name, Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((when, n) -> parts.add(switch (when) {
            case "before-launch" -> n == 1 ? "1 thing before launch" : n + " things before launch";
            case "at-launch" -> n + " at launch";
            case "within" -> n == 1 ? "1 with a deadline" : n + " with deadlines";
            case "periodic" -> n + " recurring";
            case "on-event" -> n == 1 ? "1 triggered by an event" : n + " triggered by events";
            default -> n == 1 ? "1 standing duty" : n + " standing duties";
        }));
        return name + ": " + String.join(", ", parts);
    }

    static String chineseHeadline(String name, Map<String, Integer> counts) {
        Map<String, String> words = Map.of("before-launch", "上线前", "at-launch", "上线时", "within", "限期完成",
                "periodic", "定期", "on-event", "事件触发", "ongoing", "持续义务");
        List<String> parts = new ArrayList<>();
        counts.forEach((when, n) -> parts.add(words.get(when) + " " + n + " 项"));
        return name + "：" + String.join("，", parts);
    }

    /** Loads FaceFun, sets the launch date and evaluates it with Explain left unticked. */
    static void evaluateFaceFunWithLaunchDate(int n) {
        loadFaceSwap();
        setDate("f-launchDate", LAUNCH);
        assertFalse(css("#explain").isSelected(), "near misses must not need Explain");
        click(css("#evaluate"));
        evaluated(n);
    }

    static void nearMissesLoaded() {
        wait.until(ExpectedConditions.attributeToBe(By.id("near-misses"), "data-state", "ready"));
    }

    static void assertNoHorizontalOverflow(String when) {
        Object widths = js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        List<?> w = (List<?>) widths;
        assertTrue(((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue(),
                "no horizontal overflow " + when + ": scrollWidth " + w.get(0) + ", clientWidth " + w.get(1));
    }

    @Test
    @Order(1)
    void faceSwapExampleShowsTheVerbatimCitation() {
        open();
        // the form is built from the schema: yes/no/unknown selects, checkbox groups, unknown vs none
        assertEquals(List.of("", "true", "false"), new Select(css("#f-audience-minors")).getOptions()
                .stream().map(o -> o.getAttribute("value")).toList());
        assertTrue(css("#f-publicOpinion-channels--unknown").isSelected(), "channels start unknown");
        assertTrue(css("#f-capabilities--unknown").isSelected(), "capabilities start unknown: nothing ticked is not 'none'");
        assertTrue(css("#f-capabilities--none").isDisplayed(), "'none' is a choice of its own");
        assertTrue(css("#f-biometricEditing--none").isDisplayed());
        assertTrue(css("label[for='f-asOf']").isDisplayed());
        assertTrue(css("[data-pointer='/audience/minors'] .desc").getText().contains("ARP Art. 18"));

        loadFaceSwap();
        click(css("#evaluate"));
        evaluated(1);

        WebElement label = obligation(FACE_LABEL);
        assertEquals("applies", label.getAttribute("data-status"));
        openCitations(label);
        WebElement cite = label.findElement(By.cssSelector("li.citation[data-label='" + DSP_17_1_3 + "']"));
        assertTrue(cite.isDisplayed());
        assertEquals(DSP_17_1_3, cite.findElement(By.cssSelector(".cite-label")).getText());
        assertEquals(DSP_17_1_3_TEXT, cite.findElement(By.cssSelector(".verbatim")).getText());
        assertEquals("第十七条第一款第（三）项", cite.findElement(By.cssSelector(".pinpoint")).getText());
        assertTrue(cite.findElement(By.cssSelector(".effective")).getText().contains("2023-01-10"));
        assertFalse(cite.findElement(By.cssSelector(".paraphrase")).getText().isBlank());
        assertFalse(label.findElement(By.cssSelector(".because")).getText().isBlank());
        assertTrue(all("li.question").isEmpty(), "every fact of the example is known");

        // grouped by instrument, the DSP group carries the same citation
        click(css("#group-instrument"));
        WebElement dsp = css("details[data-group='instrument-deep-synthesis-provisions']");
        openCitations(dsp.findElement(By.cssSelector("article[data-id='" + FACE_LABEL + "']")));
        assertTrue(dsp.findElement(By.cssSelector("article[data-id='" + FACE_LABEL + "'] .verbatim")).getText()
                .contains("人脸替换"));

        // the answer downloads as JSON from a Blob
        WebElement download = css("#download");
        assertTrue(download.getAttribute("href").startsWith("blob:"));
        assertTrue(download.getAttribute("download").endsWith(".json"));
        Object json = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.json()).then(a => done(a.name + ' ' + a.obligations.length), e => done('error ' + e));",
                download.getAttribute("href"));
        assertTrue(String.valueOf(json).startsWith("FaceFun "), String.valueOf(json));

        // the timeline: the face label arrives with the Deep Synthesis Provisions on 2023-01-10
        WebElement from = css("#tl-from");
        WebElement to = css("#tl-to");
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = '2022-06-01'; arguments[1].value = '2026-06-30';", from, to);
        click(css("#timeline-submit"));
        wait.until(ExpectedConditions.attributeToBe(By.id("timeline-result"), "data-timelines", "1"));
        WebElement period = css("li.period[data-from='2023-01-10']");
        assertTrue(period.findElement(By.cssSelector(".change.added li[data-id='" + FACE_LABEL + "']")).isDisplayed());
        assertTrue(period.getText().contains("DSP Art. 17(1)(3)"));
    }

    @Test
    @Order(2)
    void aQuestionIsAnsweredInThePage() throws IOException {
        open();
        loadFaceSwap();
        click(css("#f-publicOpinion-channels--unknown"));
        assertFalse(css("#f-publicOpinion-channels-short-video").isSelected(), "unknown clears the ticks");
        click(css("#evaluate"));
        evaluated(1);

        WebElement question = css("li.question[data-pointer='" + CHANNELS + "']");
        assertTrue(question.isDisplayed());
        assertTrue(question.findElement(By.cssSelector(".q-text")).getText().contains("public-expression features"));
        WebElement filing = obligation("algorithm-filing");
        assertEquals("undetermined", filing.getAttribute("data-status"));
        expand(css("#undetermined"));
        assertTrue(filing.findElement(By.cssSelector(".missing")).getText().contains(CHANNELS));

        // answer it right there: short video and comments
        click(question.findElement(By.cssSelector("input[data-value='short-video']")));
        click(question.findElement(By.cssSelector("input[data-value='comments']")));
        click(question.findElement(By.cssSelector("button.answer-submit")));
        evaluated(2);

        assertTrue(all("li.question[data-pointer='" + CHANNELS + "']").isEmpty(), "the question is answered");
        assertEquals("applies", obligation("algorithm-filing").getAttribute("data-status"));
        assertTrue(all("#obligations article.obligation[data-status='undetermined']").isEmpty(),
                "nothing is left undetermined");
        assertTrue(css("#f-publicOpinion-channels-short-video").isSelected(), "the answer is in the form");
        assertTrue(css("#f-publicOpinion-channels-comments").isSelected());
        assertTrue(css("#f-publicOpinion-channels--some").isSelected());

        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        Files.createDirectories(Path.of("target"));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("target/web-page.png"), png);
    }

    @Test
    @Order(3)
    void problemsAppearNextToTheFieldsAndTheAnswerComesInChinese() {
        open();
        click(css("#clear-form"));
        click(css("#evaluate"));
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
        assertTrue(summary.getText().contains("/name"), summary.getText());
        WebElement nameError = css("[data-pointer='/name'] > .field-error");
        assertTrue(nameError.isDisplayed());
        assertFalse(nameError.getText().isBlank());
        assertEquals("true", css("#f-name").getAttribute("aria-invalid"));
        assertTrue(css("[data-pointer='/roles'] > .field-error").isDisplayed());

        new Select(css("#lang")).selectByValue("zh");
        wait.until(ExpectedConditions.textToBe(By.id("evaluate"), "评估"));
        assertEquals("zh-CN", css("html").getAttribute("lang"));
        loadFaceSwap();
        click(css("#evaluate"));
        evaluated(1);
        String title = obligation(FACE_LABEL).findElement(By.tagName("h5")).getText();
        assertTrue(title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), title);
        openCitations(obligation(FACE_LABEL));
        assertEquals(DSP_17_1_3_TEXT, obligation(FACE_LABEL)
                .findElement(By.cssSelector("li.citation[data-label='" + DSP_17_1_3 + "'] .verbatim")).getText());
    }

    @Test
    @Order(4)
    void theAnswerLeadsWithThePlan() throws IOException, InterruptedException {
        JsonNode answer = faceFunAnswer("en", false);
        Map<String, Integer> counts = byTiming(answer);
        open();
        evaluateFaceFunWithLaunchDate(1);
        // the near misses arrive after the answer and rebuild the contents (#toc) read below: read it once they are in
        nearMissesLoaded();

        // the headline, worded from the summary's counts, comes first
        assertEquals(englishHeadline("FaceFun", counts), css("#report-title").getText());
        assertTrue(css("#report .meta").getText().contains("launch " + LAUNCH));
        // the classifications come before the plan
        assertTrue((Boolean) js("return !!(document.getElementById('classifications').compareDocumentPosition("
                + "document.getElementById('obligations')) & Node.DOCUMENT_POSITION_FOLLOWING);"));

        // the plan's groups in order, with the summary's counts; the long ones closed
        List<WebElement> groups = all("#obligation-groups > details.timing-group");
        assertEquals(List.copyOf(counts.keySet()), groups.stream().map(g -> g.getAttribute("data-when")).toList());
        for (WebElement group : groups) {
            String when = group.getAttribute("data-when");
            assertEquals(String.valueOf(counts.get(when)), group.findElement(By.cssSelector(":scope > summary .n")).getText(), when);
            assertEquals(!CLOSED_AT_FIRST.contains(when), group.getAttribute("open") != null, when + " open at first");
            assertEquals(String.valueOf(counts.get(when)), css("#toc a[data-target='plan-" + when + "'] .n").getText(), "contents: " + when);
        }

        // a deadline shows its due date, counted from the launch date on the official calendar
        int dated = 0;
        for (JsonNode o : answer.get("obligations")) {
            if (!"within".equals(o.at("/timing/when").asText()) || o.get("due") == null || o.get("due").isNull()) continue;
            WebElement card = css("#plan-within article.obligation[data-id='" + o.get("id").asText() + "']");
            assertEquals("Due " + o.get("due").asText(), card.findElement(By.cssSelector(".due")).getText());
            assertTrue(card.findElement(By.cssSelector(".when-tag")).getText().startsWith("Within "), card.getText());
            dated++;
        }
        assertTrue(dated > 0, "FaceFun has a deadline counted from launch");
        assertEquals("Due 2026-10-16", css("#plan-within article[data-id='algorithm-filing'] .due").getText(),
                "ARP Art. 24(1): ten working days from 2026-09-28, across the National Day holiday");

        // near misses are shown without Explain, counted as changes to consider
        nearMissesLoaded();
        Set<String> changes = new HashSet<>();
        for (JsonNode n : faceFunAnswer("en", true).get("nearMisses")) changes.add(n.get("change").toString());
        assertFalse(changes.isEmpty());
        WebElement nearMisses = css("#near-misses");
        assertTrue(nearMisses.isDisplayed());
        assertEquals(changes.size(), nearMisses.findElements(By.cssSelector("li.near-miss")).size());
        assertTrue(css("#near-misses-title").getText().endsWith(changes.size() + " changes to consider"), css("#near-misses-title").getText());
        assertTrue(css("#near-misses li.near-miss[data-pointer='/audience/minors'] button.try-change").isDisplayed());
        assertTrue(all("#obligations .trace").isEmpty(), "traces only with Explain");

        driver.manage().window().setSize(new Dimension(1366, 3000));
        js("document.getElementById('results').scrollIntoView();");
        screenshot("web-plan.png");
        driver.manage().window().setSize(new Dimension(1366, 1000));

        // a field changed after Evaluate: the answer is marked stale at once
        assertFalse(css("#stale-banner").isDisplayed());
        new Select(css("#f-audience-minors")).selectByValue("true");
        WebElement banner = css("#stale-banner");
        assertTrue(banner.isDisplayed());
        assertEquals("The form changed since this answer — evaluate again", banner.findElement(By.tagName("p")).getText());
        wait.until(ExpectedConditions.textToBe(By.id("status"), "The form changed since the answer below; evaluate again to update it."));
        assertTrue(css("#report").getAttribute("class").contains("stale"));
        click(css("#evaluate-again"));
        evaluated(2);
        assertFalse(css("#stale-banner").isDisplayed(), "a fresh answer is not stale");
        assertTrue(css("#status").getText().isEmpty() || css("#status").getText().startsWith("Evaluated FaceFun"));
        assertFalse(css("#report-title").getText().equals(englishHeadline("FaceFun", counts)), "minors add obligations");
    }

    @Test
    @Order(5)
    void thePlanIsChineseInChinese() throws IOException, InterruptedException {
        JsonNode answer = faceFunAnswer("zh", false);
        driver.get(base + "/?lang=zh");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        evaluateFaceFunWithLaunchDate(1);
        nearMissesLoaded();

        assertEquals(chineseHeadline("FaceFun", byTiming(answer)), css("#report-title").getText());
        // no English in the words the page itself puts around the answer
        List<String> english = new ArrayList<>();
        String[] ours = { "#report .meta", "#toc", "#next h3", "#next .when-tag", "#next .due",
            "#obligations-title", "#obligations .hint", "#obligations .view-controls",
            "#obligation-groups > details > summary", "#obligation-groups .group-hint", "#obligation-groups .subgroup-head",
            "#obligations .when-tag", "#obligations .due", "#obligations .basis", "#obligations .also-when",
            "#obligations .ob-meta > span", "#obligations .because > .k", "#obligations .reading .k",
            "#obligations .ob-citations > summary", "#near-misses h3", "#near-misses .hint", "#near-misses .nm-if",
            "#near-misses .nm-adds > summary", "#classifications summary", "#classifications .cls-head", "#classifications .because" };
        // everything open for the check; the screenshot below shows the page as it first came
        js("window.openAtFirst = Array.from(document.querySelectorAll('#report details')).filter(d => d.open);"
                + "document.querySelectorAll('#report details').forEach(d => d.open = true);");
        // every element's text in one call: one call per element (hundreds) took most of this test's time
        List<?> texts = (List<?>) js("return arguments[0].map(s => Array.from(document.querySelectorAll(s), e => {"
                // JSON pointers and obligation ids are code, the same in every language
                + " const c = e.cloneNode(true); c.querySelectorAll('code').forEach(x => x.remove()); return c.textContent; }));",
                List.of(ours));
        for (int i = 0; i < ours.length; i++) {
            String selector = ours[i];
            List<?> found = (List<?>) texts.get(i);
            assertFalse(found.isEmpty(), selector);
            for (Object t : found) {
                // a Chinese national standard's number (GB 45438-2025) is written with Latin letters in Chinese too
                String text = ((String) t).replaceAll("GB(/T)? ?[0-9.]+-[0-9]{4}", "");
                if (LATIN_WORD.matcher(text).find()) english.add(selector + ": " + text.strip());
            }
        }
        assertTrue(english.isEmpty(), "English in the Chinese page:\n" + String.join("\n", english));
        // readings and the verification level are Chinese too, not "reconstructed-paragraph"
        assertFalse(all("#obligations .reading").isEmpty());
        for (WebElement v : all("#report .verification")) assertFalse(LATIN_WORD.matcher(v.getText()).find(), v.getText());
        assertTrue(all("#report .verification").size() > 0, "FaceFun cites reconstructed paragraphs");
        assertEquals("截止日期 2026-10-16", css("#plan-within article[data-id='algorithm-filing'] .due").getText());

        js("document.querySelectorAll('#report details').forEach(d => d.open = window.openAtFirst.includes(d));");
        driver.manage().window().setSize(new Dimension(1366, 3000));
        js("document.getElementById('results').scrollIntoView();");
        screenshot("web-plan-zh.png");
        driver.manage().window().setSize(new Dimension(1366, 1000));
    }

    @Test
    @Order(6)
    void thePlanFitsA390PixelScreen() throws IOException {
        // a phone's viewport: the desktop window cannot be made narrower than 500 px in headless mode
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        try {
            open();
            assertEquals(390L, ((Number) js("return window.innerWidth;")).longValue());
            evaluateFaceFunWithLaunchDate(1);
            nearMissesLoaded();
            assertNoHorizontalOverflow("with the plan as it first shows");
            js("document.getElementById('report-title').scrollIntoView();");
            screenshot("web-plan-390.png");
            // every group, citation and paraphrase open: long ids, pointers and texts still wrap
            js("document.querySelectorAll('#report details').forEach(d => d.open = true);");
            assertNoHorizontalOverflow("with everything open");
            new Select(css("#f-audience-minors")).selectByValue("true");
            assertTrue(css("#stale-banner").isDisplayed());
            assertNoHorizontalOverflow("with the stale banner");
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    @Order(7)
    void theCompliancePackDownloads() throws IOException, InterruptedException {
        open();
        evaluateFaceFunWithLaunchDate(1);
        // watch the page's own request to /v1/packs: what it sent and what came back
        js("window.packSeen = null; const real = window.fetch;"
                + "window.fetch = async (url, opts) => { const res = await real(url, opts);"
                + "  if (String(url).includes('v1/packs')) { const bytes = new Uint8Array(await res.clone().arrayBuffer());"
                + "    window.packSeen = { method: opts.method, body: opts.body, status: res.status, type: res.headers.get('Content-Type'),"
                + "      disposition: res.headers.get('Content-Disposition'), magic: String.fromCharCode(bytes[0], bytes[1]) }; }"
                + "  return res; };");
        click(css("#download-pack"));
        wait.until(d -> js("return window.packSeen;") != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) js("return window.packSeen;");
        assertEquals("POST", seen.get("method"));
        JsonNode sent = JSON.readTree((String) seen.get("body"));
        assertEquals("FaceFun", sent.get("name").asText());
        assertEquals(LAUNCH, sent.get("launchDate").asText(), "the same body as the evaluation");
        assertEquals(200L, ((Number) seen.get("status")).longValue());
        assertTrue(String.valueOf(seen.get("type")).startsWith("application/zip"), String.valueOf(seen.get("type")));
        assertEquals("PK", seen.get("magic"), "a zip file");
        var name = Pattern.compile("filename=\"([^\"]+\\.zip)\"").matcher(String.valueOf(seen.get("disposition")));
        assertTrue(name.find(), String.valueOf(seen.get("disposition")));
        String fileName = name.group(1);
        wait.until(ExpectedConditions.textToBe(By.id("pack-status"), "Saved " + fileName + "."));
        // and the browser saved it under the server's name
        Path saved = profile.resolve("downloads").resolve(fileName);
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50)).until(d -> Files.isRegularFile(saved));
        byte[] head = new byte[2];
        try (var in = Files.newInputStream(saved)) {
            assertEquals(2, in.read(head));
        }
        assertEquals("PK", new String(head, StandardCharsets.ISO_8859_1));
    }

    @Test
    @Order(8)
    void aServiceIsSavedToTheRegisterAndItsPlanTracked() throws IOException, InterruptedException {
        open();
        loadFaceSwap();
        click(css("#save-service"));
        wait.until(ExpectedConditions.textToBe(By.id("save-status"), "Saved “FaceFun” to the register as facefun."));
        // saving a changed description sends the ETag it got back and stores a second version
        setDate("f-launchDate", LAUNCH);
        click(css("#save-service"));
        wait.until(ExpectedConditions.textToBe(By.id("save-status"), "Saved “FaceFun” (facefun), version 2."));

        click(css("#nav-services"));
        assertTrue(css("#services-view").isDisplayed());
        assertFalse(css("main.layout").isDisplayed());
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#services-list tr[data-id='facefun']")));
        assertTrue(row.getText().startsWith("FaceFun"), row.getText());
        assertEquals("0", row.findElement(By.cssSelector("td.svc-done")).getText());
        // the feed has the service's arrival
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#changes-feed li.change[data-kind='service-added'][data-service='facefun']")));

        click(row.findElement(By.cssSelector("button.svc-open")));
        WebElement ob = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#service-detail li.svc-ob[data-id='" + FACE_LABEL + "']")));
        assertEquals("todo", ob.getAttribute("data-state"));
        WebElement select = ob.findElement(By.cssSelector("select.svc-state"));
        new Select(select).selectByValue("done");
        wait.until(ExpectedConditions.attributeToBe(ob, "data-state", "done"));
        assertEquals("Saved: Done.", ob.findElement(By.cssSelector(".svc-saved")).getText());
        // the list counts it, and the server has it
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#services-list tr[data-id='facefun'] td.svc-done"), "1"));
        click(css("#services-refresh"));
        // after a refresh, the plan read back from the server still says done
        wait.until(d -> "done".equals(js("const s = document.querySelector(\"#service-detail li.svc-ob[data-id='\" + arguments[0] + \"'] select.svc-state\");"
                + " return s && s.value;", FACE_LABEL)));

        screenshot("web-services.png");
        // in Chinese: the view's own words are Chinese
        new Select(css("#lang")).selectByValue("zh");
        wait.until(ExpectedConditions.textToBe(By.id("nav-services"), "服务登记"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#services-list thead th"), "服务"));
        wait.until(d -> "已完成".equals(js("const s = document.querySelector(\"#service-detail li.svc-ob[data-id='\" + arguments[0] + \"'] select.svc-state\");"
                + " return s && s.selectedOptions[0].textContent;", FACE_LABEL)));
        screenshot("web-services-zh.png");
        new Select(css("#lang")).selectByValue("en");
        wait.until(ExpectedConditions.textToBe(By.id("nav-services"), "Services"));

        // changed elsewhere: a stale ETag is refused and said so
        click(css("#nav-evaluate"));
        assertTrue(css("main.layout").isDisplayed());
        storeBehindThePagesBack("facefun");
        click(css("#save-service"));
        wait.until(ExpectedConditions.textToBe(By.id("save-status"),
                "Changed elsewhere — reload: “facefun” was changed since you last read it. Open it under Services, then save again."));
    }

    /** Stores another version of a service the way another client would: GET for the ETag, PUT with If-Match. */
    static void storeBehindThePagesBack(String id) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> got = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/services/" + id)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, got.statusCode(), got.body());
        String etag = got.headers().firstValue("ETag").orElseThrow();
        ObjectNode changed = (ObjectNode) JSON.readTree(got.body()).get("description");
        changed.put("launchDate", "2026-10-01"); // a different description: an identical one stores no new version
        String description = JSON.writeValueAsString(changed);
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(base + "/v1/services/" + id))
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(description, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, put.statusCode(), put.body());
    }
}
