package com.yiti.integration.web;

import com.yiti.integration.DataFeed;
import com.yiti.integration.FeedExport;
import com.yiti.integration.FeedPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The data-warehouse feed for BI tools (MANAGER and ADMIN: every record, no sales scope). */
@RestController
@Tag(name = "Data-warehouse feed")
class FeedApiController {

    private final DataFeed feed;

    private final FeedExport export;

    FeedApiController(DataFeed feed, FeedExport export) {
        this.feed = feed;
        this.export = export;
    }

    @PostMapping("/api/v1/feed/exports")
    @Operation(
            summary = "Write every table changed at or after since (none: a full snapshot) as CSV or JSON Lines files"
                    + " with a manifest.json to a new folder under yiti.feed.export-dir; answers the manifest (pass its"
                    + " until as since next time)")
    Map<String, Object> export(
            @RequestParam(defaultValue = "jsonl") String format, @RequestParam(required = false) String since) {
        return export.export(format, since);
    }

    @GetMapping("/api/v1/feed")
    @Operation(summary = "The feed's tables with their columns (name, type, meaning)")
    List<Map<String, Object>> tables() {
        return feed.tables().stream()
                .<Map<String, Object>>map(t -> Map.of(
                        "name", t.name(),
                        "description", t.description(),
                        "columns",
                                t.columns().stream()
                                        .map(c -> Map.of(
                                                "name", c.name(), "type", c.type(), "description", c.description()))
                                        .toList()))
                .toList();
    }

    @GetMapping("/api/v1/feed/{table}")
    @Operation(
            summary = "Rows changed at or after since (ISO instant; none: everything), oldest change first, in pages"
                    + " of up to 5000: pass next as cursor until it is empty")
    FeedPage page(
            @PathVariable String table,
            @RequestParam(required = false) String since,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "1000") int size) {
        return feed.page(table, since, cursor, size);
    }
}
