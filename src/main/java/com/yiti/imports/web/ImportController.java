package com.yiti.imports.web;

import com.yiti.imports.ImportFile;
import com.yiti.imports.ImportJobView;
import com.yiti.imports.Imports;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.web.Flash;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN (the /admin pages are ADMIN's): templates, upload, the dry run's result with its row errors, the choice to
 * import the valid rows or nothing, live progress and the history of imports.
 */
@Controller
@RequestMapping("/admin/imports")
class ImportController {

    private final Imports imports;

    ImportController(Imports imports) {
        this.imports = imports;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("kinds", imports.kinds());
        model.addAttribute("history", imports.history(PageRequest.of(Math.max(page, 0), 20)));
        if (!model.containsAttribute("selectedKind")) {
            model.addAttribute("selectedKind", "customers");
        }
        return "imports/list";
    }

    @GetMapping("/templates/{kind}")
    ResponseEntity<byte[]> template(@PathVariable String kind, @RequestParam(defaultValue = "xlsx") String format) {
        return download(imports.template(kind, format));
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) String kind,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try {
            ImportJobView job = imports.upload(
                    kind, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            return "redirect:/admin/imports/" + job.id();
        } catch (BusinessRuleException e) {
            model.addAttribute("uploadError", e.code());
            model.addAttribute("uploadErrorArgs", e.args());
            model.addAttribute("selectedKind", kind);
            return list(0, model);
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
        ImportJobView job = imports.get(id);
        model.addAttribute("job", job);
        var errors = imports.errors(id, PageRequest.of(Math.max(page, 0), 50));
        model.addAttribute("errors", errors);
        model.addAttribute(
                "errorTexts",
                errors.getContent().stream()
                        .map(e -> imports.describe(job.kind(), e))
                        .toList());
        return "imports/job";
    }

    /** The progress bar, polled while the job runs; when it is over the page reloads to show the outcome. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model, HttpServletResponse response) {
        ImportJobView job = imports.get(id);
        if (!job.status().busy()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return "imports/job :: progress";
    }

    @PostMapping("/{id}/run")
    String run(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "import.started", () -> imports.run(id));
        return "redirect:/admin/imports/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "import.cancelled", () -> imports.cancel(id));
        return "redirect:/admin/imports/" + id;
    }

    @PostMapping("/{id}/check-again")
    String checkAgain(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "import.checkingAgain", () -> imports.checkAgain(id));
        return "redirect:/admin/imports/" + id;
    }

    @GetMapping("/{id}/error-file")
    ResponseEntity<byte[]> errorFile(@PathVariable long id) {
        return download(imports.errorFile(id));
    }

    static ResponseEntity<byte[]> download(ImportFile file) {
        return ResponseEntity.ok()
                .header("Content-Type", file.contentType())
                .header(
                        "Content-Disposition",
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
