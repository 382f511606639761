package fr.jurye61.domain;

/** One rule checked for one candidate, with its result and how many findings it gave. */
public record Check(String numero, String regle, CheckResult resultat, int constats) {
}
