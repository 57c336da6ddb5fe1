package io.veille.app.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.UnexpectedAlertBehaviour;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;

/**
 * A real headless Chromium driven by chromedriver (Debian's {@code chromium} and {@code chromium-driver}).
 * Without them the calling test is skipped, unless {@code -Dveille.browser.required=true} (CI), which makes it fail.
 * {@code -Dveille.chromium} and {@code -Dveille.chromedriver} point elsewhere.
 */
public final class HeadlessChromium {
    private HeadlessChromium() {
    }

    /** A new browser; the caller quits it. Prompts are left open (not dismissed) so a test can see them. */
    public static ChromeDriver start() {
        Path chromium = Path.of(System.getProperty("veille.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("veille.chromedriver", "/usr/bin/chromedriver"));
        boolean present = Files.isExecutable(chromium) && Files.isExecutable(driver);
        String missing = "headless Chromium needs " + chromium + " and " + driver
                + " (Debian: apt-get install chromium chromium-driver)";
        if (!present) {
            if (Boolean.getBoolean("veille.browser.required")) {
                Assertions.fail(missing + "; veille.browser.required=true");
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1440,1000", "--lang=fr-FR", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync");
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }
}
