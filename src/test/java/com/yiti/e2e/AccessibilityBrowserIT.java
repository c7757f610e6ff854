package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * WCAG 2.1 AA with axe-core (its rules ship in the test jar) on the main pages of each department, in both languages:
 * no critical and no serious violation. Found by outside testing: inbox tabs without tab roles, low-contrast inactive
 * navigation, and links and buttons on highlighted rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class AccessibilityBrowserIT {

    /** The pages each demo user works in. */
    static final Map<String, List<String>> PAGES = Map.of(
            "sales1", List.of("/", "/customers", "/opportunities/board", "/quotations", "/orders", "/search?q=SO-"),
            "warehouse", List.of("/", "/fulfilment", "/shipments", "/stock"),
            "finance", List.of("/", "/finance/invoices", "/finance/holds", "/finance/journal", "/finance/aging"),
            "service", List.of("/", "/tickets", "/returns"),
            "manager", List.of("/dashboard", "/orders?status=CONFIRMED"),
            "admin", List.of("/admin/users"));

    @LocalServerPort
    int port;

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
    void theMainPagesHaveNoCriticalOrSeriousViolations() {
        List<String> found = new ArrayList<>();
        PAGES.forEach((user, pages) -> {
            var layout = Pages.LoginPage.open(driver, base()).signIn(user, "demo123");
            for (String language : List.of("en", "zh")) {
                if (language.equals("zh")) {
                    layout.switchTo("zh");
                }
                for (String page : pages) {
                    Pages.open(driver, base() + page);
                    Results results = new AxeBuilder()
                            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                            .analyze(driver);
                    for (Rule violation : results.getViolations()) {
                        if ("critical".equals(violation.getImpact()) || "serious".equals(violation.getImpact())) {
                            found.add(user + " " + language + " " + page + ": " + violation.getId() + " ("
                                    + violation.getImpact() + ") × "
                                    + violation.getNodes().size() + ": "
                                    + violation.getNodes().stream()
                                            .limit(6)
                                            .map(n -> n.getTarget() + " " + n.getFailureSummary())
                                            .toList());
                        }
                    }
                }
            }
            layout.switchTo("en");
            layout.logout();
        });
        assertThat(found).isEmpty();
    }
}
