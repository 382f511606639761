package fr.jurye61.reports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import fr.jurye61.cli.JuryE61;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The rulings round trip in a real browser (Debian's chromium driven by its chromedriver, which
 * .ci/run installs): a night's rapport-audit.html, two rulings entered in its « À traiter » list,
 * the file it saves dropped into input/decisions/, and the next night lifts and confirms them.
 */
class AuditRulingsBrowserIT {
    @TempDir
    Path work;

    private ChromeDriver browser;
    private Path downloads;

    @BeforeEach
    void startBrowser() throws Exception {
        Path driver = Path.of("/usr/bin/chromedriver");
        Path chromium = Path.of("/usr/bin/chromium");
        BrowserRequirement.check(Files.isExecutable(driver) && Files.isExecutable(chromium),
                "chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        downloads = Files.createDirectories(work.resolve("telechargements"));
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--window-size=1280,1000", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + work.resolve("profil"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .withLogFile(work.resolve("chromedriver.log").toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void twoRulingsEnteredInTheReportAreReadByTheNextNight() throws Exception {
        // given a night whose audit report lists candidates with open findings
        Path input = SessionFixture.small(work.resolve("input")).root();
        Path out = work.resolve("out");
        Path state = work.resolve("etat");
        assertThat(night(input, out, state)).isZero();
        browser.get(out.resolve(OutputLayout.AUDIT_REPORT).toRealPath().toUri().toString());
        List<WebElement> forms = browser.findElements(By.cssSelector("#a-traiter ~ table .decider"));
        assertThat(forms).hasSizeGreaterThanOrEqualTo(2);
        String lifted = forms.get(0).getDomAttribute("data-numero") + ";" + forms.get(0).getDomAttribute("data-regle");
        String confirmed = forms.get(1).getDomAttribute("data-numero") + ";" + forms.get(1).getDomAttribute("data-regle");

        // when the clerk lifts one and confirms the other, with author and justification
        enter(forms.get(0), "leve", "Mme Martin", "Pièce reçue par courrier ; vérifiée");
        enter(forms.get(1), "confirme", "M. Durand", "=Absence constatée");
        // (the attempt to save before the second justification was typed saved nothing)
        assertThat(files(downloads)).isEmpty();
        assertThat(browser.findElement(By.id("decisions-etat")).getText()).isEqualTo("2 décisions saisies.");
        // then the entries survive a reload of the page
        browser.navigate().refresh();
        forms = browser.findElements(By.cssSelector("#a-traiter ~ table .decider"));
        WebElement firstLifted = forms.get(0).findElement(By.cssSelector("input[value=leve]"));
        // the page restores the entries when it is shown: wait for that moment, not longer
        waitUntil(() -> "2 décisions saisies.".equals(browser.findElement(By.id("decisions-etat")).getText()),
                () -> "entries not restored after reload; stored: " + browser.executeScript(
                        "var o = {}; for (var i = 0; i < localStorage.length; i++) { var k = localStorage.key(i); "
                                + "o[k] = localStorage.getItem(k); } return JSON.stringify(o);"));
        assertThat(firstLifted.isSelected()).isTrue();
        assertThat(forms.get(1).findElement(By.cssSelector(".justification")).getDomProperty("value"))
                .isEqualTo("=Absence constatée");
        browser.findElement(By.id("decisions-enregistrer")).click();

        // then one CSV in the format of input/decisions/ is saved, named with the date
        Path saved = waitForDownload();
        assertThat(saved.getFileName().toString()).matches("decisions-\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.csv");
        byte[] bytes = Files.readAllBytes(saved);
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        List<String> lines = Files.readString(saved, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("numero_candidat;regle;decision;auteur;justification;date");
        assertThat(lines.get(1)).startsWith(lifted + ";leve;Mme Martin;\"Pièce reçue par courrier ; vérifiée\";");
        assertThat(lines.get(2)).startsWith(confirmed + ";confirme;M. Durand;'=Absence constatée;");
        assertThat(browser.findElement(By.id("decisions-etat")).getText()).contains("2 décisions enregistrées");

        // and the next night, with the file dropped into input/decisions/, lifts and confirms them
        Path decisions = Files.createDirectories(input.resolve("decisions"));
        Files.copy(saved, decisions.resolve(saved.getFileName()));
        assertThat(night(input, out, state)).isZero();
        String constats = Files.readString(out.resolve(OutputLayout.CONSTATS), StandardCharsets.UTF_8);
        assertThat(constats.lines().filter(l -> l.startsWith(lifted + ";")))
                .isNotEmpty().allMatch(l -> l.endsWith(";leve;Mme Martin;\"Pièce reçue par courrier ; vérifiée\""));
        assertThat(constats.lines().filter(l -> l.startsWith(confirmed + ";")))
                .isNotEmpty().allMatch(l -> l.endsWith(";confirme;M. Durand;'=Absence constatée"));
        assertThat(Files.readString(out.resolve(OutputLayout.REJETS), StandardCharsets.UTF_8))
                .doesNotContain(saved.getFileName().toString());
    }

    private static int night(Path input, Path out, Path state) {
        return JuryE61.execute("nightly", "--input", input.toString(), "--output", out.toString(), "--state",
                state.toString());
    }

    private void enter(WebElement form, String decision, String author, String justification) {
        // the rulings panel stays at the bottom of the window: bring the form to its middle
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", form);
        form.findElement(By.cssSelector("input[value=" + decision + "]")).click();
        form.findElement(By.cssSelector(".auteur")).sendKeys(author);
        if (decision.equals("confirme")) {
            // the justification is typed after a first attempt to save, as a clerk who forgot it
            browser.findElement(By.id("decisions-enregistrer")).click();
            assertThat(browser.findElement(By.id("decisions-etat")).getText())
                    .startsWith("Auteur et justification sont obligatoires");
        }
        form.findElement(By.cssSelector(".justification")).sendKeys(justification);
    }

    private static void waitUntil(BooleanSupplier done, Supplier<String> why)
            throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(why.get());
    }

    private Path waitForDownload() throws Exception {
        for (int i = 0; i < 100; i++) {
            List<Path> done = files(downloads).stream().filter(p -> p.toString().endsWith(".csv")).toList();
            if (!done.isEmpty()) {
                return done.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no file saved in " + downloads + ": " + files(downloads));
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }
}
