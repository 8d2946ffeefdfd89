package by.egov.academy.browser;

import java.util.List;

import by.egov.academy.support.IntegrationTest;
import by.egov.academy.support.Sessions;
import by.egov.academy.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme office's first journey through the directory in a real headless Chromium:
 * sign in, open Grodno oblast and its 17 districts, add an official to the Lida district executive
 * committee, find the official by part of the surname, switch to Belarusian.
 */
@IntegrationTest
class DirectoryJourneyTest extends BrowserSupport {

    @Test
    void programmeOfficeAddsAndFindsAnOfficialInLida() {
        signIn("admin", Sessions.ADMIN_PASSWORD);

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
