package fr.jurye61.io.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Builds a commission's whole pack as one PDF: the cover, then for each candidate the grid's
 * pages followed by the report's pages, unchanged, with one bookmark per candidate and the
 * children « Grille d'évaluation » and « Rapport ». Sources are opened one at a time with a
 * temp-file stream cache and closed as soon as they are appended, so memory stays bounded.
 */
public final class PackAssembler {
    public static final String GRID_BOOKMARK = "Grille d'évaluation";
    public static final String REPORT_BOOKMARK = "Rapport";

    private PackAssembler() {
    }

    /** One candidate's part of the pack: sanitised grid and report. */
    public record Part(String numero, String title, Path grid, Path report) {
    }

    /** Document information fixed by the session, never by the clock. */
    public record Info(String title, String subject, Calendar date, byte[] id) {
    }

    /** @return the number of pages of the merged PDF */
    public static int assemble(Path cover, List<Part> parts, Path target, Info info) throws IOException {
        int expected;
        try (PDDocument merged = Loader.loadPDF(cover.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            PDFMergerUtility merger = new PDFMergerUtility();
            PDDocumentOutline outline = new PDDocumentOutline();
            expected = merged.getNumberOfPages();
            for (Part part : parts) {
                int gridStart = merged.getNumberOfPages();
                expected += append(merger, merged, part.grid());
                int reportStart = merged.getNumberOfPages();
                expected += append(merger, merged, part.report());
                PDOutlineItem candidate = bookmark(merged, part.title(), gridStart);
                candidate.addLast(bookmark(merged, GRID_BOOKMARK, gridStart));
                candidate.addLast(bookmark(merged, REPORT_BOOKMARK, reportStart));
                outline.addLast(candidate);
            }
            // Sources' own outlines and page labels came along with their pages: ours replace them.
            merged.getDocumentCatalog().setDocumentOutline(outline);
            merged.getDocumentCatalog().setPageLabels(null);
            merged.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            PdfSanitiser.clean(merged);
            PDDocumentInformation information = new PDDocumentInformation();
            information.setTitle(info.title());
            information.setSubject(info.subject());
            information.setCreator("jury-e61");
            information.setProducer("jury-e61");
            information.setCreationDate(info.date());
            information.setModificationDate(info.date());
            merged.setDocumentInformation(information);
            merged.getDocumentCatalog().setMetadata(null);
            PdfFiles.setId(merged, info.id());
            if (merged.getNumberOfPages() != expected) {
                throw new IOException("Pack " + target + ": " + merged.getNumberOfPages() + " pages, " + expected
                        + " expected");
            }
            merged.save(target.toFile());
        }
        try (PDDocument check = Loader.loadPDF(target.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            Set<String> left = ActiveContent.scan(check);
            if (!left.isEmpty() || check.getNumberOfPages() != expected) {
                throw new IOException("Pack " + target + " failed its check: " + left + ", "
                        + check.getNumberOfPages() + " pages for " + expected);
            }
        }
        return expected;
    }

    private static int append(PDFMergerUtility merger, PDDocument merged, Path source) throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            int pages = document.getNumberOfPages();
            merger.appendDocument(merged, document);
            return pages;
        }
    }

    private static PDOutlineItem bookmark(PDDocument document, String title, int pageIndex) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(document.getPage(pageIndex));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

    public static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            return document.getNumberOfPages();
        }
    }
}
