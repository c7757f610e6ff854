package com.yiti.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.platform.Role;
import com.yiti.platform.SecurityEventType;
import com.yiti.platform.SecurityLog;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Passkeys in a real browser with Chromium's virtual authenticator (a platform authenticator with user
 * verification): a rep registers one on the second-factor page, signs out, signs in with it alone from the login
 * page, and after a password sign-in uses it as the second factor. The relying party is the configured base URL, so
 * this test runs on a fixed port.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=18181", "yiti.base-url=http://localhost:18181"})
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(SaveOnFailure.class)
class PasskeyBrowserIT {

    static final String BASE = "http://localhost:18181";

    @Autowired
    com.yiti.support.TestUsers users;

    @Autowired
    SecurityLog log;

    final ChromeDriver driver = Browser.get();

    VirtualAuthenticator authenticator;

    @AfterEach
    void reset() {
        if (authenticator != null) {
            driver.removeVirtualAuthenticator(authenticator);
        }
        driver.manage().deleteAllCookies();
    }

    @Test
    void aRepRegistersAPasskeyAndSignsInWithIt() {
        var user = users.create(EnumSet.of(Role.SALES_REP));
        authenticator = driver.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));

        var layout = Pages.LoginPage.open(driver, BASE).signIn(user.username(), user.password());
        Pages.open(driver, BASE + "/profile/second-factor");
        driver.findElement(By.id("passkey-label")).sendKeys("Test phone");
        driver.findElement(By.id("passkey-add")).click();
        Pages.waitFor(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("passkeys"), "Test phone"));
        assertThat(authenticator.getCredentials()).hasSize(1);

        layout.logout();
        driver.findElement(By.id("passkey-sign-in")).click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-home")));
        assertThat(driver.getCurrentUrl()).isEqualTo(BASE + "/");

        // with the password, the passkey is the second factor
        Pages.LoginPage.open(driver, BASE).submit(user.username(), user.password());
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("second-factor-form")));
        driver.findElement(By.id("passkey-sign-in")).click();
        Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-home")));

        assertThat(users.runAs(
                                "admin",
                                () -> log.search(
                                        SecurityEventType.SECOND_FACTOR_ENROLLED,
                                        user.username(),
                                        null,
                                        null,
                                        PageRequest.of(0, 10)))
                        .getContent())
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("passkey"));
        assertThat(users.runAs(
                                "admin",
                                () -> log.search(
                                        SecurityEventType.SIGN_IN, user.username(), null, null, PageRequest.of(0, 10)))
                        .getContent())
                .anyMatch(e -> "passkey".equals(e.detail()));
    }
}
