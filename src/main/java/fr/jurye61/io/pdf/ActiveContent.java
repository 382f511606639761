package fr.jurye61.io.pdf;

import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds active content reachable from a PDF's trailer: JavaScript, launch actions, attached
 * (embedded) files, XFA forms and rich media — and, for the copies that go into packs, every
 * action that leaves the document. Reading the object graph, not a few known places, catches
 * JavaScript hidden in annotations, form fields, name trees or under a key no reader expects.
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
    private static final COSName ACTION = COSName.getPDFName("Action");
    private static final COSName NAMED = COSName.getPDFName("Named");
    private static final COSName THREAD = COSName.getPDFName("Thread");

    /** Every action type of ISO 32000 (2.0 included): a dictionary whose /S is one of them is an action. */
    private static final Set<String> ACTION_TYPES = Set.of("GoTo", "GoToR", "GoToE", "GoToDp", "Launch", "Thread",
            "URI", "Sound", "Movie", "Hide", "Named", "SubmitForm", "ResetForm", "ImportData", "SetOCGState",
            "Rendition", "Trans", "GoTo3DView", "JavaScript", "RichMediaExecute");
    /** The actions that stay inside the document and run nothing: go to a page, turn a page. */
    private static final Set<String> IN_DOCUMENT = Set.of("GoTo", "Named", "Thread", "Trans", "Hide");
    /** The four named actions every reader knows; others run a menu item of the reader (print, save…). */
    private static final Set<String> STANDARD_NAMED = Set.of("NextPage", "PrevPage", "FirstPage", "LastPage");
    private static final Set<COSName> ACTIVE_ANNOTATIONS = Set.of(COSName.getPDFName("FileAttachment"),
            RICH_MEDIA_NAME, COSName.getPDFName("Screen"), COSName.getPDFName("Movie"),
            COSName.getPDFName("Sound"), COSName.getPDFName("3D"));

    private ActiveContent() {
    }

    /** The kinds of active content present, sorted; empty when none (what the report rules read). */
    public static Set<String> scan(PDDocument document) {
        Set<String> found = new TreeSet<>();
        CosGraph.walk(document, dictionary -> inspect(dictionary, found), array -> { });
        return found;
    }

    /**
     * What a copy for a pack must not carry: the active content of {@link #scan} and every action
     * that leaves the document (named by its type: URI, GoToR, SubmitForm…). Empty when clean.
     */
    public static Set<String> leftAfterCleaning(PDDocument document) {
        Set<String> found = new TreeSet<>();
        CosGraph.walk(document, dictionary -> {
            inspect(dictionary, found);
            if (isAction(dictionary) && !staysInDocument(dictionary)) {
                COSName type = dictionary.getCOSName(COSName.S);
                found.add(type == null ? "Action" : type.getName());
            }
        }, array -> { });
        return found;
    }

    /** A dictionary is an action when it says so or when its /S names an action type. */
    static boolean isAction(COSDictionary d) {
        COSName type = d.getCOSName(COSName.S);
        return ACTION.equals(d.getCOSName(COSName.TYPE)) || type != null && ACTION_TYPES.contains(type.getName());
    }

    /** Go to a page of this document, turn pages, show or hide its annotations: nothing leaves it. */
    static boolean staysInDocument(COSDictionary action) {
        COSName type = action.getCOSName(COSName.S);
        if (type == null || !IN_DOCUMENT.contains(type.getName())) {
            return false;
        }
        if (NAMED.equals(type)) {
            COSName name = action.getCOSName(COSName.N);
            return name != null && STANDARD_NAMED.contains(name.getName());
        }
        // a thread action with /F opens another file
        return !THREAD.equals(type) || !action.containsKey(COSName.F);
    }

    /** An annotation that plays, embeds or attaches something. */
    static boolean isActiveAnnotation(COSDictionary d) {
        COSName type = d.getCOSName(COSName.TYPE);
        COSName subtype = d.getCOSName(COSName.SUBTYPE);
        return (type == null || COSName.ANNOT.equals(type)) && subtype != null && ACTIVE_ANNOTATIONS.contains(subtype);
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
