package fr.jurye61.io.pdf;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * A page whose content stream is read once, as it is parsed, and stops with
 * {@link TextLines.TooComplex} past a number of decoded bytes: a content stream that inflates to
 * gigabytes (one endless string, a bomb of operators) is given up without being decoded twice,
 * once to measure it and once to read it. Everything else is the page's own: same dictionary,
 * same resources, and so the document's font cache.
 *
 * <p>It also keeps a report's fonts parsed from one page to the next: PDFTextStripper takes a
 * page's fonts out of the document's cache after each page ({@code removePageResourceFromCache}),
 * and the next page would parse them again (CMaps, widths, embedded programs). This view has no
 * cache of its own to clear, so the few fonts all pages share are parsed once per document; the
 * cache holds them by soft references, which memory can still take back.
 */
final class BoundedPage extends PDPage {
    private final PDPage page;
    private final long maxContent;

    BoundedPage(PDPage page, long maxContent) {
        super(page.getCOSObject());
        this.page = page;
        this.maxContent = maxContent;
    }

    @Override
    public PDResources getResources() {
        return page.getResources();
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() throws IOException {
        return new Bounded(page.getContentsForStreamParsing(), maxContent);
    }

    /** A reader that fails once its position passes the limit (checked every few kilobytes read). */
    private static final class Bounded implements RandomAccessRead {
        private final RandomAccessRead source;
        private final long limit;
        private int reads;

        Bounded(RandomAccessRead source, long limit) {
            this.source = source;
            this.limit = limit;
        }

        private void check() throws IOException {
            if (source.getPosition() > limit) {
                throw new TextLines.TooComplex("page content inflates beyond " + limit + " bytes");
            }
        }

        @Override
        public int read() throws IOException {
            if ((++reads & 0xFFF) == 0) {
                check();
            }
            return source.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = source.read(b, off, len);
            check();
            return n;
        }

        @Override
        public long getPosition() throws IOException {
            return source.getPosition();
        }

        @Override
        public void seek(long position) throws IOException {
            source.seek(position);
            check();
        }

        @Override
        public long length() throws IOException {
            return source.length();
        }

        @Override
        public boolean isClosed() {
            return source.isClosed();
        }

        @Override
        public int peek() throws IOException {
            return source.peek();
        }

        @Override
        public void rewind(int bytes) throws IOException {
            source.rewind(bytes);
        }

        @Override
        public boolean isEOF() throws IOException {
            return source.isEOF();
        }

        @Override
        public int available() throws IOException {
            return source.available();
        }

        @Override
        public void skip(int bytes) throws IOException {
            source.skip(bytes);
            check();
        }

        @Override
        public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
            return source.createView(startPosition, streamLength);
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
