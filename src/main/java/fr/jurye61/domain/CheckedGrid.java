package fr.jurye61.domain;

/** An evaluation grid and what its file turned out to be. */
public record CheckedGrid(Grid grid, FileState state) {
}
