package com.yiti.integration.internal;

import com.yiti.imports.ImportFileException;
import com.yiti.imports.ImportRow;
import com.yiti.imports.Sheets;
import com.yiti.integration.SyncSource;
import com.yiti.platform.OutboundTargets;
import com.yiti.shared.BusinessRuleException;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where sync jobs read (decision 039). A folder job takes the files matching its pattern in its folder under the sync
 * inbox, oldest name first, as the import reads them (CSV in UTF-8 or GBK, .xlsx; the header names the columns); a
 * file is moved to {@code processed/} once its run ended, or to {@code failed/} when it cannot be read at all, so no
 * file is read twice and none disappears. A REST job GETs its URL (checked like a webhook's: no loopback, link-local
 * or metadata address, no redirects) and takes the array at its JSON pointer.
 */
@Component
public class SyncSources {

    static final long MAX_BYTES = 30L * 1024 * 1024;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path inbox;
    private final OutboundTargets targets;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    SyncSources(
            @Value("${yiti.sync.inbox:data/sync-inbox}") String inbox,
            OutboundTargets targets,
            JsonMapper json,
            Clock clock,
            @Value("${yiti.default-time-zone:Asia/Shanghai}") String zone) {
        this.inbox = Path.of(inbox).toAbsolutePath().normalize();
        this.targets = targets;
        this.json = json;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    /** What a run reads: its name (file or URL), a digest of the content, its records, and what to do when done. */
    public record Batch(String name, String digest, List<ImportRow> rows, Runnable done) {}

    /** The source cannot be read: the run fails with this message code and arguments. */
    public static class Unreadable extends RuntimeException {
        private final String code;
        private final List<String> args;
        private final String name;

        Unreadable(String name, String code, Object... args) {
            super(code);
            this.name = name;
            this.code = code;
            this.args = Stream.of(args).map(String::valueOf).toList();
        }

        public String code() {
            return code;
        }

        public List<String> args() {
            return args;
        }

        public String name() {
            return name;
        }
    }

    /** The job's folder, refused when it leaves the inbox. */
    public Path folder(String location) {
        Path folder = inbox.resolve(location.strip()).normalize();
        if (!folder.startsWith(inbox) || Path.of(location.strip()).isAbsolute()) {
            throw new BusinessRuleException("location", "sync.location.outside");
        }
        return folder;
    }

    public Path inbox() {
        return inbox;
    }

    /** The next batch, or empty when the folder holds no matching file. */
    public Optional<Batch> next(SyncJob job) {
        return job.getSource() == SyncSource.FOLDER ? nextFile(job) : Optional.of(fetch(job));
    }

    private Optional<Batch> nextFile(SyncJob job) {
        Path folder = folder(job.getLocation());
        if (!Files.isDirectory(folder)) {
            throw new Unreadable(folder.toString(), "sync.source.noFolder", inbox.relativize(folder));
        }
        String glob = job.getFilePattern() == null ? "*" : job.getFilePattern();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        Optional<Path> first;
        try (Stream<Path> files = Files.list(folder)) {
            first = files.filter(Files::isRegularFile)
                    .filter(p -> matcher.matches(p.getFileName()))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            throw new Unreadable(folder.toString(), "sync.source.io", e.getMessage());
        }
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Path file = first.get();
        String name = file.getFileName().toString();
        byte[] content;
        try {
            if (Files.size(file) > MAX_BYTES) {
                moveTo(file, "failed");
                throw new Unreadable(name, "import.file.tooLarge", MAX_BYTES / 1024 / 1024);
            }
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable(name, "sync.source.io", e.getMessage());
        }
        List<ImportRow> rows;
        try {
            rows = Sheets.rows(name, content);
        } catch (ImportFileException e) {
            moveTo(file, "failed");
            throw new Unreadable(name, e.code(), e.args());
        }
        return Optional.of(new Batch(name, digest(content), rows, () -> moveTo(file, "processed")));
    }

    private void moveTo(Path file, String where) {
        try {
            Path dir = Files.createDirectories(file.getParent().resolve(where));
            String stamp = STAMP.format(clock.instant().atZone(zone));
            Files.move(file, dir.resolve(stamp + "-" + file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new Unreadable(file.getFileName().toString(), "sync.source.io", e.getMessage());
        }
    }

    private Batch fetch(SyncJob job) {
        String url = job.getLocation();
        byte[] body;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(targets.check(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json")
                    .GET();
            if (job.getAuthHeader() != null) {
                request.header("Authorization", job.getAuthHeader());
            }
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() < 200 || response.statusCode() > 299) {
                    throw new Unreadable(url, "sync.source.http", response.statusCode());
                }
                body = in.readNBytes((int) MAX_BYTES + 1);
                if (body.length > MAX_BYTES) {
                    throw new Unreadable(url, "import.file.tooLarge", MAX_BYTES / 1024 / 1024);
                }
            }
        } catch (BusinessRuleException e) {
            throw new Unreadable(url, e.code(), e.args());
        } catch (IOException e) {
            throw new Unreadable(url, "sync.source.io", String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreadable(url, "sync.source.io", "interrupted");
        }
        JsonNode items;
        try {
            JsonNode root = json.readTree(body);
            items = job.getItemsPath() == null ? root : root.at(job.getItemsPath());
        } catch (JacksonException | IllegalArgumentException e) {
            throw new Unreadable(url, "sync.source.json");
        }
        if (items == null || !items.isArray()) {
            throw new Unreadable(url, "sync.source.notArray", job.getItemsPath() == null ? "/" : job.getItemsPath());
        }
        List<ImportRow> rows = new ArrayList<>();
        int n = 0;
        for (JsonNode item : items) {
            n++;
            Map<String, String> values = new LinkedHashMap<>();
            if (item.isObject()) {
                for (var e : item.properties()) {
                    JsonNode v = e.getValue();
                    if (v == null || v.isNull()) {
                        continue;
                    }
                    values.put(e.getKey(), v.isValueNode() ? v.asString() : v.toString());
                }
            }
            rows.add(new ImportRow(n, values));
        }
        return new Batch(url, digest(body), rows, () -> {});
    }

    static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
