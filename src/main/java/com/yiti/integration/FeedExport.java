package com.yiti.integration;

import com.yiti.shared.BusinessRuleException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data-warehouse feed as files (decision 038): every table's rows changed at or after {@code since} (none: the
 * full snapshot), one CSV (UTF-8 with BOM, header row) or JSON Lines file per table, in a new folder under {@code
 * yiti.feed.export-dir}, with a {@code manifest.json} written last: the tables, their columns, row counts, SHA-256 of
 * each file, and {@code until}, the instant the export started, to pass as {@code since} next time (a row changed while
 * the export ran may come again then: load by id).
 */
@Service
public class FeedExport {

    private static final DateTimeFormatter FOLDER =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataFeed feed;
    private final JsonMapper json;
    private final Clock clock;
    private final Path root;

    FeedExport(DataFeed feed, JsonMapper json, Clock clock, @Value("${yiti.feed.export-dir:data/feed}") String root) {
        this.feed = feed;
        this.json = json;
        this.clock = clock;
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    /** Where exports go. */
    public Path root() {
        return root;
    }

    /** Writes the export and answers its manifest (with {@code folder}, relative to the export directory). */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    public Map<String, Object> export(String format, String since) {
        String f = format == null || format.isBlank() ? "jsonl" : format.strip().toLowerCase(Locale.ROOT);
        if (!f.equals("csv") && !f.equals("jsonl")) {
            throw new BusinessRuleException("format", "feed.format");
        }
        String from = since == null || since.isBlank() ? null : since.strip();
        if (from != null) {
            try {
                Instant.parse(from);
            } catch (java.time.format.DateTimeParseException e) {
                throw new BusinessRuleException("since", "feed.instant");
            }
        }
        // whole seconds, floored: a column kept to the second never holds a change made after until as earlier
        Instant until = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String name = FOLDER.format(until) + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path folder = root.resolve(name);
        List<Map<String, Object>> tables = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (FeedSource table : feed.tables()) {
                tables.add(write(folder, table, f, from));
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("folder", name);
            manifest.put("format", f);
            manifest.put("since", from);
            manifest.put("until", until.toString());
            manifest.put("tables", tables);
            Path tmp = folder.resolve("manifest.json.tmp");
            Files.write(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            Files.move(tmp, folder.resolve("manifest.json"), StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> write(Path folder, FeedSource table, String format, String since) throws IOException {
        String file = table.name() + "." + format;
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<String> columns = new ArrayList<>();
        table.columns().forEach(c -> columns.add(c.name()));
        columns.add("changed_at");
        long rows = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(folder.resolve(file)), sha);
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            CSVPrinter csv = null;
            if (format.equals("csv")) {
                writer.write('\ufeff');
                csv = new CSVPrinter(
                        writer,
                        CSVFormat.DEFAULT
                                .builder()
                                .setHeader(columns.toArray(String[]::new))
                                .get());
            }
            String cursor = null;
            do {
                FeedPage page = feed.page(table.name(), since, cursor, DataFeed.MAX_PAGE);
                for (Map<String, Object> row : page.rows()) {
                    if (csv != null) {
                        List<Object> values = new ArrayList<>(columns.size());
                        for (String c : columns) {
                            Object v = row.get(c);
                            values.add(v == null ? null : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
                        }
                        csv.printRecord(values);
                    } else {
                        writer.write(json.writeValueAsString(row));
                        writer.write('\n');
                    }
                    rows++;
                }
                cursor = page.next();
            } while (cursor != null);
            if (csv != null) {
                csv.flush();
            }
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", table.name());
        entry.put("file", file);
        entry.put("rows", rows);
        entry.put("sha256", HexFormat.of().formatHex(sha.digest()));
        entry.put(
                "columns",
                table.columns().stream()
                        .map(c -> Map.of("name", c.name(), "type", c.type(), "description", c.description()))
                        .toList());
        return entry;
    }
}
