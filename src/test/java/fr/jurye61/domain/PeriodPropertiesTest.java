package fr.jurye61.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.LongStream;

/**
 * Properties of the interval union that every duration rule rests on, checked on three hundred
 * random sets of periods against a brute-force model (the set of days). Seeded: a failure names
 * its seed and replays. Hand-rolled rather than jqwik, see README.
 */
class PeriodPropertiesTest {
    private static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    private static List<Period> randomPeriods(Random random) {
        List<Period> periods = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            LocalDate start = ORIGIN.plusDays(random.nextInt(400));
            periods.add(new Period(start, start.plusDays(random.nextInt(random.nextBoolean() ? 10 : 120))));
        }
        return periods;
    }

    private static Set<LocalDate> days(List<Period> periods) {
        Set<LocalDate> days = new HashSet<>();
        for (Period p : periods) {
            for (LocalDate d = p.debut(); !d.isAfter(p.fin()); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        return days;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theUnionCoversExactlyTheSameDaysWithDisjointSortedPeriods(long seed) {
        List<Period> periods = randomPeriods(new Random(seed));
        List<Period> union = Period.union(periods);
        assertThat(days(union)).as("seed %d", seed).isEqualTo(days(periods));
        for (int i = 1; i < union.size(); i++) {
            assertThat(union.get(i).debut()).as("seed %d: disjoint, sorted, not adjacent", seed)
                    .isAfter(union.get(i - 1).fin().plusDays(1));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void countsMatchTheBruteForceModel(long seed) {
        List<Period> periods = randomPeriods(new Random(seed));
        Set<LocalDate> days = days(periods);
        long weekdays = days.stream().filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
                && d.getDayOfWeek() != DayOfWeek.SUNDAY).count();
        assertThat(Period.days(periods)).as("seed %d", seed).isEqualTo(days.size());
        assertThat(Period.weekdays(periods)).as("seed %d", seed).isEqualTo(weekdays);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void orderDoesNotMatterAndTheUnionIsIdempotent(long seed) {
        Random random = new Random(seed);
        List<Period> periods = randomPeriods(random);
        List<Period> shuffled = new ArrayList<>(periods);
        Collections.shuffle(shuffled, random);
        assertThat(Period.union(shuffled)).as("seed %d", seed).isEqualTo(Period.union(periods));
        assertThat(Period.union(Period.union(periods))).as("seed %d", seed).isEqualTo(Period.union(periods));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void clippingToAWindowCountsOnlyTheDaysInside(long seed) {
        Random random = new Random(seed);
        List<Period> periods = randomPeriods(random);
        LocalDate start = ORIGIN.plusDays(random.nextInt(300));
        Period window = new Period(start, start.plusDays(random.nextInt(200)));
        long inside = days(periods).stream().filter(window::contains).count();
        assertThat(Period.daysWithin(periods, window)).as("seed %d", seed).isEqualTo(inside);
    }
}
