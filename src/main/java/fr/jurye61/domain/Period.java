package fr.jurye61.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A period of days, both ends included (a certified stage, contract or work period). */
public record Period(LocalDate debut, LocalDate fin) {

    public Period {
        if (fin.isBefore(debut)) {
            throw new IllegalArgumentException("fin " + fin + " avant debut " + debut);
        }
    }

    /** Calendar days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(debut, fin) + 1;
    }

    /** Monday to Friday days, public holidays included (rules.md §2). */
    public long weekdays() {
        long full = days() / 7;
        long count = full * 5;
        LocalDate day = debut.plusDays(full * 7);
        while (!day.isAfter(fin)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
            day = day.plusDays(1);
        }
        return count;
    }

    public boolean overlaps(Period other) {
        return !debut.isAfter(other.fin) && !other.debut.isAfter(fin);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(debut) && !day.isAfter(fin);
    }

    /** The part of this period inside {@code window}, if any. */
    public Optional<Period> clip(Period window) {
        LocalDate start = debut.isAfter(window.debut) ? debut : window.debut;
        LocalDate end = fin.isBefore(window.fin) ? fin : window.fin;
        return end.isBefore(start) ? Optional.empty() : Optional.of(new Period(start, end));
    }

    /** Disjoint, sorted periods covering exactly the days of {@code periods}: overlaps count once. */
    public static List<Period> union(List<Period> periods) {
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::debut));
        List<Period> merged = new ArrayList<>();
        for (Period p : sorted) {
            if (!merged.isEmpty() && !p.debut.isAfter(merged.get(merged.size() - 1).fin.plusDays(1))) {
                Period last = merged.remove(merged.size() - 1);
                merged.add(new Period(last.debut, p.fin.isAfter(last.fin) ? p.fin : last.fin));
            } else {
                merged.add(p);
            }
        }
        return merged;
    }

    public static long weekdays(List<Period> periods) {
        return union(periods).stream().mapToLong(Period::weekdays).sum();
    }

    public static long days(List<Period> periods) {
        return union(periods).stream().mapToLong(Period::days).sum();
    }

    /** Calendar days of the union, clipped to a window. */
    public static long daysWithin(List<Period> periods, Period window) {
        return days(periods.stream().map(p -> p.clip(window)).flatMap(Optional::stream).toList());
    }

    @Override
    public String toString() {
        return debut + " → " + fin;
    }
}
