package fr.jurye61.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.reports.html.AuditHtmlRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit report in a real headless browser (Debian's chromium, which .ci/run installs): it
 * renders, its DOM holds the sections, and a screenshot is left in target/rapport-audit.png.
 */
class AuditReportBrowserIT {
    @TempDir
    Path dir;

    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    private Process run(Path browser, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + dir.resolve("profile")));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
    }

    @Test
    void rendersInHeadlessChromium() throws Exception {
        Path browser = chromium();
        Assumptions.assumeTrue(browser != null, "chromium is installed by .ci/run");
        Path html = dir.resolve("rapport-audit.html");
        Files.writeString(html, AuditHtmlRenderer.render(AuditHtmlRendererTest.model()));

        Process dump = run(browser, "--dump-dom", html.toUri().toString());
        String dom = new String(dump.getInputStream().readAllBytes());
        assertThat(dump.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dom).contains("Rapport d'audit", "Décisions par commission", "<svg", "Visa reçu par courrier",
                "À traiter (1)", "P03", "nombre de candidats", "terminée (ce rapport)");

        Path png = Path.of("target", "rapport-audit.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Process shot = run(browser, "--screenshot=" + png, "--window-size=1280,2000", html.toUri().toString());
        assertThat(shot.waitFor(60, TimeUnit.SECONDS)).isTrue();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(10_000);
        assertThat(new String(bytes, 1, 3)).isEqualTo("PNG");
    }
}
