package org.mfaportal.it.adminconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.mfaportal.it.kit.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** What the admin console stories read off a page of the console: its heading and its failures. */
final class ConsolePage {

    /** Texts of the error pages a broken route shows (react-router's, the library's own). */
    private static final List<String> ERROR_PAGES =
            List.of(
                    "Unexpected Application Error",
                    "404 Not Found",
                    "Page Not Found",
                    "Something went wrong");

    private ConsolePage() {}

    /** The first non-blank h1, or null. */
    static String heading(WebDriver driver) {
        return driver.findElements(By.tagName("h1")).stream()
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElse(null);
    }

    /**
     * Waits until the page has loaded its data (no spinner left), then asserts it shows no error
     * page and no error alert.
     */
    static void assertRenderedWithoutError(Chromium chromium, String what) {
        chromium.waitFor(
                d ->
                        d.findElements(By.cssSelector("main .pf-v5-c-spinner")).isEmpty()
                                ? true
                                : null);
        assertThat(chromium.driver().getPageSource()).as(what).doesNotContain(ERROR_PAGES);
        assertThat(
                        chromium
                                .driver()
                                .findElements(By.cssSelector(".pf-v5-c-alert.pf-m-danger"))
                                .stream()
                                .map(WebElement::getText)
                                .toList())
                .as(what + ": error alerts")
                .isEmpty();
    }

    /** The browser log's entries since the last read that report an HTTP 404. */
    static List<String> notFoundInBrowserLog(Chromium chromium) {
        return chromium.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("404"))
                .toList();
    }
}
