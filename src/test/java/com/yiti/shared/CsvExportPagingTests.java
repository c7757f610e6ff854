package com.yiti.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.mock.web.MockHttpServletResponse;

/** An export reads a long list to the end once: every row exactly once, in order, never by skipping rows. */
class CsvExportPagingTests {

    record Row(long id) {}

    /** 4,567 rows, ids 1..4567 with gaps at every seventh; a query that knows keyset pages, as the modules' do. */
    private final List<Row> table = LongStream.rangeClosed(1, 4567)
            .filter(i -> i % 7 != 0)
            .mapToObj(Row::new)
            .toList();

    private final List<Pageable> asked = new ArrayList<>();

    private final Function<Pageable, Page<Row>> query = pageable -> {
        asked.add(pageable);
        List<Row> matching = table.stream()
                .filter(r -> !(pageable instanceof Keyset.After a) || r.id() < a.lastId())
                .sorted(Comparator.comparingLong(Row::id).reversed())
                .toList();
        int from = (int) Math.min(pageable.getOffset(), matching.size());
        int to = Math.min(from + pageable.getPageSize(), matching.size());
        return new PageImpl<>(matching.subList(from, to), pageable, matching.size());
    };

    private List<String> export(boolean keyed) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        CsvExport.write(
                response,
                CsvExport.Format.CSV,
                "rows",
                List.of("id"),
                Sort.by(Sort.Order.desc("id")),
                query,
                keyed ? Row::id : null,
                r -> CsvExport.row(r.id()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(response.getContentAsByteArray());
        String text = out.toString(StandardCharsets.UTF_8).replace("\uFEFF", "");
        return text.lines().skip(1).toList();
    }

    @Test
    void aListSortedByIdContinuesAfterTheLastIdInsteadOfSkippingRows() throws Exception {
        List<String> lines = export(true);
        assertThat(lines)
                .containsExactlyElementsOf(table.stream()
                        .sorted(Comparator.comparingLong(Row::id).reversed())
                        .map(r -> String.valueOf(r.id()))
                        .toList());
        assertThat(asked).hasSize(2).allSatisfy(p -> assertThat(p.getOffset()).isZero());
        assertThat(asked.get(1)).isInstanceOf(Keyset.After.class);
    }

    @Test
    void withoutIdsTheListIsReadByOffsetWithTheSameResult() throws Exception {
        List<String> keyed = export(true);
        asked.clear();
        assertThat(export(false)).isEqualTo(keyed);
        assertThat(asked).extracting(Pageable::getOffset).containsExactly(0L, 2000L);
    }
}
