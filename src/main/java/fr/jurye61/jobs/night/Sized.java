package fr.jurye61.jobs.night;

/** A reader that knows, once open, how many items the step will read (for progress display). */
public interface Sized {
    int size();
}
