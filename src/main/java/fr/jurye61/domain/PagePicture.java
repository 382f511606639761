package fr.jurye61.domain;

import java.util.List;

/**
 * A small picture of one page of a report (PNG), for check-report's HTML page, with where the
 * headings found on it were printed: each box in fractions of the page (top-left origin).
 */
public record PagePicture(int page, byte[] png, int width, int height, List<Box> boxes) {
    public PagePicture {
        boxes = List.copyOf(boxes);
    }

    /** Where a heading was printed, as fractions of the page's width and height. */
    public record Box(String title, double left, double top, double width, double height) {
    }
}
