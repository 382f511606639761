package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies for the packs carry no active content, and keep every page, its text and the bookmarks. */
class PdfSanitiserTest {
    @TempDir
    Path dir;

    /** A report with every kind of active content a hostile deposit could carry. */
    private Path hostile() throws IOException {
        Path clean = ReportFixtures.write(dir, "r.pdf", ReportFixtures.standard().withBookmarks());
        Path hostile = dir.resolve("hostile.pdf");
        try (PDDocument document = Loader.loadPDF(clean.toFile())) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('ouvert');"));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("this.print();")));
            names.setJavascript(scripts);
            PDEmbeddedFile certificate = new PDEmbeddedFile(document, new ByteArrayInputStream("autre".getBytes()));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("attestation-autre-candidat.pdf");
            spec.setEmbeddedFile(certificate);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("attestation-autre-candidat.pdf", spec));
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
            PDPage page = document.getPage(2);
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.setO(new PDActionJavaScript("app.beep();"));
            page.setActions(actions);
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(50, 50, 100, 20));
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDComplexFileSpecification());
            link.setAction(launch);
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(200, 50, 20, 20));
            attachment.setFile(spec);
            page.getAnnotations().addAll(List.of(link, attachment));
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("NeedsRendering"),
                    org.apache.pdfbox.cos.COSBoolean.TRUE);
            document.save(hostile.toFile());
        }
        return hostile;
    }

    @Test
    void removesEveryActiveContentAndKeepsPagesTextAndBookmarks() throws IOException {
        Path hostile = hostile();
        try (PDDocument before = Loader.loadPDF(hostile.toFile())) {
            assertThat(ActiveContent.scan(before)).contains("JavaScript", "Launch", "EmbeddedFiles");
        }
        Path copy = dir.resolve("copie.pdf");
        PdfSanitiser.sanitise(hostile, copy, PdfFiles.stableId("x"));
        try (PDDocument before = Loader.loadPDF(hostile.toFile()); PDDocument after = Loader.loadPDF(copy.toFile())) {
            assertThat(ActiveContent.scan(after)).isEmpty();
            assertThat(after.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(after.getPage(2).getAnnotations()).hasSize(1);
            assertThat(after.getNumberOfPages()).isEqualTo(before.getNumberOfPages());
            assertThat(new PDFTextStripper().getText(after)).isEqualTo(new PDFTextStripper().getText(before));
            int bookmarks = 0;
            for (var item : after.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks++;
            }
            assertThat(bookmarks).isEqualTo(8);
        }
    }

    @Test
    void theSameSourceGivesTheSameBytes() throws IOException {
        Path hostile = hostile();
        PdfSanitiser.sanitise(hostile, dir.resolve("a.pdf"), PdfFiles.stableId("x"));
        PdfSanitiser.sanitise(hostile, dir.resolve("b.pdf"), PdfFiles.stableId("x"));
        assertThat(Files.readAllBytes(dir.resolve("a.pdf"))).isEqualTo(Files.readAllBytes(dir.resolve("b.pdf")));
    }
}
