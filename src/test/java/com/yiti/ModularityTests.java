package com.yiti;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(YitiApplication.class);

    /** Fails on a cycle between modules, on access to another module's internals, or on an undeclared dependency. */
    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theExpectedModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains(
                        "platform",
                        "shared",
                        "customer",
                        "opportunity",
                        "inventory",
                        "order",
                        "production",
                        "purchasing",
                        "finance",
                        "aftersales");
    }

    /**
     * The Documenter writes its lines in a different order on every run: it writes under target/, and a file is
     * copied into docs/modules only when its content changed (compared as a sorted set of lines), so a test run
     * leaves the tree clean unless the modules really changed.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        Path generated = Path.of("target/modules-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Path docs = Path.of("docs/modules");
        Files.createDirectories(docs);
        try (Stream<Path> files = Files.list(generated)) {
            for (Path file : files.toList()) {
                Path committed = docs.resolve(file.getFileName());
                if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(file))) {
                    Files.copy(file, committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(docs.resolve("components.puml")).exists();
    }

    /** The lines in any order; a table cell's opening bar goes with whichever line comes first, so it is left out. */
    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .map(line -> line.startsWith("|* ") ? line.substring(1) : line)
                .sorted()
                .toList();
    }
}
