package by.egov.academy.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme office's coverage journey in headless Chromium: open the coverage page from the menu, filter by a
 * year, point at an oblast on the map (its figures appear beside it, from the static script), drill into the oblast,
 * and download the districts' XLSX with the browser's session.
 */
@IntegrationTest
class CoverageJourneyTest extends BrowserSupport {

    @Test
    void programmeOfficeFiltersByAYearReadsTheMapAndExportsXlsx() throws Exception {
        signIn("admin", Sessions.ADMIN_PASSWORD);
        linkText("Охват").click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Охват программы"));

        WebElement from = driver.findElement(By.name("from"));
        from.sendKeys("2017");
        driver.findElement(By.name("to")).sendKeys("2017");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("from=2017"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Семинаров в отчёте:");
        assertThat(driver.findElements(By.cssSelector("#region-BY-HR th a"))).hasSize(1);

        WebElement grodno = driver.findElement(By.cssSelector(".coverage-svg g.region[data-region='BY-HR']"));
        new Actions(driver).moveToElement(grodno).perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("map-figures"), "Гродненская область"));
        assertThat(driver.findElement(By.id("map-figures")).getText()).contains("организаций");

        driver.findElement(By.cssSelector("#region-BY-HR th a")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Охват программы: Гродненская область"));
        assertThat(driver.getCurrentUrl()).contains("from=2017");
        String href = driver.findElements(By.cssSelector("p.exports a")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h.contains("table=districts") && h.contains("export.xlsx"))
                .findFirst().orElseThrow();
        Cookie session = driver.manage().getCookieNamed("SESSION");
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Территория");
            boolean lida = false;
            for (var row : wb.getSheetAt(0)) {
                lida |= row.getCell(0).getStringCellValue().equals("Лидский район");
            }
            assertThat(lida).isTrue();
        }
    }
}
