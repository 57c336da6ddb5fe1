package io.veille.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veille.app.browser.DemoDashboard;
import io.veille.app.browser.HeadlessChromium;
import io.veille.app.browser.PayloadServer;
import io.veille.app.browser.RssWriter;
import io.veille.app.browser.XssCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The editors' dashboard in a real headless Chromium, against {@code veille up --demo}: an editor searches, filters
 * by topic, opens an article, creates a watch and sees its alert arrive live; and a corpus of cross-site-scripting
 * payloads fed through the real path (feed → sanitizer → index → API → page) never executes. Skipped without
 * Chromium and chromedriver unless {@code -Dveille.browser.required=true}. Leaves {@code target/dashboard.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration PIPELINE = Duration.ofMinutes(4);

    private DemoDashboard demo;
    private ChromeDriver browser;

    @BeforeAll
    void startDemo(@TempDir Path work) throws Exception {
        HeadlessChromium.start().quit(); // skip (or fail in CI) before the long start when there is no browser
        demo = DemoDashboard.start(work);
    }

    @AfterAll
    void stopDemo() throws Exception {
        if (demo != null) {
            demo.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void anEditorSearchesFiltersReadsAndGetsAnAlertForANewWatch() throws Exception {
        browser.get(demo.url());
        WebDriverWait wait = waiting(WAIT);
        wait.until(d -> d.findElements(By.cssSelector("#topic-tiles .tile")).size() >= 3);
        wait.until(d -> d.findElements(By.cssSelector("#result-list li.result")).size() >= 10);
        assertThat(browser.findElement(By.id("results-count")).getText()).isEqualTo("88 articles");
        // the agenda of the day that up --demo writes: events and deadlines ahead of today
        wait.until(d -> d.findElements(By.cssSelector("#agenda-list li")).size() >= 4);
        assertThat(browser.findElement(By.id("agenda-list")).getText()).contains("Lille", "Toulouse");

        // search with an accented French word: highlighted in the results
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("données");
        click(browser.findElement(By.id("search-button")));
        wait.until(d -> count() > 0 && count() < 88);
        wait.until(d -> !d.findElements(By.cssSelector("#result-list li.result mark")).isEmpty());
        List<String> marks = texts(By.cssSelector("#result-list li.result mark"));
        assertThat(marks).anySatisfy(m -> assertThat(m.toLowerCase(Locale.ROOT)).startsWith("donn"));
        int allHits = count();

        // filter by topic (one that some results have and others not): every result carries it, and there are fewer
        List<List<String>> chipsPerResult = browser.findElements(By.cssSelector("#result-list li.result")).stream()
                .map(DashboardBrowserIT::chips).toList();
        String topic = chipsPerResult.stream().flatMap(List::stream)
                .filter(t -> chipsPerResult.stream().anyMatch(c -> !c.contains(t))).findFirst().orElseThrow();
        new Select(browser.findElement(By.id("filter-topic"))).selectByValue(topic);
        wait.until(d -> count() < allHits && !d.findElements(By.cssSelector("#result-list li.result")).isEmpty()
                && d.findElements(By.cssSelector("#result-list li.result")).stream().allMatch(r -> chips(r).contains(topic)));

        // open an article: its topics with the terms that matched, its events, its story siblings
        WebElement first = browser.findElement(By.cssSelector("#result-list li.result .open"));
        String title = first.getText();
        click(first);
        wait.until(d -> d.findElement(By.id("article")).isDisplayed());
        wait.until(d -> !d.findElements(By.cssSelector("#article .siblings li")).isEmpty()
                && !d.findElement(By.cssSelector("#article .siblings li")).getText().equals("Loading…"));
        assertThat(browser.findElement(By.cssSelector("#article-body h2")).getText()).isEqualTo(title);
        assertThat(texts(By.cssSelector("#article .topic-scores .chip"))).contains(topic);
        assertThat(browser.findElements(By.cssSelector("#article .topic-scores .term"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("#article-body")).getText()).contains("Events and deadlines", "Same story");
        click(browser.findElement(By.id("back")));
        wait.until(d -> d.findElement(By.id("results")).isDisplayed());

        // a watch, written with the token typed in the page
        browser.findElement(By.id("watch-name")).sendKeys("Hydroliennes en mer");
        browser.findElement(By.id("watch-keywords")).sendKeys("hydrolienne");
        browser.findElement(By.id("token")).sendKeys(DemoDashboard.TOKEN);
        click(browser.findElement(By.id("watch-create")));
        wait.until(d -> texts(By.cssSelector("#watch-list li.watch")).stream().anyMatch(t -> t.contains("Hydroliennes en mer")));
        wait.until(d -> d.findElement(By.id("stream-state")).getText().equals("live"));

        // a new article arrives in a feed; its alert shows up without reloading the page
        String newTitle = "Une ferme hydrolienne raccordée au réseau breton";
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        demo.appendItems("le-terminal-bavard.rss.xml", RssWriter.item(newTitle,
                "https://demo.veille.test/browser-test/ferme-hydrolienne", "browser-test-hydrolienne",
                "Une hydrolienne de deux mégawatts produit désormais au large de l'île d'Ouessant.",
                "<p>Une hydrolienne de deux mégawatts produit désormais au large de l'île d'Ouessant ; "
                        + "l'exploitant prévoit trois machines de plus d'ici 2028.</p>", now));
        waiting(PIPELINE).until(d ->
                texts(By.cssSelector("#alert-list li.alert")).stream().anyMatch(t -> t.contains(newTitle)));
        assertThat(browser.findElement(By.cssSelector("#alert-list li.alert")).getText()).contains("Hydroliennes en mer");

        // the dashboard with data, as evidence and for the README (once the new article is searchable too)
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            String body = demo.get("/api/search?size=1&q=hydrolienne");
            return body != null && JSON.readTree(body).get("total").asInt() >= 1;
        });
        browser.findElement(By.id("q")).clear();
        new Select(browser.findElement(By.id("filter-topic"))).selectByValue("");
        wait.until(d -> count() >= 85);
        screenshot("dashboard.png");

        // and the watch goes away
        click(browser.findElement(By.cssSelector("#watch-list li.watch .delete")));
        wait.until(d -> texts(By.cssSelector("#watch-list li")).stream().noneMatch(t -> t.contains("Hydroliennes en mer")));
    }

    @Test
    @Order(2)
    void crossSiteScriptingPayloadsFromFeedsNeverExecute() throws Exception {
        try (PayloadServer payloads = new PayloadServer()) {
            assertThat(demo.post("/api/watches", "{\"id\":\"xss-canary\",\"name\":\"Canary <img src=x onerror=alert(99)>\",\"keywords\":[\""
                    + XssCorpus.CANARY + "\"]}")).isEqualTo(201);
            List<XssCorpus.Item> corpus = XssCorpus.items(payloads::address);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            StringBuilder items = new StringBuilder();
            for (XssCorpus.Item item : corpus) {
                items.append(RssWriter.item(item.title(), item.link(), "xss-corpus-" + item.n(), item.summary(), item.content(),
                        now.minus(item.n(), ChronoUnit.MINUTES)));
            }
            demo.appendItems("bric-a-brac.rss.xml", items.toString());
            int markupItems = (int) corpus.stream().filter(i -> i.link().startsWith("https://")).count();
            await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(2)).until(() -> canaries() >= markupItems);

            browser.get(demo.url());
            WebDriverWait wait = waiting(WAIT);
            wait.until(d -> !d.findElements(By.cssSelector("#result-list li.result")).isEmpty());
            browser.findElement(By.id("q")).sendKeys(XssCorpus.CANARY);
            click(browser.findElement(By.id("search-button")));
            wait.until(d -> count() == canaries() && !d.findElements(By.cssSelector("#result-list li.result mark")).isEmpty());
            while (browser.findElement(By.id("more")).isDisplayed()) {
                int shown = browser.findElements(By.cssSelector("#result-list li.result")).size();
                click(browser.findElement(By.id("more")));
                wait.until(d -> d.findElements(By.cssSelector("#result-list li.result")).size() > shown);
            }
            List<String> ids = new ArrayList<>();
            browser.findElements(By.cssSelector("#result-list li.result")).forEach(r -> ids.add(r.getAttribute("data-id")));
            assertThat(ids).hasSize(canaries());
            assertClean(payloads, "search results");

            // every article view, one after the other
            for (String id : ids) {
                click(browser.findElement(By.cssSelector("#result-list li.result[data-id='" + id + "'] .open")));
                wait.until(d -> d.findElement(By.id("article")).isDisplayed()
                        && !d.findElements(By.cssSelector("#article .siblings li")).isEmpty()
                        && !d.findElement(By.cssSelector("#article .siblings li")).getText().equals("Loading…"));
                assertClean(payloads, "article " + id);
                click(browser.findElement(By.id("back")));
                wait.until(d -> d.findElement(By.id("results")).isDisplayed());
            }

            // the alerts of the canary watch, listed and streamed
            waiting(PIPELINE).until(d ->
                    d.findElements(By.cssSelector("#alert-list li.alert[data-watch='xss-canary']")).size() >= markupItems);
            browser.navigate().refresh();
            wait.until(d -> d.findElements(By.cssSelector("#alert-list li.alert[data-watch='xss-canary']")).size() >= markupItems);
            Thread.sleep(2000); // let any deferred payload (timers, lazy images) fire before the final look
            assertClean(payloads, "alerts");
            System.out.printf("XSS corpus: %d items fed, %d indexed and rendered, %d payload requests%n",
                    corpus.size(), ids.size(), payloads.requests().size());
        }
    }

    /** No dialog, no request to any payload address, no handler or foreign element in the document. */
    private void assertClean(PayloadServer payloads, String where) {
        try {
            String text = browser.switchTo().alert().getText();
            throw new AssertionError("a JavaScript dialog opened in " + where + ": " + text);
        } catch (NoAlertPresentException expected) {
            // nothing executed
        }
        assertThat(payloads.requests()).as("requests to the payload server after " + where).isEmpty();
        JavascriptExecutor js = browser;
        @SuppressWarnings("unchecked")
        List<String> handlers = (List<String>) js.executeScript(
                "return [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
                        + ".filter(a => /^on/i.test(a.name) || a.name === 'style' || /^(src|srcset|background|poster|data|action|formaction|xlink:href)$/i.test(a.name) && e.tagName !== 'SCRIPT')"
                        + ".map(a => e.tagName + ' ' + a.name + '=' + a.value));");
        assertThat(handlers).as("handler, style or source attributes in " + where).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> foreign = (List<String>) js.executeScript(
                "return [...document.querySelectorAll('script,iframe,frame,object,embed,img,image,video,audio,source,link,style,base,meta[http-equiv],form:not(#search-form):not(#watch-form),math,svg:not(.spark),animate,use')]"
                        + ".filter(e => !(e.tagName === 'SCRIPT' && e.getAttribute('src') === '/assets/app.js')"
                        + " && !(e.tagName === 'LINK' && e.getAttribute('href') === '/assets/app.css')).map(e => e.outerHTML.slice(0, 200));");
        assertThat(foreign).as("elements from the data in " + where).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) js.executeScript(
                "return [...document.querySelectorAll('a[href]')].map(a => a.href).filter(h => !/^https?:\\/\\//.test(h));");
        assertThat(links).as("links other than http(s) in " + where).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>) js.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/xss-'));");
        assertThat(fetched).as("resources loaded from payload addresses in " + where).isEmpty();
        List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("xss-") || m.contains("Content Security Policy")).toList();
        assertThat(console).as("blocked loads or policy violations in " + where).isEmpty();
    }

    /** A wait that, when it times out, says what the page showed and leaves a screenshot of it. */
    private WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                String page;
                try {
                    screenshot("dashboard-failure.png");
                    page = "status: " + browser.findElement(By.id("status")).getText() + "; count: "
                            + browser.findElement(By.id("results-count")).getText() + "; first result: "
                            + texts(By.cssSelector("#result-list li")).stream().findFirst().orElse("none");
                } catch (Exception e) {
                    page = "(page unreadable: " + e + ")";
                }
                return super.timeoutException(message + " — the page showed " + page, lastException);
            }
        };
        wait.ignoring(StaleElementReferenceException.class); // the page replaces lists while a condition reads them
        return wait;
    }

    /** Clicks after scrolling the element to the middle of the window, clear of the sticky search bar. */
    private void click(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private int canaries() {
        String body = demo.get("/api/search?size=1&q=" + URLEncoder.encode(XssCorpus.CANARY, StandardCharsets.UTF_8));
        try {
            return body == null ? 0 : JSON.readTree(body).get("total").asInt();
        } catch (Exception e) {
            return 0;
        }
    }

    private int count() {
        String text = browser.findElement(By.id("results-count")).getText();
        return text.isBlank() ? -1 : Integer.parseInt(text.replaceAll("\\D", ""));
    }

    private List<String> texts(By selector) {
        return browser.findElements(selector).stream().map(WebElement::getText).toList();
    }

    private static List<String> chips(WebElement result) {
        return result.findElements(By.cssSelector(".chip")).stream().map(WebElement::getText).toList();
    }

    private void screenshot(String name) throws Exception {
        Path file = Path.of("target", name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Screenshot: " + file.toAbsolutePath());
    }
}
