package fr.jurye61.domain;

import java.time.LocalDate;

/** A request as the completed nights made it: whom it was asked of, and the first night it was. */
public record AskedBefore(String numero, String regle, String etablissement, String nom, String prenom,
        LocalDate firstAsked) {
}
