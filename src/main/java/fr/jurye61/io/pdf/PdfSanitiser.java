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
 * additional actions, every action that leaves the document (launch, remote go-to, URI, form
 * submission…), attached files, XFA forms, rich media. Page content is untouched. The result is
 * checked again after saving.
 *
 * <p>Actions are recognised by what they are, not where they are: any dictionary whose /S names
 * an action type is an action, wherever a producer (or an attacker) put it, and only the actions
 * that stay inside the document are kept. Active annotations are removed from the pages and, in
 * case something else still refers to them (a popup's /Parent), emptied where they stand.
 */
public final class PdfSanitiser {
    private static final Set<COSName> REMOVED_KEYS = Set.of(COSName.OPEN_ACTION, COSName.AA, COSName.JS,
            COSName.EMBEDDED_FILES, COSName.XFA, COSName.EF, COSName.getPDFName("RichMediaContent"),
            COSName.getPDFName("RichMediaSettings"), COSName.getPDFName("NeedsRendering"));
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
            Set<String> left = ActiveContent.leftAfterCleaning(check);
            if (!left.isEmpty()) {
                throw new Uncleanable(source, left);
            }
        }
    }

    /** A document that keeps active content after cleaning: it cannot go into a pack. */
    public static final class Uncleanable extends IOException {
        private final Set<String> left;

        Uncleanable(Path source, Set<String> left) {
            super("Active content left after sanitising " + source + ": " + left);
            this.left = Set.copyOf(left);
        }

        /** What stayed, as ActiveContent names it. */
        public Set<String> left() {
            return left;
        }
    }

    /**
     * Cleans a loaded document, checks that nothing active is left, and saves it as a clean copy
     * with a stable ID and no encryption. The document stays open (a pack then appends it).
     */
    public static void cleanAndSave(PDDocument document, Path source, Path target, byte[] documentId)
            throws IOException {
        Set<String> left = leftAfterCleaning(document);
        if (!left.isEmpty()) {
            throw new Uncleanable(source, left);
        }
        PdfFiles.setId(document, documentId);
        document.setAllSecurityToBeRemoved(true);
        // Streams keep their own compression; packing small objects into object streams costs
        // more time than the few kilobytes it saves.
        document.save(target.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
    }

    /**
     * What a sanitised copy of the document would still carry (empty when it can go into a pack).
     * The document is cleaned in place: call it last on a document read for something else.
     */
    public static Set<String> leftAfterCleaning(PDDocument document) {
        clean(document);
        return ActiveContent.leftAfterCleaning(document);
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

    /** Called before the walk goes into the dictionary's values: what is cleared here is never visited. */
    private static void cleanDictionary(COSDictionary d) {
        if (ActiveContent.isActiveAnnotation(d)) {
            neutraliseAnnotation(d);
            return;
        }
        if (d instanceof org.apache.pdfbox.cos.COSStream stream && COSName.EMBEDDED_FILE.equals(stream.getCOSName(COSName.TYPE))) {
            emptyEmbeddedFile(stream); // an attached file reached under a key no reader expects
            return;
        }
        REMOVED_KEYS.forEach(d::removeItem);
        if (d.getDictionaryObject(COSName.JAVA_SCRIPT) instanceof COSDictionary) {
            d.removeItem(COSName.JAVA_SCRIPT);
        }
        if (ActiveContent.isAction(d)) {
            if (d.getDictionaryObject(COSName.NEXT) != null) {
                // An action's chained actions are never needed to read a report. (Outline items have
                // a /Next too, with no /S: their chain must stay.)
                d.removeItem(COSName.NEXT);
            }
            if (!ActiveContent.staysInDocument(d)) {
                neutraliseAction(d);
            }
        }
    }

    private static void emptyEmbeddedFile(org.apache.pdfbox.cos.COSStream stream) {
        for (COSName key : List.copyOf(stream.keySet())) {
            stream.removeItem(key);
        }
        try (java.io.OutputStream out = stream.createRawOutputStream()) {
            out.flush(); // the stream's data is replaced by nothing
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An action that would run something or leave the document becomes a go-to nowhere. */
    private static void neutraliseAction(COSDictionary action) {
        for (COSName key : List.copyOf(action.keySet())) {
            action.removeItem(key);
        }
        action.setItem(COSName.TYPE, COSName.getPDFName("Action"));
        action.setItem(COSName.S, COSName.getPDFName("GoTo"));
        action.setItem(COSName.D, new COSArray());
    }

    /**
     * An active annotation still referred to from elsewhere (a popup's /Parent, a structure
     * element): emptied to a hidden note with no content, so that nothing is left behind it.
     */
    private static void neutraliseAnnotation(COSDictionary annotation) {
        for (COSName key : List.copyOf(annotation.keySet())) {
            annotation.removeItem(key);
        }
        annotation.setItem(COSName.TYPE, COSName.ANNOT);
        annotation.setItem(COSName.SUBTYPE, COSName.getPDFName("Text"));
        COSArray rect = new COSArray();
        for (int i = 0; i < 4; i++) {
            rect.add(org.apache.pdfbox.cos.COSInteger.ZERO);
        }
        annotation.setItem(COSName.RECT, rect);
        annotation.setInt(COSName.F, 2); // hidden
    }

    private static void removeActiveAnnotations(COSArray array) {
        List<COSBase> active = new java.util.ArrayList<>();
        for (COSBase element : array) {
            COSBase value = element instanceof COSObject o ? o.getObject() : element;
            if (value instanceof COSDictionary d && ActiveContent.isActiveAnnotation(d)) {
                active.add(element);
            }
        }
        active.forEach(array::remove);
    }
}
