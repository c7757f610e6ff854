package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.customer.CustomerView;
import com.yiti.opportunity.OpportunityData;
import com.yiti.opportunity.OpportunityManagement;
import com.yiti.opportunity.OpportunityView;
import com.yiti.opportunity.Stage;
import com.yiti.platform.Role;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The sales rep's day in the browser: qualify a lead, move the deal to won, and the walls between reps. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class CrmBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures fixtures;

    @Autowired
    OpportunityManagement opportunities;

    final ChromeDriver driver = Browser.get();

    String base() {
        return "http://localhost:" + port;
    }

    @AfterEach
    void reset() {
        Pages.desktopSize(driver);
        driver.manage().deleteAllCookies();
    }

    @Test
    void salesRepQualifiesALeadAndWinsTheDealOnTheBoard() {
        var lead = fixtures.leadOf("sales1");
        Pages.LoginPage.open(driver, base()).signIn("sales1", "demo123");

        driver.findElement(By.id("nav-leads")).click();
        Pages.htmxReady(driver, By.id("lead-filter"));
        driver.findElement(By.id("q")).sendKeys(lead.company());
        Pages.waitFor(driver)
                .until(d ->
                        d.findElements(By.cssSelector("#lead-table tbody tr")).size() == 1);
        driver.findElement(By.linkText(lead.company())).click();
        driver.findElement(By.id("lead-qualify")).click();
        Screenshots.take(driver, "crm-qualify");
        var close = driver.findElement(By.id("expectedCloseDate"));
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        close,
                        LocalDate.now().minusDays(200).toString());
        driver.findElement(By.id("qualify-submit")).click();

        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("opportunity-title")));
        assertThat(driver.findElement(By.id("flash-message")).getText()).contains("Lead qualified");
        assertThat(driver.findElement(By.id("opportunity-customer")).getText()).isEqualTo(lead.company());
        assertThat(driver.findElement(By.id("opportunity-amount")).getText()).startsWith("¥120,000.00");
        String opportunityUrl = driver.getCurrentUrl();
        long id = Long.parseLong(opportunityUrl.substring(opportunityUrl.lastIndexOf('/') + 1));

        // the customer exists with the lead's contact person
        driver.findElement(By.id("opportunity-customer")).click();
        assertThat(driver.findElement(By.id("contact-list")).getText())
                .contains("周先生")
                .contains("13800138000");

        // the board: keyboard path (the stage selector) ...
        Pages.open(driver, base() + "/opportunities/board");
        new Select(Pages.htmxReady(driver, By.id("stage-" + id))).selectByValue("PROPOSAL");
        Pages.waitFor(driver)
                .until(d -> !d.findElements(By.cssSelector("#column-PROPOSAL #card-" + id))
                        .isEmpty());
        assertThat(driver.getCurrentUrl())
                .as("a card's stage change must not also fire the board filter")
                .doesNotContain("closeMonth");
        // ... and dragging the card onto a column
        dragCard(id, "NEGOTIATION");
        Pages.waitFor(driver)
                .until(d -> !d.findElements(By.cssSelector("#column-NEGOTIATION #card-" + id))
                        .isEmpty());
        Screenshots.take(driver, "crm-board");
        // won asks for confirmation first
        dragCard(id, "WON");
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("close-confirm")));
        driver.findElement(By.id("close-confirm")).click();
        Pages.waitFor(driver).until(ExpectedConditions.textToBe(By.id("opportunity-stage"), "Won"));
        assertThat(driver.findElement(By.id("stage-history")).getText())
                .contains("Qualification")
                .contains("Proposal")
                .contains("Negotiation")
                .contains("Won");
    }

    @Test
    void aRepCannotOpenAnotherRepsCustomerByUrl() {
        CustomerView theirs = fixtures.customerOf("sales2");
        Pages.LoginPage.open(driver, base()).signIn("sales1", "demo123");
        driver.get(base() + "/customers/" + theirs.id());
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Not found");
        assertThat(driver.getPageSource()).doesNotContain(theirs.name());
        driver.get(base() + "/search?q=" + theirs.name().substring(theirs.name().length() - 8));
        assertThat(driver.findElement(By.id("search-empty")).isDisplayed()).isTrue();
    }

    @Test
    void salesManagerSeesBothRepsPipelines() {
        OpportunityView one = earlyDeal("sales1");
        OpportunityView two = earlyDeal("sales2");
        OpportunityView other = earlyDeal("sales3");
        Pages.LoginPage.open(driver, base()).signIn("salesmgr", "demo123");
        // a sales manager's navigation is long enough to be grouped: Sales → Opportunities
        driver.findElement(By.id("nav-group-sales")).click();
        Pages.waitFor(driver)
                .until(ExpectedConditions.elementToBeClickable(By.id("nav-opportunities")))
                .click();
        driver.findElement(By.id("board-link")).click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("board")));
        assertThat(driver.findElements(By.id("card-" + one.id()))).hasSize(1);
        assertThat(driver.findElements(By.id("card-" + two.id()))).hasSize(1);
        assertThat(driver.findElements(By.id("card-" + other.id()))).isEmpty();
        List<String> owners = new Select(driver.findElement(By.id("ownerId")))
                .getOptions().stream().map(o -> o.getText()).toList();
        assertThat(owners).contains("张伟 Zhang Wei", "刘芳 Liu Fang").doesNotContain("陈杰 Chen Jie");

        // filtering to one rep shows only theirs, without reloading the page
        Pages.htmxReady(driver, By.id("board-filter"));
        new Select(driver.findElement(By.id("ownerId"))).selectByVisibleText("刘芳 Liu Fang");
        Pages.waitFor(driver)
                .until(d -> d.findElements(By.id("card-" + one.id())).isEmpty());
        assertThat(driver.findElements(By.id("card-" + two.id()))).hasSize(1);
    }

    @Test
    void chineseWalkThroughTheCrm() {
        var rep = users.create(EnumSet.of(Role.SALES_REP));
        var layout = Pages.LoginPage.open(driver, base()).signIn(rep.username(), rep.password());
        layout.switchTo("zh");
        for (var page : List.of(
                new String[] {"/customers", "客户"},
                new String[] {"/customers/new", "新建客户"},
                new String[] {"/leads", "线索"},
                new String[] {"/leads/new", "新建线索"},
                new String[] {"/opportunities", "商机"},
                new String[] {"/opportunities/board", "销售漏斗"},
                new String[] {"/campaigns", "市场活动"},
                new String[] {"/search?q=xyz", "搜索"})) {
            driver.get(base() + page[0]);
            assertThat(driver.findElement(By.cssSelector("main h1")).getText())
                    .as(page[0])
                    .isEqualTo(page[1]);
            assertThat(driver.getPageSource()).as(page[0]).doesNotContain("??");
        }
        Screenshots.take(driver, "crm-board-zh");
        layout.switchTo("en");
    }

    private OpportunityView earlyDeal(String rep) {
        CustomerView c = fixtures.customerOf(rep);
        return users.runAs(
                rep,
                () -> opportunities.create(new OpportunityData(
                        c.id(),
                        CrmFixtures.unique("Early"),
                        new BigDecimal("10.00"),
                        Stage.PROSPECTING,
                        null,
                        LocalDate.now().minusDays(300),
                        null,
                        null,
                        null)));
    }

    /** HTML5 drag and drop, dispatched as the browser would (WebDriver's own drag does not fire these events). */
    private void dragCard(long id, String stage) {
        ((JavascriptExecutor) driver).executeScript("""
                        const card = document.getElementById('card-' + arguments[0]);
                        const column = document.getElementById('column-' + arguments[1]);
                        const data = new DataTransfer();
                        card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));
                        column.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
                        column.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
                        """, id, stage);
    }
}
