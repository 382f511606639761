package fr.jurye61.jobs.remote;

import java.nio.file.Path;
import java.util.List;

/**
 * One document a worker of a distributed night analyses ahead of the evaluation, by content: the
 * counted report of a candidate (its analysis), a piece (its state) or a grid (its state and what
 * its pack copy would keep). The path is the night's kept copy under --state, which every machine
 * sees at the same path. Written in a partition's execution context as one line.
 */
public record DocumentWork(Kind kind, String sha256, long size, Path file) {
    public enum Kind { RAPPORT, PIECE, GRILLE }

    String line() {
        return kind + "\t" + sha256 + "\t" + size + "\t" + file;
    }

    static DocumentWork parse(String line) {
        String[] f = line.split("\t", 4);
        return new DocumentWork(Kind.valueOf(f[0]), f[1], Long.parseLong(f[2]), Path.of(f[3]));
    }

    static String lines(List<DocumentWork> works) {
        StringBuilder b = new StringBuilder();
        works.forEach(w -> b.append(w.line()).append('\n'));
        return b.toString();
    }

    static List<DocumentWork> parseLines(String lines) {
        return lines == null || lines.isEmpty() ? List.of() : lines.lines().map(DocumentWork::parse).toList();
    }
}
