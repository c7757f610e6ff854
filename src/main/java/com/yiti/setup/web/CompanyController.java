package com.yiti.setup.web;

import com.yiti.setup.CompanyImage;
import com.yiti.setup.CompanySetup;
import com.yiti.setup.CompanyView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.shared.web.FormSubmission;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: the company profile, its logo and seal; everyone signed in: the images (printed documents show them). */
@Controller
class CompanyController {

    private final CompanySetup company;

    CompanyController(CompanySetup company) {
        this.company = company;
    }

    @GetMapping("/admin/company")
    String form(Model model) {
        CompanyView profile = company.profile();
        model.addAttribute("company", profile);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CompanyForm.of(profile));
        }
        return "setup/company";
    }

    @PostMapping("/admin/company")
    String save(
            @Valid @ModelAttribute("form") CompanyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> {
            company.save(form.toData(), form.getVersion());
        })) {
            redirect.addFlashAttribute("message", "company.saved");
            return "redirect:/admin/company";
        }
        model.addAttribute("company", company.profile());
        return "setup/company";
    }

    @PostMapping("/admin/company/images/{kind}")
    String upload(@PathVariable String kind, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            company.storeImage(kind(kind), file.getBytes());
            redirect.addFlashAttribute("message", "company.imageSaved");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
            redirect.addFlashAttribute("flashErrorArgs", e.args());
        }
        return "redirect:/admin/company";
    }

    @PostMapping("/admin/company/images/{kind}/remove")
    String remove(@PathVariable String kind, RedirectAttributes redirect) {
        company.removeImage(kind(kind));
        redirect.addFlashAttribute("message", "company.imageRemoved");
        return "redirect:/admin/company";
    }

    @GetMapping("/company/images/{kind}")
    ResponseEntity<byte[]> image(@PathVariable String kind) {
        CompanyImage image = company.image(kind(kind)).orElseThrow(() -> new RecordNotFoundException("Image", kind));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.noCache())
                .header("X-Content-Type-Options", "nosniff")
                .body(image.content());
    }

    private static CompanyImage.Kind kind(String kind) {
        try {
            return CompanyImage.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("Image", kind);
        }
    }
}
