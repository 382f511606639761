package fr.jurye61.io.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Visits every dictionary and array reachable from a PDF's trailer, once each, without
 * recursion (a hostile file may nest deeper than any stack).
 */
final class CosGraph {
    private CosGraph() {
    }

    static void walk(PDDocument document, Consumer<COSDictionary> onDictionary, Consumer<COSArray> onArray) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(document.getDocument().getTrailer());
        while (!todo.isEmpty()) {
            COSBase item = todo.pop();
            if (item instanceof COSObject reference) {
                item = reference.getObject();
            }
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (item instanceof COSDictionary dictionary) {
                onDictionary.accept(dictionary);
                for (COSBase value : dictionary.getValues()) {
                    todo.push(value);
                }
            } else if (item instanceof COSArray array) {
                onArray.accept(array);
                for (COSBase value : array) {
                    todo.push(value);
                }
            }
        }
    }
}
