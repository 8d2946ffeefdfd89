package by.egov.academy.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme office's first journey through the directory in a real headless Chromium:
 * sign in, open Grodno oblast and its 17 districts, add an official to the Lida district executive
 * committee, find the official by part of the surname, switch to Belarusian.
 */
@IntegrationTest
class DirectoryJourneyTest {

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
                    Path file = dir.resolve(context.getDisplayName().replaceAll("\\W+", "_") + ".png");
                    Files.copy(shot.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
                    Files.writeString(dir.resolve(file.getFileName() + ".html"), driver.getPageSource());
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
    void start() {
        driver = chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement linkText(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
    }

    @Test
    void programmeOfficeAddsAndFindsAnOfficialInLida() {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys(Sessions.ADMIN_PASSWORD);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe(url("/")));

        linkText("Территории").click();
        linkText("Гродненская область").click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Гродненская область"));
        assertThat(driver.findElement(By.id("districts")).getText()).isEqualTo("Районы (17)");
        List<WebElement> districtRows = driver.findElements(By.cssSelector("table[aria-labelledby=districts] tbody tr"));
        assertThat(districtRows).hasSize(17);

        linkText("Лидский район").click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Лидский район"));
        linkText("Показать организации").click();
        linkText("Лидский районный исполнительный комитет").click();
        linkText("Добавить должностное лицо").click();

        String surname = "Ярашэвіч" + TestData.unique("").replaceAll("\\D", "").substring(0, 4);
        driver.findElement(By.id("fullName")).sendKeys(surname + " Алесь Янкавіч");
        driver.findElement(By.id("position")).sendKeys("Заместитель председателя");
        driver.findElement(By.cssSelector("input[type=radio][value=DEPUTY_HEAD]")).click();
        driver.findElement(By.id("email")).sendKeys(TestData.unique("journey") + "@lida.example");
        driver.findElement(By.id("phone")).sendKeys("+375 154 555555");
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), surname + " Алесь Янкавіч"));
        assertThat(driver.findElement(By.cssSelector(".flash.ok")).getText()).isEqualTo("Должностное лицо добавлено.");

        linkText("Должностные лица").click();
        WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        search.sendKeys(surname.substring(0, 6).toLowerCase());
        // htmx replaces the results as the user types; Enter submits the same form without JavaScript
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), surname + " Алесь Янкавіч"));
        assertThat(driver.findElement(By.id("results")).getText()).contains("Лидский районный исполнительный комитет");
        search.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), surname + " Алесь Янкавіч"));

        linkText("Бел").click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Службовыя асобы"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("be");
        assertThat(driver.findElement(By.id("results")).getText()).contains(surname)
                .contains("Лідскі раённы выканаўчы камітэт");
        // the choice is remembered on the next page
        linkText("Тэрыторыі").click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Адміністрацыйна-тэрытарыяльны падзел"));
        assertThat(driver.getPageSource()).contains("Гродзенская вобласць");
    }
}
