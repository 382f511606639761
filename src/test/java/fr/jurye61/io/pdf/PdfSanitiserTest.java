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

    /** A one-page report whose page carries what {@code decorate} puts there, saved and returned. */
    private Path withPage(String name, java.util.function.Consumer<PDDocument> decorate) throws IOException {
        Path clean = ReportFixtures.write(dir, "base-" + name, ReportFixtures.standard().withBookmarks());
        Path target = dir.resolve(name);
        try (PDDocument document = Loader.loadPDF(clean.toFile())) {
            decorate.accept(document);
            document.save(target.toFile());
        }
        return target;
    }

    private static PDAnnotationLink link(float x, org.apache.pdfbox.pdmodel.interactive.action.PDAction action) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, 50, 40, 20));
        link.setAction(action);
        return link;
    }

    @Test
    void anAttachmentWithItsPopupIsRemovedWhateverStillRefersToIt() throws IOException {
        // given an attachment annotation whose popup (still on the page) points back to it
        Path source = withPage("popup.pdf", document -> {
            try {
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile("convention-signee.pdf");
                spec.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream("secret".getBytes())));
                PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
                attachment.setRectangle(new PDRectangle(200, 50, 20, 20));
                attachment.setFile(spec);
                org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup popup =
                        new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup();
                popup.setRectangle(new PDRectangle(220, 50, 100, 60));
                popup.setParent(attachment);
                attachment.setPopup(popup);
                document.getPage(1).getAnnotations().addAll(List.of(attachment, popup));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        // when it is sanitised, then nothing of the attachment is left, and the check passes
        Path copy = dir.resolve("popup-copie.pdf");
        PdfSanitiser.sanitise(source, copy, PdfFiles.stableId("p"));
        try (PDDocument after = Loader.loadPDF(copy.toFile())) {
            assertThat(ActiveContent.leftAfterCleaning(after)).isEmpty();
            assertThat(Files.readString(copy, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("secret");
        }
    }

    @Test
    void actionsAreRecognisedByWhatTheyAreNotByTheKeyTheyHideUnder() throws IOException {
        // given a script and a launch action with no /Type, under keys no reader expects, and an
        // attached file's stream reached the same way
        Path source = withPage("cachees.pdf", document -> {
            org.apache.pdfbox.cos.COSDictionary page = document.getPage(0).getCOSObject();
            org.apache.pdfbox.cos.COSDictionary script = new org.apache.pdfbox.cos.COSDictionary();
            script.setItem(COSName.S, COSName.getPDFName("JavaScript"));
            script.setString(COSName.getPDFName("JS"), "app.launchURL('http://x.example/');");
            page.setItem(COSName.getPDFName("Extra"), script);
            org.apache.pdfbox.cos.COSDictionary launch = new org.apache.pdfbox.cos.COSDictionary();
            launch.setItem(COSName.S, COSName.getPDFName("Launch"));
            launch.setString(COSName.F, "cmd.exe");
            document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Demarrage"), launch);
            org.apache.pdfbox.cos.COSStream hidden = document.getDocument().createCOSStream();
            hidden.setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
            try (java.io.OutputStream out = hidden.createOutputStream()) {
                out.write("attestation d'un autre candidat".getBytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            page.setItem(COSName.getPDFName("Cache"), hidden);
        });
        try (PDDocument before = Loader.loadPDF(source.toFile())) {
            assertThat(ActiveContent.scan(before)).contains("JavaScript", "Launch", "EmbeddedFiles");
        }
        Path copy = dir.resolve("cachees-copie.pdf");
        PdfSanitiser.sanitise(source, copy, PdfFiles.stableId("c"));
        try (PDDocument after = Loader.loadPDF(copy.toFile())) {
            assertThat(ActiveContent.leftAfterCleaning(after)).isEmpty();
        }
    }

    @Test
    void everyActionThatLeavesTheDocumentIsNeutralisedAndInternalLinksStay() throws IOException {
        Path source = withPage("liens.pdf", document -> {
            try {
                PDPage page = document.getPage(1);
                org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo share =
                        new org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo();
                share.setFile(new PDComplexFileSpecification());
                share.getCOSObject().setString(COSName.F, "\\\\serveur\\partage\\notes.pdf");
                org.apache.pdfbox.pdmodel.interactive.action.PDActionURI script =
                        new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
                script.setURI("javascript:alert(document.cookie)");
                org.apache.pdfbox.pdmodel.interactive.action.PDActionURI tracking =
                        new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
                tracking.setURI("https://suivi.example/ouvert?candidat=P01");
                org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm submit =
                        new org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm();
                org.apache.pdfbox.pdmodel.interactive.action.PDActionNamed print =
                        new org.apache.pdfbox.pdmodel.interactive.action.PDActionNamed();
                print.setN("Print");
                org.apache.pdfbox.pdmodel.interactive.action.PDActionNamed next =
                        new org.apache.pdfbox.pdmodel.interactive.action.PDActionNamed();
                next.setN("NextPage");
                org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo home =
                        new org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo();
                org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination first =
                        new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination();
                first.setPage(document.getPage(0));
                home.setDestination(first);
                page.getAnnotations().addAll(List.of(link(10, share), link(60, script), link(110, tracking),
                        link(160, submit), link(210, print), link(260, next), link(310, home)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        try (PDDocument before = Loader.loadPDF(source.toFile())) {
            assertThat(ActiveContent.leftAfterCleaning(before)).contains("GoToR", "URI", "SubmitForm", "Named");
        }

        Path copy = dir.resolve("liens-copie.pdf");
        PdfSanitiser.sanitise(source, copy, PdfFiles.stableId("l"));

        try (PDDocument after = Loader.loadPDF(copy.toFile())) {
            assertThat(ActiveContent.leftAfterCleaning(after)).isEmpty();
            String bytes = Files.readString(copy, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain("suivi.example", "javascript:", "serveur");
            var annotations = after.getPage(1).getAnnotations();
            var home = (PDAnnotationLink) annotations.get(annotations.size() - 1);
            var goTo = (org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo) home.getAction();
            assertThat(((org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                    goTo.getDestination()).retrievePageNumber()).isZero();
            var next = (org.apache.pdfbox.pdmodel.interactive.action.PDActionNamed)
                    ((PDAnnotationLink) annotations.get(annotations.size() - 2)).getAction();
            assertThat(next.getN()).isEqualTo("NextPage");
        }
    }
}
