package com.yiti.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page objects: what a person sees and clicks, by the ids the templates give it. */
final class Pages {

    private Pages() {}

    static WebDriverWait waitFor(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Long enough for a page that refreshes itself every 5 s to show a change made elsewhere (two polls and more). */
    static WebDriverWait live(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Opens a page and waits until htmx has processed it, so the first interaction is not lost. */
    /** Clicks an element after scrolling it to the middle of the window, clear of sticky headers and footers. */
    static void click(WebDriver driver, By by) {
        WebElement element = driver.findElement(by);
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    static void open(WebDriver driver, String url) {
        driver.get(url);
        waitFor(driver)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState === 'complete' && typeof htmx !== 'undefined'")));
    }

    /** Waits until htmx has wired an element (it keeps its own data on every element it processed). */
    static WebElement htmxReady(WebDriver driver, By by) {
        WebElement element = waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(by));
        waitFor(driver)
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return arguments[0]['htmx-internal-data'] !== undefined", element)));
        return element;
    }

    /** The layout around every page: navigation, language switcher, user menu. */
    static class Layout {
        final WebDriver driver;

        Layout(WebDriver driver) {
            this.driver = driver;
        }

        List<String> navigationIds() {
            // entries in order, whether a link of the bar or of a group's menu (managers and ADMIN see groups)
            return driver
                    .findElements(By.cssSelector(
                            "#nav-modules a.nav-link:not(.dropdown-toggle), #nav-modules a.dropdown-item"))
                    .stream()
                    .map(e -> e.getAttribute("id"))
                    .toList();
        }

        String heading() {
            return driver.findElement(By.cssSelector("main h1")).getText();
        }

        Layout switchTo(String lang) {
            openMenuIfCollapsed();
            driver.findElement(By.id("lang-" + lang)).click();
            waitFor(driver)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.id(lang.equals("zh") ? "lang-en" : "lang-zh")));
            return this;
        }

        ProfilePage openProfile() {
            openMenuIfCollapsed();
            driver.findElement(By.id("user-menu")).click();
            waitFor(driver)
                    .until(ExpectedConditions.elementToBeClickable(By.id("nav-profile")))
                    .click();
            waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("password-form")));
            return new ProfilePage(driver);
        }

        LoginPage logout() {
            openMenuIfCollapsed();
            driver.findElement(By.id("user-menu")).click();
            waitFor(driver)
                    .until(ExpectedConditions.elementToBeClickable(By.id("logout")))
                    .click();
            waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("logout-message")));
            return new LoginPage(driver);
        }

        /** On a phone the navigation sits behind the toggler. */
        void openMenuIfCollapsed() {
            WebElement toggler = driver.findElement(By.cssSelector(".navbar-toggler"));
            WebElement menu = driver.findElement(By.id("main-nav"));
            if (toggler.isDisplayed() && !menu.getAttribute("class").contains("show")) {
                toggler.click();
                waitFor(driver)
                        .until(d -> menu.getAttribute("class").contains("show")
                                && !menu.getAttribute("class").contains("collapsing"));
            }
        }
    }

    static class LoginPage {
        final WebDriver driver;

        LoginPage(WebDriver driver) {
            this.driver = driver;
        }

        static LoginPage open(WebDriver driver, String baseUrl) {
            driver.manage().deleteAllCookies();
            driver.get(baseUrl + "/login");
            return new LoginPage(driver);
        }

        /**
         * Signs in and waits for the signed-in layout. The wait is longer than for a click because the first page after
         * sign-in is the home with every card of the user's roles; a refused sign-in fails at once, naming what the
         * login page said.
         */
        Layout signIn(String username, String password) {
            markPage();
            submit(username, password);
            signedIn(username);
            return new Layout(driver);
        }

        /** Marks the login page, so the wait below knows when the browser shows the next one. */
        private void markPage() {
            ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("document.documentElement.dataset.signingIn = 'yes'");
        }

        private void signedIn(String username) {
            // generous: the first sign-in of a class may land while a freshly started context still plans and indexes
            // its demo data in the background on the same two cores
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
            wait.ignoring(org.openqa.selenium.WebDriverException.class);
            wait.until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return document.readyState === 'complete'"
                                    + " && !document.documentElement.dataset.signingIn")
                            .equals(Boolean.TRUE)
                    && (!d.findElements(By.id("user-menu")).isEmpty()
                            || !d.findElements(By.cssSelector(".alert-danger")).isEmpty()));
            List<WebElement> refused = driver.findElements(By.cssSelector(".alert-danger"));
            if (driver.findElements(By.id("user-menu")).isEmpty()) {
                throw new AssertionError("sign-in of " + username + " refused at " + driver.getCurrentUrl() + ": "
                        + (refused.isEmpty() ? "(no message)" : refused.get(0).getText()));
            }
        }

        LoginPage signInFails(String username, String password) {
            submit(username, password);
            waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
            return this;
        }

        /** Keyboard only: the username field has focus; Tab to the password, Enter to submit. */
        Layout signInWithKeyboard(String username, String password) {
            markPage();
            driver.switchTo().activeElement().sendKeys(username, Keys.TAB, password, Keys.ENTER);
            signedIn(username);
            return new Layout(driver);
        }

        void submit(String username, String password) {
            driver.findElement(By.id("username")).clear();
            driver.findElement(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys(password);
            driver.findElement(By.id("login-submit")).click();
        }
    }

    static class ProfilePage {
        final WebDriver driver;

        ProfilePage(WebDriver driver) {
            this.driver = driver;
        }

        ProfilePage changePassword(String current, String next) {
            driver.findElement(By.id("currentPassword")).sendKeys(current);
            driver.findElement(By.id("newPassword")).sendKeys(next);
            driver.findElement(By.id("confirmPassword")).sendKeys(next);
            driver.findElement(By.id("password-submit")).click();
            waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("flash-message")));
            return this;
        }

        String flash() {
            return driver.findElement(By.id("flash-message")).getText();
        }
    }

    static void phoneSize(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    static void desktopSize(WebDriver driver) {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
