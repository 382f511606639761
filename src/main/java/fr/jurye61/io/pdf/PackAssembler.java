package fr.jurye61.io.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Merges a commission's pack in one pass over its sources: each grid and report is opened once
 * (temp-file stream cache), cleaned of active content, saved as the candidate's copy and
 * appended to the merged PDF, then closed, so memory stays bounded. {@link #merge} returns the
 * page counts of each part; the caller makes the cover from them (it lists the page where each
 * candidate starts) and {@link Merged#finish} puts it in front, adds one bookmark per candidate
 * (children « Grille d'évaluation » and « Rapport », {@link PackLayout}), saves and checks.
 */
public final class PackAssembler {

    private PackAssembler() {
    }

    /** One candidate: where the grid and report come from, where their clean copies go. */
    public record Part(String numero, String title, Path gridSource, Path reportSource, Path gridCopy, Path reportCopy,
            byte[] gridId, byte[] reportId) {
    }

    /** Document information fixed by the session, never by the clock. */
    public record Info(String title, String subject, Calendar date, byte[] id) {
    }

    /** The pages of one part: its grid's and its report's. */
    public record PartPages(int grid, int report) {
    }

    /** The parts merged, waiting for their cover; closing it without {@link #finish} writes nothing. */
    public static final class Merged implements AutoCloseable {
        private final PDDocument merged;
        private final PDFMergerUtility merger;
        private final List<Part> parts;
        private final List<PartPages> pages;
        private final List<PDPage[]> firsts;

        private Merged(PDDocument merged, PDFMergerUtility merger, List<Part> parts, List<PartPages> pages,
                List<PDPage[]> firsts) {
            this.merged = merged;
            this.merger = merger;
            this.parts = parts;
            this.pages = pages;
            this.firsts = firsts;
        }

        /** Each part's pages, in the order of the parts. */
        public List<PartPages> pages() {
            return pages;
        }

        /**
         * Puts the cover in front, bookmarks each candidate, cleans and saves the merged PDF to
         * {@code target}, then opens it again to check it. Returns its number of pages.
         */
        public int finish(Path cover, Path target, Info info) throws IOException {
            int expected = pages.stream().mapToInt(p -> p.grid() + p.report()).sum();
            int coverPages;
            try (PDDocument coverDocument = Loader.loadPDF(cover.toFile(), "", PdfFiles.streamCache())) {
                coverPages = coverDocument.getNumberOfPages();
                int before = merged.getNumberOfPages();
                merger.appendDocument(merged, coverDocument);
                PDPage first = before == 0 ? null : merged.getPage(0);
                for (int i = 0; i < coverPages && first != null; i++) {
                    PDPage page = merged.getPage(before + i);
                    merged.getPages().remove(page);
                    merged.getPages().insertBefore(page, first);
                }
            }
            expected += coverPages;
            PDDocumentOutline outline = new PDDocumentOutline();
            for (int i = 0; i < parts.size(); i++) {
                PDOutlineItem candidate = bookmark(parts.get(i).title(), firsts.get(i)[0]);
                candidate.addLast(bookmark(PackLayout.GRID_BOOKMARK, firsts.get(i)[0]));
                candidate.addLast(bookmark(PackLayout.REPORT_BOOKMARK, firsts.get(i)[1]));
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
            merged.save(target.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            try (PDDocument check = Loader.loadPDF(target.toFile(), "", PdfFiles.streamCache())) {
                Set<String> left = ActiveContent.leftAfterCleaning(check);
                if (!left.isEmpty() || check.getNumberOfPages() != expected) {
                    throw new IOException("Pack " + target + " failed its check: " + left + ", "
                            + check.getNumberOfPages() + " pages for " + expected);
                }
            }
            return expected;
        }

        @Override
        public void close() throws IOException {
            merged.close();
        }
    }

    /** Copies and merges every part (each source opened once); the cover comes with {@link Merged#finish}. */
    public static Merged merge(List<Part> parts) throws IOException {
        PDDocument merged = new PDDocument(PdfFiles.streamCache());
        try {
            PDFMergerUtility merger = new PDFMergerUtility();
            List<PartPages> pages = new ArrayList<>();
            List<PDPage[]> firsts = new ArrayList<>();
            for (Part part : parts) {
                int gridStart = merged.getNumberOfPages();
                int grid = copyAndAppend(merger, merged, part.gridSource(), part.gridCopy(), part.gridId());
                int reportStart = merged.getNumberOfPages();
                int report = copyAndAppend(merger, merged, part.reportSource(), part.reportCopy(), part.reportId());
                pages.add(new PartPages(grid, report));
                firsts.add(new PDPage[] {merged.getPage(gridStart), merged.getPage(reportStart)});
            }
            return new Merged(merged, merger, List.copyOf(parts), List.copyOf(pages), firsts);
        } catch (IOException | RuntimeException e) {
            merged.close();
            throw e;
        }
    }

    /** Opens a source once: cleans it, checks it, saves the candidate's copy, appends it; returns its pages. */
    private static int copyAndAppend(PDFMergerUtility merger, PDDocument merged, Path source, Path copy, byte[] id)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(source.toFile(), "", PdfFiles.streamCache())) {
            PdfSanitiser.cleanAndSave(document, source, copy, id);
            int pages = document.getNumberOfPages();
            merger.appendDocument(merged, document);
            return pages;
        }
    }

    private static PDOutlineItem bookmark(String title, PDPage page) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

    public static int pageCount(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), "", PdfFiles.streamCache())) {
            return document.getNumberOfPages();
        }
    }
}
