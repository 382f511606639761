package fr.jurye61.domain;

/** A row that belongs to one candidate: it exists only if the candidate's registration does. */
public interface CandidateDocument {
    String numero();

    SourceRef source();
}
