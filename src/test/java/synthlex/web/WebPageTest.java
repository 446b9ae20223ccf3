package synthlex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
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

/**
 * The web page in a real headless browser (Debian's chromium and chromedriver) against the real
 * server: the form built from the schema, an example loaded with one click, the answer with its
 * verbatim citations, a question answered in the page, problems shown next to the fields, the
 * timeline and the Chinese answer. Saves target/web-page.png.
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

    static Javalin app;
    static ChromeDriverService service;
    static WebDriver driver;
    static WebDriverWait wait;
    static Path profile;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        if (!BROWSER) return; // each test is then skipped, with the reason (see skipWithoutBrowser)
        TestRuleBase.get(); // load the rule base before the browser's first request, not during it
        app = ApiServer.create(TestRuleBase::get).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        profile = Files.createTempDirectory("synthlex-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1366,1000", "--lang=en-US");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (driver != null) driver.quit();
        } finally {
            if (service != null) service.stop();
            if (app != null) app.stop();
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
        assertEquals(DSP_17_1_3_TEXT, obligation(FACE_LABEL)
                .findElement(By.cssSelector("li.citation[data-label='" + DSP_17_1_3 + "'] .verbatim")).getText());
    }
}
