package com.yiti.e2e;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for all browser tests of a run (starting one costs seconds). Debian's chromium and
 * chromedriver by default; {@code -Dyiti.chrome=...} and {@code -Dyiti.chromedriver=...} point elsewhere. Selenium
 * Manager never runs because the driver path is given, so nothing is downloaded.
 */
final class Browser {

    private static ChromeDriver driver;
    private static ChromeDriver second;

    private Browser() {}

    static synchronized ChromeDriver get() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    /** A second browser with its own cookies, for journeys where two people work at the same time. */
    static synchronized ChromeDriver second() {
        if (second == null) {
            second = start();
        }
        return second;
    }

    /** The second browser if a test started it, for saving its state on failure. */
    static synchronized java.util.Optional<ChromeDriver> secondIfStarted() {
        return java.util.Optional.ofNullable(second);
    }

    private static ChromeDriver start() {
        {
            String chrome = System.getProperty("yiti.chrome", "/usr/bin/chromium");
            String chromedriver = System.getProperty("yiti.chromedriver", "/usr/bin/chromedriver");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver))
                    .usingAnyFreePort()
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chrome);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--window-size=1280,900",
                    "--lang=en-US");
            ChromeDriver started = new ChromeDriver(service, options);
            started.manage().timeouts().implicitlyWait(Duration.ZERO);
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit));
            return started;
        }
    }
}
