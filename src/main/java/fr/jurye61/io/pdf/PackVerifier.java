package fr.jurye61.io.pdf;

import fr.jurye61.domain.FileState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Checks one commission pack as an auditor would (output.md, verify-pack): the manifest's hashes,
 * no missing or extra file, no link, every PDF opens and carries no active content nor any action
 * that leaves the document (link to a share, URI, form submission), and the merged PDF's
 * candidates and page counts match the per-candidate files. Faults are worded in French.
 */
public final class PackVerifier {
    private static final String MANIFEST = PackLayout.MANIFEST;

    private PackVerifier() {
    }

    /**
     * Whether a folder looks like a commission pack at all (a manifest, a PDF or a candidates
     * folder at its top): what is not gets one sentence, not a fault per file.
     */
    public static boolean isPack(Path folder) throws IOException {
        if (Files.isRegularFile(folder.resolve(MANIFEST)) || Files.isDirectory(folder.resolve(PackLayout.CANDIDATES))) {
            return true;
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.anyMatch(p -> PackLayout.isMergedName(p.getFileName().toString()) && Files.isRegularFile(p));
        }
    }

    /** The packs directly inside a folder (dossiers/), by name. */
    public static List<Path> packsIn(Path folder) throws IOException {
        List<Path> packs = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.sorted().toList()) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && isPack(p)) {
                    packs.add(p);
                }
            }
        }
        return packs;
    }

    /**
     * A pack is judged by its content, not by its folder's name: a copied or renamed pack (« C02
     * (copie) ») whose manifest checks is sound. Each fault is told once, on the file it concerns.
     */
    public static List<String> verify(Path pack) throws IOException {
        List<String> faults = new ArrayList<>();
        Path manifest = pack.resolve(MANIFEST);
        Set<String> actual = files(pack);
        actual.remove(MANIFEST);
        // Files already found missing, unreadable or out of place: the layout check does not tell them again.
        Set<String> reported = new TreeSet<>();
        // A link is never followed: it could lead to any file of the machine.
        for (String file : List.copyOf(actual)) {
            if (Files.isSymbolicLink(pack.resolve(file))) {
                faults.add(file + " : lien symbolique (un dossier ne contient que des fichiers ; il n'est pas suivi).");
                actual.remove(file);
                reported.add(file);
            }
        }
        if (!Files.isRegularFile(manifest)) {
            faults.add(PackLayout.MANIFEST + " absent : l'intégrité du dossier ne peut pas être vérifiée.");
        } else {
            checkManifest(pack, manifest, actual, faults, reported);
        }
        for (String file : actual) {
            if (PackLayout.isMergedName(file)) {
                if (!checkPdf(pack.resolve(file), file, faults)) {
                    reported.add(file);
                }
            } else {
                faults.add(file + " : fichier inattendu (un dossier ne contient que des PDF et le manifeste).");
                reported.add(file);
            }
        }
        checkLayout(pack, actual, faults, reported);
        return faults;
    }

    private static Set<String> files(Path pack) throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(pack)) {
            walk.filter(p -> !Files.isDirectory(p))
                    .forEach(p -> files.add(pack.relativize(p).toString().replace('\\', '/')));
        }
        return files;
    }

    private static void checkManifest(Path pack, Path manifest, Set<String> actual, List<String> faults,
            Set<String> reported) throws IOException {
        Map<String, String> listed = new TreeMap<>();
        int number = 0;
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            java.util.Optional<PackLayout.ManifestEntry> entry = PackLayout.parseManifestLine(line);
            if (entry.isEmpty() || entry.get().path().startsWith("/") || entry.get().path().contains("..")) {
                faults.add(MANIFEST + " ligne " + number + " illisible : « " + line + " ».");
                continue;
            }
            listed.put(entry.get().path(), entry.get().sha256());
        }
        for (Map.Entry<String, String> entry : listed.entrySet()) {
            Path file = pack.resolve(entry.getKey());
            if (!Files.isRegularFile(file)) {
                faults.add(entry.getKey() + " : fichier listé dans le manifeste mais absent du dossier.");
                reported.add(entry.getKey());
            } else if (!PdfFiles.sha256(file).equals(entry.getValue())) {
                faults.add(entry.getKey() + " : empreinte SHA-256 différente de celle du manifeste (fichier modifié).");
            }
        }
        for (String file : actual) {
            if (!listed.containsKey(file)) {
                faults.add(file + " : fichier présent dans le dossier mais absent du manifeste (fichier en trop).");
            }
        }
    }

    /** False when the file is not a readable PDF (told here). */
    private static boolean checkPdf(Path file, String name, List<String> faults) {
        FileState state = PdfProbe.probe(file);
        if (state != FileState.LISIBLE) {
            faults.add(name + " : PDF illisible (" + state.libelle() + ").");
            return false;
        }
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", PdfFiles.streamCache())) {
            Set<String> active = ActiveContent.leftAfterCleaning(document);
            if (!active.isEmpty()) {
                faults.add(name + " : contenu actif ou action sortant du document (" + String.join(", ", active) + ").");
            }
        } catch (IOException e) {
            faults.add(name + " : PDF illisible (" + e.getMessage() + ").");
            return false;
        }
        return true;
    }

    /** The merged PDF against the per-candidate files: same candidates, same pages, in order. */
    private static void checkLayout(Path pack, Set<String> actual, List<String> faults, Set<String> reported)
            throws IOException {
        // The merged PDF is the one PDF at the top: named after the commission, whatever the folder is called now.
        List<String> top = actual.stream().filter(f -> !f.contains("/") && PackLayout.isMergedName(f)).toList();
        String folderName = pack.toAbsolutePath().normalize().getFileName().toString();
        String mergedName = top.contains(PackLayout.mergedName(folderName)) || top.size() != 1
                ? PackLayout.mergedName(folderName) : top.get(0);
        String code = PackLayout.codeOf(mergedName);
        Path merged = pack.resolve(mergedName);
        Set<String> candidates = new TreeSet<>();
        for (String file : actual) {
            String[] parts = file.split("/");
            if (parts.length == 3 && parts[0].equals(PackLayout.CANDIDATES)) {
                candidates.add(parts[1]);
                if (!PackLayout.CANDIDATE_FILES.contains(parts[2])) {
                    faults.add(file + " : seuls " + String.join(" et ", PackLayout.CANDIDATE_FILES)
                            + " sont admis pour un candidat (§2.1.4).");
                }
            } else if (!file.equals(mergedName)) {
                faults.add(file + " : fichier hors de la structure d'un dossier de commission.");
            }
        }
        for (String numero : candidates) {
            for (String part : PackLayout.CANDIDATE_FILES) {
                String path = PackLayout.candidateFile(numero, part);
                if (!actual.contains(path) && !reported.contains(path)) {
                    faults.add(path + " : absent.");
                }
            }
        }
        if (reported.contains(mergedName)) {
            return;
        }
        if (!actual.contains(mergedName)) {
            faults.add(mergedName + " : PDF du dossier complet absent.");
            return;
        }
        try (PDDocument document = Loader.loadPDF(merged.toFile(), "", PdfFiles.streamCache())) {
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            List<String> inOutline = new ArrayList<>();
            List<int[]> starts = new ArrayList<>();
            if (outline != null) {
                for (PDOutlineItem item : outline.children()) {
                    String title = item.getTitle() == null ? "" : item.getTitle();
                    String numero = PackLayout.numeroOfBookmark(title);
                    inOutline.add(numero);
                    starts.add(new int[] {page(document, child(item, PackLayout.GRID_BOOKMARK)),
                            page(document, child(item, PackLayout.REPORT_BOOKMARK))});
                }
            }
            if (!new TreeSet<>(inOutline).equals(candidates) || inOutline.size() != candidates.size()) {
                faults.add(code + ".pdf : les signets nomment " + inOutline + " mais le dossier contient "
                        + candidates + ".");
                return;
            }
            int total = document.getNumberOfPages();
            for (int i = 0; i < inOutline.size(); i++) {
                String numero = inOutline.get(i);
                int[] s = starts.get(i);
                int next = i + 1 < starts.size() ? starts.get(i + 1)[0] : total;
                if (s[0] < 0 || s[1] < 0) {
                    faults.add(code + ".pdf : signets « Grille d'évaluation » et « Rapport » manquants pour " + numero + ".");
                    continue;
                }
                int grid = pages(PackLayout.candidateFile(pack, numero, PackLayout.GRID));
                int report = pages(PackLayout.candidateFile(pack, numero, PackLayout.REPORT));
                if (grid < 0 || report < 0) {
                    continue; // already reported as missing or unreadable
                }
                if (s[1] - s[0] != grid || next - s[1] != report) {
                    faults.add(code + ".pdf : " + numero + " a " + (s[1] - s[0]) + " page(s) de grille et "
                            + (next - s[1]) + " page(s) de rapport, les fichiers du candidat en ont " + grid + " et "
                            + report + ".");
                }
            }
        }
    }

    /** Page count, or -1 when the file is missing or unreadable (reported elsewhere). */
    private static int pages(Path pdf) {
        if (PdfProbe.probe(pdf) != FileState.LISIBLE) {
            return -1;
        }
        try {
            return PackAssembler.pageCount(pdf);
        } catch (IOException e) {
            return -1;
        }
    }

    private static PDOutlineItem child(PDOutlineItem parent, String title) {
        for (PDOutlineItem item : parent.children()) {
            if (title.equals(item.getTitle())) {
                return item;
            }
        }
        return null;
    }

    private static int page(PDDocument document, PDOutlineItem item) throws IOException {
        if (item == null) {
            return -1;
        }
        PDPage page = item.findDestinationPage(document);
        return page == null ? -1 : document.getPages().indexOf(page);
    }
}
