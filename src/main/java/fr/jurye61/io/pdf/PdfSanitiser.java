package fr.jurye61.io.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Removes active content from a PDF before it goes into a commission pack (§2.1.4: the grid and
 * the report, nothing else — an attachment could smuggle any document in): JavaScript, open and
 * additional actions, launch and other executing actions, attached files, XFA forms, rich media.
 * Page content is untouched. The result is checked again after saving.
 */
public final class PdfSanitiser {
    private static final Set<COSName> REMOVED_KEYS = Set.of(COSName.OPEN_ACTION, COSName.AA, COSName.JS,
            COSName.EMBEDDED_FILES, COSName.XFA, COSName.EF, COSName.getPDFName("RichMediaContent"),
            COSName.getPDFName("RichMediaSettings"), COSName.getPDFName("NeedsRendering"));
    private static final Set<COSName> EXECUTING_ACTIONS = Set.of(COSName.JAVA_SCRIPT, COSName.getPDFName("Launch"),
            COSName.getPDFName("ImportData"), COSName.getPDFName("SubmitForm"), COSName.getPDFName("ResetForm"),
            COSName.getPDFName("Rendition"), COSName.getPDFName("GoToE"), COSName.getPDFName("RichMediaExecute"),
            COSName.getPDFName("SetOCGState"), COSName.getPDFName("Movie"), COSName.getPDFName("Sound"));
    private static final Set<COSName> ACTIVE_ANNOTATIONS = Set.of(COSName.getPDFName("FileAttachment"),
            COSName.getPDFName("RichMedia"), COSName.getPDFName("Screen"), COSName.getPDFName("Movie"),
            COSName.getPDFName("Sound"), COSName.getPDFName("3D"));

    private PdfSanitiser() {
    }

    /** Writes a clean copy of {@code source} to {@code target}; fails if anything active remains. */
    public static void sanitise(Path source, Path target, byte[] documentId) throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile(), "", PdfFiles.streamCache())) {
            cleanAndSave(document, source, target, documentId);
        }
        try (PDDocument check = Loader.loadPDF(target.toFile(), "", PdfFiles.streamCache())) {
            Set<String> left = ActiveContent.scan(check);
            if (!left.isEmpty()) {
                throw new IOException("Active content left after sanitising " + source + ": " + left);
            }
        }
    }

    /**
     * Cleans a loaded document, checks that nothing active is left, and saves it as a clean copy
     * with a stable ID and no encryption. The document stays open (a pack then appends it).
     */
    public static void cleanAndSave(PDDocument document, Path source, Path target, byte[] documentId)
            throws IOException {
        clean(document);
        Set<String> left = ActiveContent.scan(document);
        if (!left.isEmpty()) {
            throw new IOException("Active content left after sanitising " + source + ": " + left);
        }
        PdfFiles.setId(document, documentId);
        document.setAllSecurityToBeRemoved(true);
        // Streams keep their own compression; packing small objects into object streams costs
        // more time than the few kilobytes it saves.
        document.save(target.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
    }

    /** Cleans a loaded document in place (also used on a merged pack before it is saved). */
    public static void clean(PDDocument document) {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSBase names = catalog.getDictionaryObject(COSName.NAMES);
        if (names instanceof COSDictionary dictionary) {
            dictionary.removeItem(COSName.JAVA_SCRIPT);
            dictionary.removeItem(COSName.EMBEDDED_FILES);
        }
        CosGraph.walk(document, PdfSanitiser::cleanDictionary, PdfSanitiser::removeActiveAnnotations);
    }

    private static void cleanDictionary(COSDictionary d) {
        REMOVED_KEYS.forEach(d::removeItem);
        if (d.getDictionaryObject(COSName.JAVA_SCRIPT) instanceof COSDictionary) {
            d.removeItem(COSName.JAVA_SCRIPT);
        }
        COSBase action = d.getDictionaryObject(COSName.A);
        if (action instanceof COSDictionary a && in(EXECUTING_ACTIONS, a.getCOSName(COSName.S))) {
            d.removeItem(COSName.A);
        }
        if (d.containsKey(COSName.S) && d.getDictionaryObject(COSName.NEXT) != null) {
            // An action's chained actions are never needed to read a report. (Outline items have
            // a /Next too, with no /S: their chain must stay.)
            d.removeItem(COSName.NEXT);
        }
        if (in(EXECUTING_ACTIONS, d.getCOSName(COSName.S)) && d.getCOSName(COSName.TYPE) != null
                && d.getCOSName(COSName.TYPE).equals(COSName.getPDFName("Action"))) {
            d.setItem(COSName.S, COSName.getPDFName("GoTo"));
            d.setItem(COSName.D, new COSArray());
        }
    }

    /** Immutable sets refuse null lookups; a missing name is in no set. */
    private static boolean in(Set<COSName> names, COSName name) {
        return name != null && names.contains(name);
    }

    private static void removeActiveAnnotations(COSArray array) {
        List<COSBase> active = new java.util.ArrayList<>();
        for (COSBase element : array) {
            COSBase value = element instanceof COSObject o ? o.getObject() : element;
            if (value instanceof COSDictionary d && COSName.ANNOT.equals(d.getCOSName(COSName.TYPE, COSName.ANNOT))
                    && in(ACTIVE_ANNOTATIONS, d.getCOSName(COSName.SUBTYPE))) {
                active.add(element);
            }
        }
        active.forEach(array::remove);
    }
}
