package com.yiti.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** With {@code -Dyiti.screenshots=DIR} the browser tests save what a person would see at their key steps. */
final class Screenshots {

    private Screenshots() {}

    static void take(WebDriver driver, String name) {
        String dir = System.getProperty("yiti.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of(dir));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
