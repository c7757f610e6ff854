package com.yiti.imports.web;

import com.yiti.imports.ImportJobView;
import com.yiti.imports.ImportKindView;
import com.yiti.imports.ImportRowErrorView;
import com.yiti.imports.Imports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** ADMIN: imports through the API, the same steps as the screens (ImportRoutes). */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Upload an .xlsx or CSV file, read its dry run, import the valid rows or nothing")
class ImportApiController {

    private final Imports imports;

    ImportApiController(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/kinds")
    @Operation(summary = "What can be imported, with each kind's columns and key column")
    List<ImportKindView> kinds() {
        return imports.kinds();
    }

    @GetMapping("/templates/{kind}")
    @Operation(summary = "A kind's template (format=xlsx with an explanation sheet, or csv), headers in your language")
    ResponseEntity<byte[]> template(@PathVariable String kind, @RequestParam(defaultValue = "xlsx") String format) {
        return ImportController.download(imports.template(kind, format));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file (kind, file): 202 with the job, whose dry run starts at once")
    ResponseEntity<ImportJobView> upload(
            @RequestParam(required = false) String kind,
            @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(imports.upload(
                        kind, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes()));
    }

    @GetMapping
    @Operation(summary = "The history of imports, newest first")
    Page<ImportJobView> history(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return imports.history(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A job: status, progress (processedRows of totalRows) and outcome")
    ImportJobView get(@PathVariable long id) {
        return imports.get(id);
    }

    @GetMapping("/{id}/errors")
    @Operation(summary = "The row errors of the dry run (or of the run): row, column key, message key and arguments")
    Page<ImportRowErrorView> errors(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return imports.errors(id, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 1000)));
    }

    @GetMapping("/{id}/error-file")
    @Operation(summary = "The uploaded file with an error column added to each refused row")
    ResponseEntity<byte[]> errorFile(@PathVariable long id) {
        return ImportController.download(imports.errorFile(id));
    }

    @PostMapping("/{id}/run")
    @Operation(summary = "Import the valid rows of a checked file (202; follow the progress with GET)")
    ResponseEntity<ImportJobView> run(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(imports.run(id));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Import nothing of a checked file")
    ImportJobView cancel(@PathVariable long id) {
        return imports.cancel(id);
    }
}
