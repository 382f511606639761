package fr.jurye61.domain;

import java.util.List;

/**
 * An evaluation grid and what its file turned out to be; {@code leftAfterCleaning} is what a
 * pack's sanitised copy would still carry (empty for a clean copy, or when the file is unusable).
 */
public record CheckedGrid(Grid grid, FileState state, List<String> leftAfterCleaning) {

    public CheckedGrid {
        leftAfterCleaning = List.copyOf(leftAfterCleaning);
    }

    public CheckedGrid(Grid grid, FileState state) {
        this(grid, state, List.of());
    }
}
