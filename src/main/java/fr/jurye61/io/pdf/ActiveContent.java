package fr.jurye61.io.pdf;

import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds active content reachable from a PDF's trailer: JavaScript, launch actions, attached
 * (embedded) files, XFA forms and rich media. Reading the object graph, not a few known
 * places, catches JavaScript hidden in annotations, form fields or name trees.
 */
public final class ActiveContent {
    public static final String JAVASCRIPT = "JavaScript";
    public static final String LAUNCH = "Launch";
    public static final String EMBEDDED_FILES = "EmbeddedFiles";
    public static final String XFA = "XFA";
    public static final String RICH_MEDIA = "RichMedia";

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName LAUNCH_NAME = COSName.getPDFName("Launch");
    private static final COSName RICH_MEDIA_NAME = COSName.getPDFName("RichMedia");

    private ActiveContent() {
    }

    /** The kinds of active content present, sorted; empty when none. */
    public static Set<String> scan(PDDocument document) {
        Set<String> found = new TreeSet<>();
        CosGraph.walk(document, dictionary -> inspect(dictionary, found), array -> { });
        return found;
    }

    private static void inspect(COSDictionary d, Set<String> found) {
        COSName s = d.getCOSName(COSName.S);
        if (COSName.JAVA_SCRIPT.equals(s) || d.containsKey(JS)) {
            found.add(JAVASCRIPT);
        }
        if (LAUNCH_NAME.equals(s)) {
            found.add(LAUNCH);
        }
        if (d.containsKey(COSName.JAVA_SCRIPT) && d.getDictionaryObject(COSName.JAVA_SCRIPT) instanceof COSDictionary) {
            found.add(JAVASCRIPT);
        }
        COSName type = d.getCOSName(COSName.TYPE);
        COSName subtype = d.getCOSName(COSName.SUBTYPE);
        if (d.containsKey(COSName.EMBEDDED_FILES) || COSName.EMBEDDED_FILE.equals(type)
                || COSName.getPDFName("FileAttachment").equals(subtype) || d.containsKey(COSName.EF)) {
            found.add(EMBEDDED_FILES);
        }
        if (d.containsKey(COSName.XFA)) {
            found.add(XFA);
        }
        if (RICH_MEDIA_NAME.equals(subtype)) {
            found.add(RICH_MEDIA);
        }
    }
}
