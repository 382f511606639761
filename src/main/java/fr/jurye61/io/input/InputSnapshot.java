package fr.jurye61.io.input;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The input folder as one night saw it: every file it reads, frozen when the night began. Each
 * kept file's content lives under its SHA-256 in the state's object store, so that what a night
 * reads cannot change under it (a file re-exported, appended or withdrawn during the night, or
 * swapped for a link before a resume), and a resumed night reads exactly what it began with.
 */
public final class InputSnapshot {
    private final Path objects;
    private final Map<String, SnapshotEntry> entries = new TreeMap<>();

    public InputSnapshot(Path objects, Collection<SnapshotEntry> entries) {
        this.objects = objects;
        entries.forEach(e -> this.entries.put(e.chemin(), e));
    }

    /** Every entry, sorted by path. */
    public List<SnapshotEntry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<SnapshotEntry> entry(String relative) {
        return Optional.ofNullable(entries.get(relative));
    }

    /** The frozen content of a file of the input folder, when the night kept one at that path. */
    public Optional<Path> content(String relative) {
        SnapshotEntry entry = entries.get(relative);
        return entry != null && entry.kept() ? Optional.of(ObjectStore.path(objects, entry.sha256())) : Optional.empty();
    }

    /** The SHA-256 of a kept file, or null. */
    public String sha256(String relative) {
        SnapshotEntry entry = entries.get(relative);
        return entry != null && entry.kept() ? entry.sha256() : null;
    }

    /**
     * Whether the path, or a folder on its way, was a symbolic link leading outside the input
     * folder: such a path is refused, never followed.
     */
    public boolean behindOutsideLink(String relative) {
        String path = relative;
        while (true) {
            SnapshotEntry entry = entries.get(path);
            if (entry != null && entry.nature() == SnapshotEntry.Nature.LIEN_EXTERIEUR) {
                return true;
            }
            int slash = path.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            path = path.substring(0, slash);
        }
    }

    /**
     * The entries of one location of input.md, sorted by path: {@code name} (a top-level file),
     * {@code folder/*.csv} (the CSV files directly in a folder) or {@code folder/name.csv}.
     */
    public List<SnapshotEntry> at(String location) {
        int slash = location.indexOf('/');
        if (slash > 0 && behindOutsideLink(location.substring(0, slash))) {
            // the folder itself leads outside: nothing in it is read, and that must be said
            return List.of(new SnapshotEntry(location.contains("*") ? location.substring(0, slash) : location,
                    SnapshotEntry.Nature.LIEN_EXTERIEUR, 0, 0, null));
        }
        return entries.values().stream().filter(e -> matches(location, e.chemin())).toList();
    }

    /** Whether a path of the input folder is at a location of input.md (see {@link #at}). */
    public static boolean matches(String location, String chemin) {
        int star = location.indexOf("/*");
        if (star < 0) {
            return location.equals(chemin);
        }
        String folder = location.substring(0, star + 1);
        return chemin.startsWith(folder) && chemin.indexOf('/', folder.length()) < 0
                && chemin.toLowerCase(Locale.ROOT).endsWith(location.substring(star + 2).toLowerCase(Locale.ROOT));
    }
}
