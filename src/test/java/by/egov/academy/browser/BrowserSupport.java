package by.egov.academy.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Debian's headless Chromium driven by Selenium, named explicitly so nothing is downloaded; a failed
 * journey leaves a screenshot and the page source under target/screenshots.
 */
abstract class BrowserSupport {

    @LocalServerPort
    int port;

    WebDriver driver;
    WebDriverWait wait;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver instanceof TakesScreenshot shot) {
                try {
                    Path dir = Files.createDirectories(Path.of("target/screenshots"));
                    String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName().replaceAll("\\W+", "_");
                    Files.copy(shot.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                            StandardCopyOption.REPLACE_EXISTING);
                    Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
                } catch (Exception ignored) {
                    // the failure itself is what matters
                }
            }
            quit();
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            quit();
        }
    };

    static WebDriver chromium() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=ru");
        return new ChromeDriver(service, options);
    }

    @BeforeEach
    void startBrowser() {
        driver = chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebElement linkText(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
    }

    void signIn(String username, String password) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/")));
    }
}
