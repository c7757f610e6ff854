package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.platform.NewTask;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import com.yiti.support.TestUsers;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Journeys through the real UI in headless Chromium: sign-in per role, languages, password, phone, keyboard. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class PlatformBrowserIT {

    /** What each demo user's main navigation shows; later modules add their entries. */
    static final List<String> CRM = List.of(
            "nav-home",
            "nav-customers",
            "nav-leads",
            "nav-opportunities",
            "nav-campaigns",
            "nav-quotations",
            "nav-contracts",
            "nav-orders",
            "nav-products",
            "nav-stock");

    static final List<String> WITH_DASHBOARD = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("nav-home", "nav-dashboard"),
                    CRM.stream().skip(1))
            .toList();

    static final List<String> MANAGER = java.util.stream.Stream.concat(
                    WITH_DASHBOARD.stream(),
                    java.util.stream.Stream.of(
                            "nav-fulfilment",
                            "nav-shipments",
                            "nav-production",
                            "nav-purchasing",
                            "nav-tickets",
                            "nav-finance"))
            .toList();

    static final Map<String, List<String>> NAVIGATION = Map.ofEntries(
            Map.entry(
                    "admin",
                    java.util.stream.Stream.concat(
                                    MANAGER.stream(),
                                    java.util.stream.Stream.of(
                                            "nav-users",
                                            "nav-setup",
                                            "nav-departments",
                                            "nav-roles",
                                            "nav-approval-flows",
                                            "nav-notification-channels",
                                            "nav-automation-rules",
                                            "nav-security-log"))
                            .toList()),
            Map.entry("manager", MANAGER),
            Map.entry("salesmgr", WITH_DASHBOARD),
            Map.entry("sales1", CRM),
            Map.entry("sales2", CRM),
            Map.entry("sales3", CRM),
            Map.entry(
                    "warehouse",
                    List.of(
                            "nav-home",
                            "nav-products",
                            "nav-stock",
                            "nav-fulfilment",
                            "nav-receiving",
                            "nav-shipments",
                            "nav-returns")),
            Map.entry("production", List.of("nav-home", "nav-products", "nav-stock", "nav-production", "nav-quality")),
            Map.entry("purchasing", List.of("nav-home", "nav-products", "nav-stock", "nav-purchasing", "nav-quality")),
            Map.entry("finance", List.of("nav-home", "nav-contracts", "nav-products", "nav-returns", "nav-finance")),
            Map.entry("service", List.of("nav-home", "nav-products", "nav-tickets", "nav-returns")));

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    TaskManagement tasks;

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
    void eachDemoUserSignsInAndSeesOnlyTheirNavigation() {
        NAVIGATION.forEach((username, expected) -> {
            var layout = Pages.LoginPage.open(driver, base()).signIn(username, "demo123");
            assertThat(layout.navigationIds()).as(username).containsExactlyElementsOf(expected);
            assertThat(layout.heading()).as(username).isEqualTo("My tasks");
            layout.logout();
        });
    }

    @Test
    void adminOpensUsersButOthersGetForbidden() {
        Pages.LoginPage.open(driver, base()).signIn("sales1", "demo123");
        driver.get(base() + "/admin/users");
        assertThat(driver.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Not allowed");

        var layout = Pages.LoginPage.open(driver, base()).signIn("admin", "demo123");
        driver.findElement(By.id("nav-users")).click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("user-table")));
        assertThat(layout.heading()).isEqualTo("Users");
    }

    @Test
    void liveSearchReplacesOnlyTheResults() {
        Pages.LoginPage.open(driver, base()).signIn("admin", "demo123");
        driver.get(base() + "/admin/users");
        Pages.htmxReady(driver, By.id("user-search"));
        // a marker on the page survives only if the page is not reloaded
        ((JavascriptExecutor) driver).executeScript("document.body.dataset.marker = 'kept'");
        driver.findElement(By.id("q")).sendKeys("warehouse");
        Pages.waitFor(driver).until(d -> {
            var rows = d.findElements(By.cssSelector("#user-table tbody tr"));
            return rows.size() == 1 && rows.get(0).getText().contains("warehouse");
        });
        assertThat(((JavascriptExecutor) driver).executeScript("return document.body.dataset.marker"))
                .isEqualTo("kept");
        assertThat(driver.getCurrentUrl()).contains("q=warehouse");
        assertThat(driver.findElements(By.id("results")))
                .as("the fragment replaces its container")
                .hasSize(1);
        Screenshots.take(driver, "admin-users-search");
    }

    @Test
    void switchingToChineseChangesThePageText() {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        var layout = Pages.LoginPage.open(driver, base()).signIn(user.username(), user.password());
        assertThat(layout.heading()).isEqualTo("My tasks");

        layout.switchTo("zh");
        assertThat(layout.heading()).isEqualTo("我的任务");
        Screenshots.take(driver, "home-zh");
        assertThat(driver.findElement(By.id("nav-home")).getText()).isEqualTo("我的任务");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");

        // remembered on the user: a new sign-in (fresh cookies) comes back in Chinese
        layout.logout();
        var again = Pages.LoginPage.open(driver, base()).signIn(user.username(), user.password());
        assertThat(again.heading()).isEqualTo("我的任务");
        again.switchTo("en");
        assertThat(again.heading()).isEqualTo("My tasks");
    }

    @Test
    void userChangesPasswordAndSignsInWithTheNewOne() {
        var user = users.create(EnumSet.of(Role.WAREHOUSE));
        var layout = Pages.LoginPage.open(driver, base()).signIn(user.username(), user.password());
        var profile = layout.openProfile().changePassword(user.password(), "Lantern-Harbour-2026");
        assertThat(profile.flash()).contains("password has been changed");

        var login = layout.logout();
        login.signInFails(user.username(), user.password());
        var back = login.signIn(user.username(), "Lantern-Harbour-2026");
        assertThat(back.heading()).isEqualTo("My tasks");
    }

    @Test
    void logoutEndsTheSession() {
        Pages.LoginPage.open(driver, base()).signIn("finance", "demo123").logout();
        driver.get(base() + "/");
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void markingATaskDoneUpdatesTheInboxInPlace() {
        var user = users.create(EnumSet.of(Role.PURCHASING));
        long id = tasks.raise(new NewTask(
                        "task.demo.changePasswords",
                        List.of(),
                        null,
                        user.id(),
                        null,
                        LocalDate.now(),
                        "test.browser",
                        null))
                .id();
        Pages.LoginPage.open(driver, base()).signIn(user.username(), user.password());
        assertThat(driver.findElements(By.id("task-" + id))).hasSize(1);
        Screenshots.take(driver, "home-task");
        driver.findElement(By.id("done-" + id)).click();
        // the row leaves the open list in place (the role may have other tasks, e.g. low stock)
        Pages.waitFor(driver).until(d -> d.findElements(By.id("task-" + id)).isEmpty());
        assertThat(driver.findElements(By.id("done-" + id))).isEmpty();
    }

    @Test
    void salesRepWorksOnAPhoneSizedScreen() {
        Pages.phoneSize(driver);
        var layout = Pages.LoginPage.open(driver, base()).signIn("sales1", "demo123");
        assertThat(driver.findElement(By.cssSelector(".navbar-toggler")).isDisplayed())
                .isTrue();
        assertThat(widerThanScreen()).as("elements wider than the phone screen").isEmpty();
        Screenshots.take(driver, "phone-home");
        layout.openProfile();
        assertThat(layout.heading()).isEqualTo("Profile");
        Screenshots.take(driver, "phone-profile");
        layout.logout();
    }

    /** Elements that stick out past the right edge of the viewport (what makes a phone page scroll sideways). */
    @SuppressWarnings("unchecked")
    private List<String> widerThanScreen() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                        const out = [];
                        const root = document.documentElement;
                        if (root.scrollWidth <= root.clientWidth) return out;
                        const clipped = el => {
                          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                            if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
                          }
                          return false;
                        };
                        for (const el of document.querySelectorAll('body *')) {
                          const r = el.getBoundingClientRect();
                          if (r.width > 0 && r.right > root.clientWidth + 1 && !clipped(el)) {
                            out.push(el.tagName + '#' + el.id + '.' + el.className + ' right=' + Math.round(r.right));
                          }
                        }
                        if (out.length === 0) out.push('page ' + root.scrollWidth + ' > ' + root.clientWidth);
                        return out.slice(0, 10);
                        """);
    }

    @Test
    void signInWithTheKeyboardAlone() {
        var layout = Pages.LoginPage.open(driver, base()).signInWithKeyboard("service", "demo123");
        assertThat(layout.heading()).isEqualTo("My tasks");
        layout.logout();
    }
}
