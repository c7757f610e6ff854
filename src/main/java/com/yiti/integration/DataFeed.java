package com.yiti.integration;

import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-warehouse feed (decision 038): for each table a module declares ({@link FeedSource}), the rows changed at
 * or after a watermark, in keyset pages ordered by (changed_at, id), so a BI tool fetches only what changed since its
 * last run and never misses or repeats a row between pages. {@code since} omitted: the full snapshot.
 */
@Service
@Transactional(readOnly = true)
public class DataFeed {

    public static final int MAX_PAGE = 5000;

    private final Map<String, FeedSource> sources;
    private final JdbcTemplate jdbc;

    DataFeed(List<FeedSource> sources, JdbcTemplate jdbc) {
        this.sources = sources.stream()
                .collect(Collectors.toMap(FeedSource::name, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
        this.jdbc = jdbc;
    }

    /** Every table with its columns: the feed's documentation. */
    public List<FeedSource> tables() {
        return List.copyOf(sources.values());
    }

    public FeedPage page(String table, String since, String cursor, int size) {
        FeedSource source = sources.get(table);
        if (source == null) {
            throw new RecordNotFoundException("FeedTable", table);
        }
        Instant from = since == null || since.isBlank() ? Instant.EPOCH : instant("since", since);
        int limit = Math.min(Math.max(size, 1), MAX_PAGE);
        StringBuilder sql = new StringBuilder("SELECT ");
        for (FeedSource.FeedColumn c : source.columns()) {
            sql.append(c.sql()).append(" AS ").append(c.name()).append(", ");
        }
        String changed = source.changedAt();
        sql.append(changed)
                .append(" AS changed_at FROM ")
                .append(source.from())
                .append(" WHERE ")
                .append(changed);
        List<Object> args = new ArrayList<>();
        sql.append(" >= ?");
        args.add(Timestamp.from(from));
        if (cursor != null && !cursor.isBlank()) {
            String[] parts = cursor.split("_", 2);
            if (parts.length != 2) {
                throw new BusinessRuleException("cursor", "feed.cursor");
            }
            Instant at = instant("cursor", parts[0]);
            long id;
            try {
                id = Long.parseLong(parts[1]);
            } catch (NumberFormatException e) {
                throw new BusinessRuleException("cursor", "feed.cursor");
            }
            sql.append(" AND (")
                    .append(changed)
                    .append(" > ? OR (")
                    .append(changed)
                    .append(" = ? AND id > ?))");
            args.add(Timestamp.from(at));
            args.add(Timestamp.from(at));
            args.add(id);
        }
        sql.append(" ORDER BY ").append(changed).append(", id LIMIT ").append(limit + 1);
        List<Map<String, Object>> rows = jdbc.query(sql.toString(), (rs, i) -> row(rs, source), args.toArray());
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Map<String, Object> last = rows.get(limit - 1);
            next = last.get("changed_at") + "_" + last.get("id");
        }
        return new FeedPage(table, from.toString(), rows, next);
    }

    private static Map<String, Object> row(ResultSet rs, FeedSource source) throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        for (FeedSource.FeedColumn c : source.columns()) {
            row.put(c.name(), value(rs.getObject(c.name())));
        }
        Timestamp changed = rs.getTimestamp("changed_at");
        row.put("changed_at", changed == null ? null : changed.toInstant().truncatedTo(ChronoUnit.MICROS));
        return row;
    }

    private static Object value(Object v) {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof java.time.LocalDateTime t) {
            return t.toInstant(java.time.ZoneOffset.UTC);
        }
        return v;
    }

    private static Instant instant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException(field, "feed.instant");
        }
    }
}
