package fr.jurye61.io.input;

import fr.jurye61.io.csv.InputKind;
import java.io.IOException;
import java.nio.file.Path;

/** Snapshots of test input folders, their objects kept beside the folder (in the test's temporary folder). */
public final class Snapshots {
    private Snapshots() {
    }

    public static InputSnapshot of(Path input) throws IOException {
        Path objects = input.toAbsolutePath().resolveSibling(input.getFileName() + "-objets");
        return new InputSnapshot(objects, new InputFolder(input, InputKind.locations()).snapshot(objects));
    }
}
