package fr.jurye61.io.pdf;

import fr.jurye61.domain.SectionType;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which section a heading opens, whatever its numbering (« 1. », « I - », « Partie 2 : »,
 * « 3.1 »), case, accents and punctuation. The forms of rules.md §4 are a floor: variants
 * found in real reports are accepted too.
 */
public final class HeadingClassifier {
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:partie|chapitre|section|titre)\\s+)?(?:[0-9]+(?:\\.[0-9]+)*|[ivxlc]+|[a-z])(?:\\s*[.):\\-–—]+\\s*|\\s+)(?=\\S)");
    private static final Pattern SUB_LEVEL = Pattern.compile("^[0-9]+\\.[0-9]+");
    private static final Map<SectionType, Pattern> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put(SectionType.ANNEXES, Pattern.compile("^(annexes?|appendices|appendix)\\b.*"));
        FORMS.put(SectionType.RESUME_ANGLAIS, Pattern.compile(
                "^((english )?summary|abstract|resume (en anglais|anglais|in english)|english abstract)\\b.*"));
        FORMS.put(SectionType.JURIDIQUE, Pattern.compile("^((l')?(analyse|contexte|environnement|cadre|aspects?)"
                + "( du contexte| de l'environnement| du cadre)? (juridiques?|reglementaires?|legal)"
                + "|analyse d'une situation professionnelle.*|(le )?droit .*entreprise).*"));
        FORMS.put(SectionType.QSSE, Pattern.compile("^((la |une )?(demarche|exemple( analyse)? de demarche|analyse de la demarche"
                + "|exemple analyse|politique) )?(qsse|qhse|qse)\\b.*"
                + "|^qualite,? (hygiene,? )?securite,? sante,? (et )?environnement.*"
                + "|^(la )?demarche qualite.*"));
        FORMS.put(SectionType.ENTREPRISE, Pattern.compile("^(presentation (generale )?(de |du |des )?(l'|la |le )?"
                + "(entreprise|societe|structure|etablissement|laboratoire|organisme|groupe|service|site)"
                + "|(l'|la )?(entreprise|structure|societe) d'accueil$|(l'|la )?entreprise$).*"));
        FORMS.put(SectionType.ACTIVITE, Pattern.compile("^(activites? (n ?°? ?|no |numero )?[0-9]+\\b.*"
                + "|activites? (realisees?|professionnelles?|menees?)\\b.*"
                + "|(description|presentation)( et analyse)? (de l'|des |d'une |de la )?(activites?|missions?)\\b.*"
                + "|analyse (de l'|d'une |des )activites?\\b.*|missions? (realisees?|confiees?|n ?°? ?[0-9]+)\\b.*"
                + "|mission [0-9]+\\b.*)"));
        FORMS.put(SectionType.CONCLUSION, Pattern.compile("^(conclusions?|bilan)\\b.*"));
        FORMS.put(SectionType.AUTRE, Pattern.compile("^(remerciements?|introduction|sommaire|table des matieres"
                + "|bibliographie|glossaire|lexique|sources|webographie|references|liste des (figures|tableaux)"
                + "|avant-propos|preambule)\\b.*"));
    }

    private static final Pattern NUMBERED_ACTIVITY = Pattern.compile(
            "^(activite|mission) (n ?°? ?|no |numero )?([0-9]+)\\b.*|.*\\b(activite|mission) (n ?°? ?|no |numero )?([0-9]+)$");

    private HeadingClassifier() {
    }

    /** Lower case, no accents, typographic quotes and spaces folded, numbering removed. */
    public static String normalise(String heading) {
        String text = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('\u00A0', ' ')
                .replaceAll("\\s+", " ").strip();
        text = NUMBERING.matcher(text).replaceFirst("");
        return text.replaceAll("[\\s:.;,–—\\-]+$", "").strip();
    }

    /** Numbered « 2.1 »: a sub-heading, which does not end the section it belongs to. */
    public static boolean subLevel(String heading) {
        return SUB_LEVEL.matcher(heading.strip()).find();
    }

    public static Optional<SectionType> classify(String heading) {
        String text = normalise(heading);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<SectionType, Pattern> form : FORMS.entrySet()) {
            if (form.getValue().matcher(text).matches()) {
                return Optional.of(form.getKey());
            }
        }
        return Optional.empty();
    }

    /** The number of a numbered activity heading (« Activité 2 », « Mission n°3 »), if any. */
    public static Optional<Integer> activityNumber(String heading) {
        Matcher m = NUMBERED_ACTIVITY.matcher(normalise(heading));
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(3) != null ? m.group(3) : m.group(6);
        return Optional.of(Integer.parseInt(number));
    }
}
