package com.yiti.platform.web;

import com.yiti.platform.NumberSeriesManagement;
import com.yiti.platform.NumberSeriesView;
import com.yiti.shared.web.FormSubmission;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: document numbering per type (prefix, yearly reset, the next number), on a screen and in the API. */
@Controller
class NumberSeriesController {

    private final NumberSeriesManagement numbers;

    NumberSeriesController(NumberSeriesManagement numbers) {
        this.numbers = numbers;
    }

    /** The form and API body: the printed prefix and the yearly reset, with the version read. */
    public static class SeriesForm {
        private String code;
        private String prefix;
        private boolean yearlyReset;
        private long version;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getPrefix() {
            return prefix;
        }

        public void setPrefix(String prefix) {
            this.prefix = prefix;
        }

        public boolean isYearlyReset() {
            return yearlyReset;
        }

        public void setYearlyReset(boolean yearlyReset) {
            this.yearlyReset = yearlyReset;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    @GetMapping("/admin/numbers")
    String list(Model model) {
        model.addAttribute("series", numbers.all());
        return "admin/numbers";
    }

    @GetMapping("/admin/numbers/{code}")
    String edit(@PathVariable String code, Model model) {
        NumberSeriesView s = numbers.get(code);
        SeriesForm form = new SeriesForm();
        form.setCode(s.code());
        form.setPrefix(s.prefix());
        form.setYearlyReset(s.yearlyReset());
        form.setVersion(s.version());
        model.addAttribute("form", form);
        return list(model);
    }

    @PostMapping("/admin/numbers/{code}")
    String save(
            @PathVariable String code,
            @ModelAttribute("form") SeriesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(
                result, () -> numbers.update(code, form.getVersion(), form.getPrefix(), form.isYearlyReset()))) {
            redirect.addFlashAttribute("message", "reference.saved");
            return "redirect:/admin/numbers";
        }
        form.setCode(code);
        return list(model);
    }

    @GetMapping("/api/v1/admin/number-series")
    @ResponseBody
    @Operation(summary = "ADMIN: how each document type is numbered, with its next number")
    List<NumberSeriesView> api() {
        return numbers.all();
    }

    @PutMapping("/api/v1/admin/number-series/{code}")
    @ResponseBody
    @Operation(summary = "ADMIN: change a document type's prefix or yearly reset (version as read)")
    NumberSeriesView apiUpdate(@PathVariable String code, @RequestBody SeriesForm body) {
        return numbers.update(code, body.getVersion(), body.getPrefix(), body.isYearlyReset());
    }
}
