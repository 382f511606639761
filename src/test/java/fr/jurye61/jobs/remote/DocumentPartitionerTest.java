package fr.jurye61.jobs.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DocumentPartitionerTest {
    private static DocumentWork work(String sha, long size) {
        return new DocumentWork(DocumentWork.Kind.RAPPORT, sha, size, Path.of("/etat/instantanes/objets/" + sha));
    }

    @Test
    void lotsAreBalancedByBytesAndHoldEachDocumentOnce() {
        // given documents of very different sizes
        List<DocumentWork> works = List.of(work("a", 100), work("b", 90), work("c", 50), work("d", 40), work("e", 30),
                work("f", 20));

        // when they are split in two lots
        List<List<DocumentWork>> lots = DocumentPartitioner.balance(works, 2);

        // then each lot weighs about half, largest first, and no document is lost or doubled
        assertThat(lots).hasSize(2);
        assertThat(lots.get(0)).extracting(DocumentWork::sha256).containsExactly("a", "d", "e");
        assertThat(lots.get(1)).extracting(DocumentWork::sha256).containsExactly("b", "c", "f");
        assertThat(lots.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(works);
    }

    @Test
    void neverMoreLotsThanDocumentsAndOneEmptyLotWhenAllIsCached() {
        assertThat(DocumentPartitioner.balance(List.of(work("a", 1), work("b", 2)), 8)).hasSize(2);
        assertThat(DocumentPartitioner.balance(List.of(), 8)).hasSize(1).first().asList().isEmpty();
        List<DocumentWork> many = IntStream.range(0, 100).mapToObj(i -> work("s" + i, 1000 + i)).toList();
        List<List<DocumentWork>> lots = DocumentPartitioner.balance(many, 8);
        long heaviest = lots.stream().mapToLong(l -> l.stream().mapToLong(DocumentWork::size).sum()).max().orElseThrow();
        long lightest = lots.stream().mapToLong(l -> l.stream().mapToLong(DocumentWork::size).sum()).min().orElseThrow();
        assertThat(heaviest - lightest).isLessThanOrEqualTo(1099);
    }

    @Test
    void aLotSurvivesItsExecutionContextAsLines() {
        List<DocumentWork> works = List.of(work("a", 1), new DocumentWork(DocumentWork.Kind.GRILLE, "b", 2,
                Path.of("/chemin avec espaces/b")));

        assertThat(DocumentWork.parseLines(DocumentWork.lines(works))).isEqualTo(works);
        assertThat(DocumentWork.parseLines("")).isEmpty();
    }
}
