package fr.jurye61.domain;

/**
 * What a rule's finding asks the candidate or their school to send, for the letters of
 * courriers/: to whom, what, and why (the clause in words). From the rule catalogue.
 */
public record RequestText(Addressee addressee, String asked, String reason) {

    /** Who can send what is asked: the candidate, or their school (a grid is the school's). */
    public enum Addressee { CANDIDAT, ETABLISSEMENT }
}
