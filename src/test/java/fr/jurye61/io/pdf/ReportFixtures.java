package fr.jurye61.io.pdf;

import fr.jurye61.sample.SampleDocuments;
import fr.jurye61.sample.SampleDocuments.ReportPlan;
import fr.jurye61.sample.SampleDocuments.Section;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Report PDFs built by the tests, section by section, with the layout variations of real exports. */
public final class ReportFixtures {
    private ReportFixtures() {
    }

    /**
     * A conforming report: cover (p. 1), contents (p. 2), company p. 3–4, legal p. 5–7,
     * activity 1 p. 8–10, activity 2 p. 11–12, QSSE p. 13–14, conclusion p. 15, summary p. 16,
     * annexes p. 17–18.
     */
    public static List<Section> standardBody() {
        return new ArrayList<>(List.of(
                Section.french("1. Présentation de l'entreprise", 2),
                Section.french("2. Analyse juridique", 3),
                Section.french("3. Activité 1 : étalonnage", 3),
                Section.french("4. Activité 2 : suivi du parc", 2),
                Section.french("5. Démarche QSSE", 2),
                Section.french("6. Conclusion", 1),
                Section.english("7. Summary")));
    }

    public static ReportPlan standard() {
        return ReportPlan.of(standardBody(), 2, 200);
    }

    public static Path write(Path dir, String name, ReportPlan plan) throws IOException {
        Path file = dir.resolve(name);
        SampleDocuments.report(file, plan, new Random(name.hashCode()));
        return file;
    }
}
