package com.yiti.integration.web;

import com.yiti.integration.SyncFailureStatus;
import com.yiti.integration.SyncFailureView;
import com.yiti.integration.SyncJobManagement;
import com.yiti.integration.SyncJobView;
import com.yiti.integration.SyncSource;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN's sync job pages: the list, the form, one job with its runs and failed records (run now, retry all), and one
 * failed record to correct and apply, or dismiss.
 */
@Controller
class SyncJobAdminController {

    private final SyncJobManagement jobs;

    SyncJobAdminController(SyncJobManagement jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/admin/sync-jobs")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("jobs", jobs.list(PageRequest.of(Math.max(page, 0), 50)));
        return "integration/sync-jobs";
    }

    @GetMapping("/admin/sync-jobs/new")
    String newForm(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SyncJobForm());
        }
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("kinds", jobs.kinds());
        model.addAttribute("sources", SyncSource.values());
        return "integration/sync-job-form";
    }

    @PostMapping("/admin/sync-jobs")
    String create(
            @ModelAttribute("form") SyncJobForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var created = FormSubmission.submit(result, () -> jobs.create(form.toData()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "sync.saved");
            return "redirect:/admin/sync-jobs/" + created.get().id();
        }
        return form(model);
    }

    @GetMapping("/admin/sync-jobs/{id}")
    String detail(
            @PathVariable long id,
            @RequestParam(required = false) SyncFailureStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("job", jobs.get(id));
        model.addAttribute("runs", jobs.runs(id, PageRequest.of(0, 10)));
        SyncFailureStatus shown = status == null ? SyncFailureStatus.OPEN : status;
        model.addAttribute("failures", jobs.failures(id, shown, PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("status", shown);
        model.addAttribute("statuses", SyncFailureStatus.values());
        return "integration/sync-job";
    }

    @GetMapping("/admin/sync-jobs/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        SyncJobView j = jobs.get(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SyncJobForm.of(j));
        }
        model.addAttribute("job", j);
        return form(model);
    }

    @PostMapping("/admin/sync-jobs/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") SyncJobForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> jobs.update(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "sync.saved");
            return "redirect:/admin/sync-jobs/" + id;
        }
        return edit(id, model);
    }

    @PostMapping("/admin/sync-jobs/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "sync.deleted", () -> jobs.delete(id));
        return "redirect:/admin/sync-jobs";
    }

    @PostMapping("/admin/sync-jobs/{id}/run")
    String run(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "sync.runRequested", () -> jobs.runNow(id));
        return "redirect:/admin/sync-jobs/" + id;
    }

    @PostMapping("/admin/sync-jobs/{id}/retry")
    String retryAll(@PathVariable long id, RedirectAttributes redirect) {
        Flash.run(redirect, "sync.retriedAll", () -> jobs.retryAll(id));
        return "redirect:/admin/sync-jobs/" + id;
    }

    @GetMapping("/admin/sync-jobs/{id}/failures/{failureId}")
    String failure(@PathVariable long id, @PathVariable long failureId, Model model) {
        SyncFailureView f = jobs.failure(failureId);
        model.addAttribute("job", jobs.get(f.jobId()));
        model.addAttribute("failure", f);
        return "integration/sync-failure";
    }

    /** The corrected values come as {@code value[column]} parameters; a new column as {@code newColumn}/{@code newValue}. */
    @PostMapping("/admin/sync-jobs/{id}/failures/{failureId}")
    String retry(
            @PathVariable long id,
            @PathVariable long failureId,
            @RequestParam long version,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("value[") && k.endsWith("]")) {
                values.put(k.substring(6, k.length() - 1), v);
            }
        });
        String column = params.get("newColumn");
        if (column != null && !column.isBlank()) {
            values.put(column.strip(), params.getOrDefault("newValue", ""));
        }
        SyncFailureView done =
                Flash.submit(redirect, "sync.failure.triedAgain", () -> jobs.retry(failureId, version, values));
        if (done != null && done.status() == SyncFailureStatus.FIXED) {
            redirect.addFlashAttribute("message", "sync.failure.fixed");
            return "redirect:/admin/sync-jobs/" + id;
        }
        return "redirect:/admin/sync-jobs/" + id + "/failures/" + failureId;
    }

    @PostMapping("/admin/sync-jobs/{id}/failures/{failureId}/dismiss")
    String dismiss(
            @PathVariable long id,
            @PathVariable long failureId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        Flash.run(redirect, "sync.failure.dismissed", () -> jobs.dismiss(failureId, version));
        return "redirect:/admin/sync-jobs/" + id;
    }
}
