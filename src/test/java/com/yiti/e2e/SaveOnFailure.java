package com.yiti.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;

/** When a browser test fails, keeps what the browser showed: target/browser-failures/<test>.png and .html. */
class SaveOnFailure implements TestWatcher {

    private static void save(Path dir, String name, org.openqa.selenium.chrome.ChromeDriver driver) throws IOException {
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        Files.writeString(
                dir.resolve(name + ".html"),
                driver.getCurrentUrl() + "\n" + driver.getPageSource(),
                StandardCharsets.UTF_8);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            var driver = Browser.get();
            String text =
                    driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
            System.err.println(
                    "Browser at " + driver.getCurrentUrl() + " (" + driver.getTitle() + ") when " + name + " failed: "
                            + text.substring(0, Math.min(400, text.length())).replace('\n', ' '));
            save(dir, name, driver);
            var second = Browser.secondIfStarted();
            if (second.isPresent()) {
                save(dir, name + "-second", second.get());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the browser state: " + e);
        }
    }
}
