package fr.jurye61.rules.engine;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Check;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.Conformite;
import fr.jurye61.domain.Decision;
import fr.jurye61.domain.Evaluation;
import fr.jurye61.domain.Famille;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Gravite;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.Recevabilite;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.Rule;
import fr.jurye61.rules.eligibility.ApprentiContratAbsentRule;
import fr.jurye61.rules.eligibility.ApprentiRedoublantContratRule;
import fr.jurye61.rules.eligibility.DecisionNonRectoraleRule;
import fr.jurye61.rules.eligibility.ExperienceCertificatAbsentRule;
import fr.jurye61.rules.eligibility.ExperienceDureeAVerifierRule;
import fr.jurye61.rules.eligibility.FcContratParticulierRule;
import fr.jurye61.rules.eligibility.InscriptionCommissionInconnueRule;
import fr.jurye61.rules.eligibility.PerfectionnementActiviteInsuffisanteRule;
import fr.jurye61.rules.eligibility.PieceFichierIllisibleRule;
import fr.jurye61.rules.eligibility.RedoublantNouveauStageRule;
import fr.jurye61.rules.eligibility.RedoublantOrigineRapportRule;
import fr.jurye61.rules.eligibility.StageAttestationAbsenteRule;
import fr.jurye61.rules.eligibility.StageConventionAbsenteRule;
import fr.jurye61.rules.eligibility.StageDispenseRule;
import fr.jurye61.rules.eligibility.StageDureeInsuffisanteRule;
import fr.jurye61.rules.eligibility.StageDureeReduiteRule;
import fr.jurye61.rules.eligibility.StageDureeSousMinimumRule;
import fr.jurye61.rules.eligibility.StageForceMajeureRule;
import fr.jurye61.rules.eligibility.StageForceMajeureSousMinimumRule;
import fr.jurye61.rules.eligibility.StagePeriodesChevauchantesRule;
import fr.jurye61.rules.eligibility.TravailHorsMetrologieRule;
import fr.jurye61.rules.pack.DossierContenuActifPersistantRule;
import fr.jurye61.rules.pack.DossierGrilleAbsenteRule;
import fr.jurye61.rules.report.RapportAbsentRule;
import fr.jurye61.rules.report.RapportActivitesRule;
import fr.jurye61.rules.report.RapportAnalyseJuridiqueLongueurRule;
import fr.jurye61.rules.report.RapportAnalyseJuridiqueRule;
import fr.jurye61.rules.report.RapportAnnexesNonRepereesRule;
import fr.jurye61.rules.report.RapportConclusionRule;
import fr.jurye61.rules.report.RapportContenuActifRule;
import fr.jurye61.rules.report.RapportDepotUlterieurIgnoreRule;
import fr.jurye61.rules.report.RapportDoublonRule;
import fr.jurye61.rules.report.RapportHorsDelaiRule;
import fr.jurye61.rules.report.RapportIllisibleRule;
import fr.jurye61.rules.report.RapportPagesMaxRule;
import fr.jurye61.rules.report.RapportPresentationEntrepriseRule;
import fr.jurye61.rules.report.RapportQsseLongueurRule;
import fr.jurye61.rules.report.RapportQsseRule;
import fr.jurye61.rules.report.RapportResumeAnglaisLongueurRule;
import fr.jurye61.rules.report.RapportResumeAnglaisRule;
import fr.jurye61.rules.report.RapportSansTexteRule;
import fr.jurye61.rules.report.RapportVisaAbsentRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the rules on one candidate, applies the exam service's rulings like suppressions, and
 * derives the outcome (rules.md §1). Pure: the same file and rulings give the same evaluation.
 */
public final class RuleEngine {
    private final List<Rule> rules;
    private final List<Rule> packRules = List.of(new DossierGrilleAbsenteRule(), new DossierContenuActifPersistantRule());

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules that run on every candidate: eligibility (§3), deposits and report content (§4). */
    public static RuleEngine standard() {
        return new RuleEngine(List.of(
                new StageDispenseRule(), new StageAttestationAbsenteRule(), new StageDureeInsuffisanteRule(),
                new StageDureeReduiteRule(), new StageDureeSousMinimumRule(), new StageForceMajeureRule(),
                new StageForceMajeureSousMinimumRule(), new StagePeriodesChevauchantesRule(),
                new StageConventionAbsenteRule(), new FcContratParticulierRule(), new ApprentiContratAbsentRule(),
                new ApprentiRedoublantContratRule(), new PerfectionnementActiviteInsuffisanteRule(),
                new TravailHorsMetrologieRule(), new ExperienceCertificatAbsentRule(),
                new ExperienceDureeAVerifierRule(), new RedoublantNouveauStageRule(),
                new RedoublantOrigineRapportRule(), new DecisionNonRectoraleRule(), new PieceFichierIllisibleRule(),
                new InscriptionCommissionInconnueRule(),
                new RapportAbsentRule(), new RapportHorsDelaiRule(), new RapportDepotUlterieurIgnoreRule(),
                new RapportVisaAbsentRule(), new RapportDoublonRule()))
                .with(contentRules());
    }

    /** The rules on a report's content alone: what check-report runs (no deadline, visa or duplicate). */
    public static List<Rule> contentRules() {
        return List.of(new RapportIllisibleRule(), new RapportSansTexteRule(), new RapportPagesMaxRule(),
                new RapportAnnexesNonRepereesRule(), new RapportPresentationEntrepriseRule(),
                new RapportAnalyseJuridiqueRule(), new RapportAnalyseJuridiqueLongueurRule(), new RapportActivitesRule(),
                new RapportConclusionRule(), new RapportResumeAnglaisRule(), new RapportResumeAnglaisLongueurRule(),
                new RapportQsseRule(), new RapportQsseLongueurRule(), new RapportContenuActifRule());
    }

    /** The content rules alone, as check-report runs them on one PDF before it is deposited. */
    public static RuleEngine content() {
        return new RuleEngine(contentRules());
    }

    private RuleEngine with(List<Rule> more) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new RuleEngine(all);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rules asked only of a candidate who would otherwise be interviewed (§2.1.4: what the pack needs). */
    public List<Rule> packRules() {
        return packRules;
    }

    /** The first phase of an evaluation: what each rule says of the file, before any ruling or decision. */
    public record RulesRun(List<Finding> findings, List<Check> checks) {
    }

    /** Phase 1: every rule on the file, in catalogue order, with a check per rule (findings unsorted). */
    public RulesRun check(CandidateFile file, SessionParameters session) {
        List<Finding> findings = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        for (Rule rule : rules) {
            run(rule, file, session, findings, checks);
        }
        return new RulesRun(findings, checks);
    }

    /**
     * The whole evaluation: phase 1 ({@link #check}), the rulings applied like suppressions, the
     * pack rules for a candidate who would be interviewed, then the outcome.
     */
    public Evaluation evaluate(CandidateFile file, SessionParameters session, List<Ruling> rulings) {
        Map<String, Ruling> lastRuling = new LinkedHashMap<>();
        rulings.forEach(r -> lastRuling.put(r.regle(), r));
        RulesRun run = check(file, session);
        List<Check> checks = new ArrayList<>(run.checks());
        List<Finding> ruled = new ArrayList<>(run.findings().stream().map(f -> rule(f, lastRuling)).toList());

        Recevabilite recevabilite = recevabilite(ruled);
        Conformite conformite = conformite(ruled);
        boolean wouldBeInterviewed = recevabilite == Recevabilite.RECEVABLE && conformite == Conformite.CONFORME;
        for (Rule packRule : packRules) {
            if (wouldBeInterviewed) {
                List<Finding> pack = new ArrayList<>();
                run(packRule, file, session, pack, checks);
                pack.forEach(f -> ruled.add(rule(f, lastRuling)));
            } else {
                checks.add(new Check(file.numero(), packRule.definition().id(), CheckResult.NON_APPLICABLE, 0));
            }
        }
        ruled.sort(Finding.ORDER);

        // No ruling puts a file the pack cannot hold into it: a missing grid, a file that stays active.
        boolean packable = DossierGrilleAbsenteRule.hasUsableGrid(file) && DossierContenuActifPersistantRule.cleanable(file);
        Decision decision = decision(recevabilite, conformite, ruled, packable);
        List<String> open = ruled.stream().filter(Finding::isOpenIssue).map(Finding::regle).distinct().sorted().toList();
        List<Ruling> unmatched = rulings.stream()
                .filter(r -> ruled.stream().noneMatch(f -> f.regle().equals(r.regle()))).toList();
        return new Evaluation(file.candidate(), List.copyOf(ruled), List.copyOf(checks), unmatched,
                new Outcome(recevabilite, conformite, decision, open), file.report(),
                file.countedDeposit(session).orElse(null), DossierGrilleAbsenteRule.packGrid(file).orElse(null));
    }

    private static void run(Rule rule, CandidateFile file, SessionParameters session, List<Finding> findings,
            List<Check> checks) {
        if (!rule.appliesTo(file, session)) {
            checks.add(new Check(file.numero(), rule.definition().id(), CheckResult.NON_APPLICABLE, 0));
            return;
        }
        List<Finding> fired = rule.check(file, session);
        findings.addAll(fired);
        checks.add(new Check(file.numero(), rule.definition().id(),
                fired.isEmpty() ? CheckResult.RESPECTEE : CheckResult.CONSTAT, fired.size()));
    }

    private static Finding rule(Finding finding, Map<String, Ruling> lastRuling) {
        Ruling ruling = lastRuling.get(finding.regle());
        return ruling == null ? finding : finding.ruled(ruling);
    }

    private static Gravite worst(List<Finding> findings, Famille famille) {
        Gravite worst = null;
        for (Finding f : findings) {
            if (f.famille() == famille && f.isOpenIssue() && (worst == null || f.gravite().compareTo(worst) < 0)) {
                worst = f.gravite();
            }
        }
        return worst;
    }

    static Recevabilite recevabilite(List<Finding> findings) {
        Gravite worst = worst(findings, Famille.ELIGIBILITE);
        return worst == null ? Recevabilite.RECEVABLE
                : worst == Gravite.BLOQUANT ? Recevabilite.IRRECEVABLE : Recevabilite.A_VERIFIER;
    }

    static Conformite conformite(List<Finding> findings) {
        Gravite worst = worst(findings, Famille.RAPPORT);
        return worst == null ? Conformite.CONFORME
                : worst == Gravite.BLOQUANT ? Conformite.NON_CONFORME : Conformite.A_VERIFIER;
    }

    static Decision decision(Recevabilite recevabilite, Conformite conformite, List<Finding> findings,
            boolean packable) {
        if (recevabilite == Recevabilite.IRRECEVABLE) {
            return Decision.NON_ADMIS;
        }
        if (conformite == Conformite.NON_CONFORME) {
            return Decision.NON_VALIDE;
        }
        boolean pending = recevabilite == Recevabilite.A_VERIFIER || conformite == Conformite.A_VERIFIER
                || worst(findings, Famille.DOSSIER) != null || !packable;
        return pending ? Decision.EN_ATTENTE : Decision.INTERROGE;
    }
}
