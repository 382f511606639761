package fr.jurye61.io.pdf;

import fr.jurye61.domain.SectionType;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which section a heading opens, whatever its numbering (« 1. », « I - », « Partie 2 : »,
 * « Chapitre 3 », « 3.1 »), case, accents, punctuation, lost ligatures (« Présenta*on ») and
 * one-letter spelling slips (« Conslusion », « d'acceuil »). The forms of rules.md §4 are a
 * floor: the wordings found in real reports are accepted too, and listed here by type.
 */
public final class HeadingClassifier {

    /** How a heading is numbered, from the outermost kind to the innermost. */
    enum Numbering { PART, CHAPTER, ROMAN, UPPER_LETTER, ARABIC, LOWER_LETTER, DECIMAL, NONE }

    private static final Pattern PART = Pattern.compile("^((premiere|deuxieme|troisieme|quatrieme|cinquieme|sixieme"
            + "|seconde|[0-9]+ ?(e|er|ere|eme))\\s+partie|partie\\s*([0-9]+|[ivxl]+|[a-h]|une|deux|trois|quatre|cinq)"
            + "|part\\s+([0-9]+|[ivxl]+))\\b.*");
    private static final Pattern CHAPTER = Pattern.compile("^chap[a-z]{0,5}\\s*([0-9]+|[ivxl]+|premier)\\b.*");
    private static final Pattern DECIMAL = Pattern.compile("^([0-9]{1,2}[.)]\\s?[0-9]{1,2}|[IVX]{1,4}\\.[A-Z0-9])(\\b|[.)]).*");
    private static final Pattern ROMAN = Pattern.compile("^[IVXL]{1,5}(\\s*[.)\\-–—:/]|\\s+(?=\\p{Lu})).*");
    private static final Pattern UPPER_LETTER = Pattern.compile("^[A-H](\\s*[.)\\-–—:]\\s*|\\s+(?=\\p{Lu}\\p{Ll})).*");
    private static final Pattern ARABIC = Pattern.compile("^[0-9]{1,2}(\\s*[.)\\-–—:]\\s*|\\s+)(?=\\p{L}).*");
    private static final Pattern LOWER_LETTER = Pattern.compile("^[a-h]\\s*[.)]\\s+.*");

    private static final Pattern PART_PREFIX = Pattern.compile("^((premiere|deuxieme|troisieme|quatrieme|cinquieme"
            + "|sixieme|seconde|[0-9]+ ?(e|er|ere|eme))\\s+partie|(partie|part|chap[a-z]{0,5}|section|titre)\\s*"
            + "([0-9]+|[ivxlc]+\\b|[a-h]\\b|premier|une|deux|trois|quatre|cinq)?)\\s*[:.)\\-–—]*\\s*");
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:[0-9]+(?:[.)]\\s?[0-9]+)*|[ivxlc]+(?:\\.[a-z0-9]+)*|[a-z])(?:\\s*[.):\\-–—/]+\\s*|\\s+)(?=\\S))+");
    private static final Pattern SUB_LEVEL = Pattern.compile("^[0-9]+\\s?[.)]\\s?[0-9]+");
    private static final Pattern LOST_LIGATURE = Pattern.compile("(?<=\\p{L})[*1](?=\\p{L})");
    private static final Pattern SPLIT_TION = Pattern.compile("(?<=\\p{L}{2}[acpui]) (?=on(s|nel|nelle|nels)?\\b)");
    private static final Pattern BULLET = Pattern.compile(
            "^[\\u2022\\u2023\\u2043\\u2219\\u25A0-\\u25FF\\u2600-\\u27BF\\u2190-\\u21FF\\uF000-\\uF8FF*·•\\-–—>»✓✔➢➔❖►→](\\s|$).*"
                    + "|^[\\u25A0-\\u25FF\\u2600-\\u27BF\\uF000-\\uF8FF➢➔❖►→✓✔].*");
    private static final Pattern CAPTION = Pattern.compile(
            "^(figure|fig|tableau|table|image|illustration|photo|schema|graphique|graphe|capture( d'ecran)?|listing"
                    + "|source|diagramme|extrait|code|equation|carte)\\s*(n ?°? ?)?[0-9ivx]+\\b.*|^source\\s*:.*");
    private static final Pattern FIELD_LABEL = Pattern.compile("^((nom|raison sociale) (de l'|de la |du )?)?"
            + "(entreprise|societe|structure|organisme|etablissement|employeur|lieu|service|laboratoire)"
            + "( d'accueil| de stage| d'alternance)?"
            + "|tuteurs?( [a-z]+)?|maitres? (de stage|d'apprentissage)|encadr[a-z]*( par)?|realise par|presente par"
            + "|redige par|soutenu par|auteurs?|etudiants?|stagiaires?|annee( universitaire| scolaire)?|promotion"
            + "|periode|dates?|duree|adresse|telephone|tel|e-?mail|site( web)?|secteur( d'activite)?|filiere"
            + "|formation|diplome|responsables?|sujet|theme|intitule|mots?[ -]cles?|key ?words|forme juridique"
            + "|statut|effectif|capital|siege( social)?|date de creation|creation|ville|pays|specialite|option"
            + "|parcours|niveau|classe|jury|president|membres?");

    private static final Set<String> VOCABULARY = Set.of("presentation", "entreprise", "societe", "structure",
            "accueil", "organisme", "organisation", "etablissement", "laboratoire", "introduction", "conclusion",
            "conclusions", "generale", "general", "activite", "activites", "mission", "missions", "realisation",
            "realisations", "realisees", "realises", "realisee", "effectuees", "effectues", "effectuee", "abstract",
            "summary", "bibliographie", "references", "remerciements", "remerciement", "juridique", "juridiques",
            "reglementaire", "reglementaires", "qualite", "securite", "environnement", "travail", "travaux",
            "deroulement", "projets", "projet", "perspectives", "sommaire", "matieres", "glossaire", "webographie",
            "description", "contexte", "appendices", "demarche", "chapitre", "partie", "english");
    /** Real words one letter away from a heading word: never corrected into it. */
    private static final Set<String> NOT_SLIPS = Set.of("representation", "representations", "realiser", "structures",
            "projeter", "generales", "generaux", "activement", "missionne", "generalite", "organiser", "organise");

    private static final Map<SectionType, Pattern> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put(SectionType.ANNEXES, Pattern.compile("^(annexes?|appendices|appendix|appendice)\\b.*"));
        FORMS.put(SectionType.RESUME_ANGLAIS, Pattern.compile(
                "^((english )?summary|abstracts?|resume (en anglais|anglais|in english)|english abstract"
                        + "|executive summary)\\b.*"));
        FORMS.put(SectionType.JURIDIQUE, Pattern.compile("^((l')?(analyse|contexte|environnement|cadre|aspects?)"
                + "( du contexte| de l'environnement| du cadre)? (juridiques?|reglementaires?|legal)"
                + "|analyse d'une situation professionnelle.*|(le )?droit .*entreprise).*"));
        FORMS.put(SectionType.QSSE, Pattern.compile("^((la |une )?(demarche|exemple( analyse)? de demarche|analyse de la demarche"
                + "|exemple analyse|politique) )?(qsse|qhse|qse|hse)\\b.*"
                + "|^qualite,? (hygiene,? )?securite,? sante,? (et )?environnement.*"
                + "|^(la )?demarche qualite.*"));
        FORMS.put(SectionType.AUTRE, Pattern.compile("^(activites? (principales?|de l'entreprise|de la societe|du groupe)"
                + "|domaines? d'activite|secteurs? d'activite|presentation (du|de mon|de notre|de l') ?(projet|sujet|theme)"
                + "|presentation de l'existant|table des (annexes|figures|illustrations|tableaux)"
                + "|remerciements?|introduction|sommaire|table des matieres|bibliographie|glossaire|lexique|sources"
                + "|webographie|sitographie|netographie|references|liste des|avant-propos|preambule|resume|dedicaces?"
                + "|sigles|acronymes|abreviations|index|contents|table of contents|acknowledg?ments?|avertissement)\\b.*"));
        FORMS.put(SectionType.ENTREPRISE, Pattern.compile("^(presentation (generale )?(de |du |des |d')(l'|la |le |les )?"
                + "(entreprise|societe|structure|etablissement|laboratoire|organisme|groupe|service|site|organisation"
                + "|association|agence|cabinet|institution|collectivite|startup|start-up|equipe|direction|departement)"
                + "|(l'|la |le )?(entreprise|societe|structure|organisation|organisme) d'accueil"
                + "|(l'|la |le )?(entreprise|societe|laboratoire|organisme|etablissement|association|agence)( d'accueil)?$"
                + "|(historique|organigramme|fiche d'identite|presentation|organisation) (generale )?(de l'|de la |du )"
                + "(entreprise|societe|groupe)\\b"
                + "|presentation (de |du |des |d').*(organisme|structure|entreprise|societe|lieu) d'accueil).*"
                + "|^presentation (generale )?(de |du |des |d')(?!(l'|la |le |les |un |une |mon |ma |mes |notre |nos )?"
                + "(projet|sujet|theme|stage|travail|travaux|missions?|activites?|taches?|outils?|technologies?|solutions?"
                + "|applications?|logiciels?|existant|problematique|besoins?|methodologies?|methodes?|resultats?|cahier"
                + "|demarche|plateformes?|site (web|internet)|interfaces?|environnement|materiels?|composants?"
                + "|langages?|donnees|bases?|modeles?|etudes?|contexte|cadre|rapport|fonctionnalites?|architectures?"
                + "|systemes?|codes?|equipements?|produits?|framework|api|algorithmes?|competences|reseaux?|formation"
                + "|l'application|l'outil|la solution|la plateforme|fibre|capteurs?|machines?|processus|procedures?"
                + "|normes?|reglementation|objectifs?|requetes?|demandes?|ressources|utilisateurs?)\\b).+"));
        FORMS.put(SectionType.ACTIVITE, Pattern.compile("^(activites? (n ?°? ?|no |numero )?[0-9]+\\b.*"
                + "|activites? (realisees?|professionnelles?|menees?|effectuees?|confiees?)\\b.*"
                + "|(description|presentation|detail|analyse|compte rendu|synthese|rapport|liste|recapitulatif)( et analyse)?"
                + " (de l'|des |d'une |de la |de mes |du )?(activites?|missions?|taches|travaux|realisations)\\b.*"
                + "|analyse (de l'|d'une |des )activites?\\b.*|missions? (realisees?|confiees?|effectuees?|n ?°? ?[0-9]+)\\b.*"
                + "|missions? [a-z]{0,4}[0-9]+\\b.*|missions? (durant|pendant|au cours) .*"
                + "|(les |mes |nos )?(taches|travaux|missions|activites|projets|realisations) (realise|effectue|accompli"
                + "|mene|confie|pendant|durant|au cours)\\w*.*"
                + "|(le |mon )?(travail|projet) (realise|effectue|accompli)\\w*.*"
                + "|deroulement (du|de mon|de la periode de|de l') ?(stage|alternance|apprentissage)\\b.*"
                + "|(ce que j'ai (pu )?(fait|faire|realise)|mon travail|mes travaux|mes missions|mes realisations"
                + "|mes projets|mon projet|nos projets|notre projet|mes activites|mes taches|ma mission|projets)\\b.*"
                + "|(le |un )?projet\\b(?! de fin d'etudes?$).*|taches\\b.*|travaux\\b.*)"));
        FORMS.put(SectionType.CONCLUSION, Pattern.compile("^(conclusions?|bilans?)\\b.*"));
    }

    /** Wordings of the parts that surround the work itself: context, means, planning, difficulties. */
    private static final Pattern SURROUNDINGS = Pattern.compile("^((le |la |l'|les )?(cadre|contexte|environnement"
            + "|outils|technologies|techniques|ressources|logiciels|langages|moyens|materiels?|planning"
            + "|calendrier|chronologie|organisation du stage|difficultes|problemes rencontres|perspectives|glossaire"
            + "|lexique|etat de l'art|generalites|rappels?|notions|definitions|competences|apports|accueil"
            + "|integration|presentation (du|de mon|de notre|de l') ?(sujet|theme)|problematique|objectifs?)\\b.*"
            + "|(les )?(technologies|outils|techniques|ressources|logiciels|langages) .*)");
    private static final Pattern GENERAL_CONCLUSION = Pattern.compile(
            "^conclusions? (generales?|finales?|et perspectives?|du rapport|globale)\\b.*|^conclusion generale.*");
    private static final Pattern NAMED_CONCLUSION = Pattern.compile("^conclusions?\\b.*");
    private static final Pattern CONTAINER = Pattern.compile(
            "^((description|presentation|rapport|liste|recapitulatif|detail) (des|de mes|de nos) )?(les |mes |nos )?"
                    + "(projets|missions|activites|taches|realisations)( (realise|effectue|mene|confie)\\w*)?$");
    private static final Pattern NUMBERED_ACTIVITY = Pattern.compile(
            "^(activite|mission|projet) (n ?°? ?|no |numero )?([a-z]{0,4}[0-9]+)\\b.*"
                    + "|.*\\b(activite|mission) (n ?°? ?|no |numero )?([0-9]+)$");
    private static final Pattern TRAILING = Pattern.compile("[\\s:.;,–—\\-]+$");
    // compiled once: fold and numbering run on every line of every report
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\p{Cf}]+");
    private static final Pattern FORMAT_CHARS = Pattern.compile("[\\p{Cf}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeadingClassifier() {
    }

    /**
     * Lower case, no accents, invisible characters dropped, lost ligatures restored, typographic
     * quotes and spaces folded, spelling slips corrected, numbering removed.
     */
    public static String normalise(String heading) {
        String text = fold(heading);
        text = PART_PREFIX.matcher(text).replaceFirst("");
        text = NUMBERING.matcher(text).replaceFirst("");
        return TRAILING.matcher(text).replaceAll("").strip();
    }

    /** Folded and repaired, numbering kept. */
    static String fold(String heading) {
        String text = LOST_LIGATURE.matcher(heading).replaceAll("ti");
        text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('`', '\'').replace('\u00A0', ' ')
                .replace("œ", "oe").replace("æ", "ae");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        text = text.replace("' ", "'").replace(" '", "'");
        text = SPLIT_TION.matcher(text).replaceAll("ti");
        return correctSlips(text);
    }

    /** A word one edit (or one swap) away from a heading word becomes that word. */
    private static String correctSlips(String text) {
        Matcher words = LONG_WORD.matcher(text);
        StringBuilder out = null;
        int from = 0;
        while (words.find()) {
            String word = words.group();
            String replacement = slip(word);
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, from, words.start()).append(replacement);
                from = words.end();
            }
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{6,}");
    /** Corrections already decided (bounded: a hostile file's words are not all kept). */
    private static final Map<String, String> SLIPS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String NO_SLIP = "";

    /** The heading word a word is a slip of, or null. */
    private static String slip(String word) {
        if (word.length() > 16 || VOCABULARY.contains(word) || NOT_SLIPS.contains(word)) {
            return null;
        }
        String known = SLIPS.get(word);
        if (known == null) {
            known = NO_SLIP;
            for (String candidate : VOCABULARY) {
                if (Math.abs(candidate.length() - word.length()) <= 1 && oneEditApart(word, candidate)) {
                    known = candidate;
                    break;
                }
            }
            if (SLIPS.size() < 100_000) {
                SLIPS.put(word, known);
            }
        }
        return known.isEmpty() ? null : known;
    }

    /** Damerau-Levenshtein distance ≤ 1 (an insertion, deletion, substitution or adjacent swap). */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                            && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** Numbered « 2.1 »: a sub-heading, which does not end the section it belongs to. */
    public static boolean subLevel(String heading) {
        return SUB_LEVEL.matcher(heading.strip()).find();
    }

    /** The kind of numbering a heading opens with. */
    static Numbering numbering(String heading) {
        String raw = FORMAT_CHARS.matcher(heading.strip()).replaceAll("");
        String folded = fold(raw);
        if (PART.matcher(folded).matches()) {
            return Numbering.PART;
        }
        if (CHAPTER.matcher(folded).matches()) {
            return Numbering.CHAPTER;
        }
        if (DECIMAL.matcher(raw).matches()) {
            return Numbering.DECIMAL;
        }
        if (ROMAN.matcher(raw).matches()) {
            return Numbering.ROMAN;
        }
        if (UPPER_LETTER.matcher(raw).matches()) {
            return Numbering.UPPER_LETTER;
        }
        if (ARABIC.matcher(raw).matches()) {
            return Numbering.ARABIC;
        }
        if (LOWER_LETTER.matcher(raw).matches()) {
            return Numbering.LOWER_LETTER;
        }
        return Numbering.NONE;
    }

    /** Only a number (« Chapitre II », « PARTIE 1 : », « 3. »): its title is on the next line. */
    static boolean numberOnly(String heading) {
        return !heading.isBlank() && normalise(heading).isEmpty();
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
        // « Le Laboratoire Informatique, Image et Interaction », « La société KMB » : the host named
        Matcher named = NAMED_HOST.matcher(text);
        if (named.matches()) {
            String raw = heading.strip();
            int at = fold(raw).indexOf(named.group(2));
            String after = raw.length() > at + named.group(2).length() ? raw.substring(Math.max(0, at)) : "";
            String[] words = after.split("\\s+");
            if (words.length > 1 && Character.isUpperCase(words[1].codePointAt(0))) {
                return Optional.of(SectionType.ENTREPRISE);
            }
        }
        // « Présentation CHI André Grégoire » : a presentation of a name
        if (text.startsWith("presentation ")) {
            String[] words = heading.strip().replaceFirst("^[^\\p{L}]*", "").split("\\s+");
            for (int i = 0; i + 1 < words.length; i++) {
                if (fold(words[i]).equals("presentation")) {
                    String next = words[i + 1];
                    if (Character.isUpperCase(next.codePointAt(0)) && !next.equals(next.toUpperCase(Locale.ROOT))
                            || next.length() >= 2 && next.equals(next.toUpperCase(Locale.ROOT))
                                    && !heading.equals(heading.toUpperCase(Locale.ROOT))) {
                        return Optional.of(SectionType.ENTREPRISE);
                    }
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern NAMED_HOST = Pattern.compile(
            "^(l'|la |le )?(entreprise|societe|laboratoire|organisme|etablissement|association|agence|groupe|cabinet) (.+)$");

    /** A list item (bullet, arrow, dash): never a heading. */
    static boolean listItem(String line) {
        return BULLET.matcher(line.strip()).matches();
    }

    /** A figure or table caption, or a source line: never a heading. */
    static boolean caption(String line) {
        String start = line.strip();
        if (start.isEmpty() || !CAPTION_START.contains(Character.toLowerCase(start.charAt(0)))) {
            return false; // every caption word starts with one of these letters
        }
        return CAPTION.matcher(fold(line)).matches();
    }

    private static final Set<Character> CAPTION_START = Set.of('f', 't', 'i', 'p', 's', 'g', 'c', 'l', 'd', 'e');

    /** « Entreprise d'accueil : Sodigaz », « Tuteur : … »: a field of a cover page or a form, not a heading. */
    static boolean fieldLine(String line) {
        if (line.indexOf(':') <= 0) {
            return false;
        }
        String folded = fold(line);
        int colon = folded.indexOf(':');
        if (colon <= 0 || colon >= folded.length() - 1 || folded.substring(colon + 1).isBlank()) {
            return false;
        }
        String label = TRAILING.matcher(folded.substring(0, colon)).replaceAll("").strip();
        return numbering(line) == Numbering.NONE && FIELD_LABEL.matcher(label).matches();
    }

    /** Context, means, planning, difficulties: parts around the work, not the work itself. */
    static boolean surroundings(String heading) {
        return SURROUNDINGS.matcher(normalise(heading)).matches();
    }

    private static final Pattern WORK_WORDS = Pattern.compile(
            "\\b(projets?|missions?|activites|taches|travaux|realisations|stage)\\b");

    /** « Présentation de la société et des projets »: a part that holds the work as well as the host. */
    static boolean alsoNamesWork(String heading) {
        return WORK_WORDS.matcher(normalise(heading)).find();
    }

    /** « Conclusion générale », « Conclusion et perspectives »: the report's own conclusion. */
    static boolean generalConclusion(String heading) {
        return GENERAL_CONCLUSION.matcher(normalise(heading)).matches();
    }

    /** A conclusion called so (a « Bilan » is one only when no heading says « Conclusion »). */
    static boolean namedConclusion(String heading) {
        return NAMED_CONCLUSION.matcher(normalise(heading)).matches();
    }

    /** « Projets », « Mes missions », « Les tâches réalisées »: each sub-heading is one activity. */
    static boolean activityContainer(String heading) {
        return CONTAINER.matcher(normalise(heading)).matches();
    }

    /** The number of a numbered activity heading (« Activité 2 », « Mission n°3 », « Mission BO1 »), if any. */
    public static Optional<Integer> activityNumber(String heading) {
        Optional<String> id = activityId(heading);
        return id.map(s -> Integer.parseInt(s.replaceAll("[^0-9]", "")));
    }

    /** The identifier of a numbered activity, mission or project (« 2 », « bo1 »), if any. */
    static Optional<String> activityId(String heading) {
        Matcher m = NUMBERED_ACTIVITY.matcher(normalise(heading));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(3) != null ? m.group(3) : m.group(6));
    }
}
