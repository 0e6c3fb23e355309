package org.mfaportal.it.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium (apt: chromium, chromium-driver), driven by Selenium, for pages that
 * need JavaScript.
 */
public final class Chromium implements AutoCloseable {

    private static final String BINARY = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER =
            System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    public Chromium() {
        try {
            profile = Files.createTempDirectory("mfa-it-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options =
                new ChromeOptions()
                        .setBinary(BINARY)
                        .addArguments(
                                "--headless=new",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-dev-shm-usage",
                                "--window-size=1280,1000",
                                "--lang=en-US",
                                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of(DRIVER).toFile())
                        .usingAnyFreePort()
                        .build();
        driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /**
     * Signs in on Keycloak's login pages, with a TOTP code when the user has an authenticator app.
     */
    public void signIn(TestUser user) {
        waitFor(d -> d.findElements(By.id("username")).isEmpty() ? null : true);
        driver.findElement(By.id("username")).sendKeys(user.username());
        driver.findElement(By.id("password")).sendKeys(user.password());
        driver.findElement(By.id("kc-login")).click();
        if (user.totpSecret() != null) {
            waitFor(d -> d.findElements(By.id("otp")).isEmpty() ? null : true);
            driver.findElement(By.id("otp")).sendKeys(user.currentCode());
            driver.findElement(By.id("kc-login")).click();
        }
    }

    public WebElement element(String testId) {
        return waitFor(
                d ->
                        d.findElements(By.cssSelector("[data-testid='" + testId + "']")).stream()
                                .findFirst()
                                .orElse(null));
    }

    public boolean has(String testId) {
        return !driver.findElements(By.cssSelector("[data-testid='" + testId + "']")).isEmpty();
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            // A page that re-renders (React) may drop an element the condition was reading:
            // that is "not yet", so the condition is asked again.
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class)
                    .until(condition);
        } catch (RuntimeException e) {
            if (failureName != null) {
                keepEvidence(failureName);
            }
            throw e;
        }
    }

    private String failureName;

    /**
     * When a wait fails from now on, keep a screenshot, the page source and the browser log under
     * that name.
     */
    public void onFailureKeep(String name) {
        failureName = name;
    }

    private void keepEvidence(String name) {
        try {
            screenshot(name + "-failed");
            Path folder = Path.of("target", "screenshots");
            Files.writeString(folder.resolve(name + "-failed.html"), driver.getPageSource());
            StringBuilder log = new StringBuilder();
            driver.manage()
                    .logs()
                    .get(org.openqa.selenium.logging.LogType.BROWSER)
                    .forEach(entry -> log.append(entry).append('\n'));
            Files.writeString(folder.resolve(name + "-failed.log"), log);
        } catch (RuntimeException | IOException ignored) {
            // evidence is best effort; the test's own failure is what matters
        }
    }

    /** A PNG of the page, for a person looking at what the test saw. */
    public Path screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
