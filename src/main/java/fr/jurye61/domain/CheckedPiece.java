package fr.jurye61.domain;

/** A piece and what its file turned out to be. */
public record CheckedPiece(Piece piece, FileState state) {
    public boolean usable() {
        return state.usable();
    }
}
