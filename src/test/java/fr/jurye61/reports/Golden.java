package fr.jurye61.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Golden files of the renderers: run with -Dgolden.update=true to accept a reviewed change. */
public final class Golden {
    private Golden() {
    }

    public static List<String> lines(String name, List<String> actual) throws IOException {
        Path golden = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual, StandardCharsets.UTF_8);
        }
        return Files.readAllLines(golden, StandardCharsets.UTF_8);
    }
}
