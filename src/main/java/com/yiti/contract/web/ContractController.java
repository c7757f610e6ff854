package com.yiti.contract.web;

import com.yiti.contract.ContractFile;
import com.yiti.contract.ContractFilter;
import com.yiti.contract.ContractManagement;
import com.yiti.contract.ContractStatus;
import com.yiti.contract.ContractView;
import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerManagement;
import com.yiti.shared.web.Flash;
import com.yiti.shared.web.FormSubmission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Contracts: the list, a new one, one with its terms, approval, signature, orders under it and what is left. */
@Controller
@RequestMapping("/contracts")
class ContractController {

    private final ContractManagement contracts;
    private final CustomerManagement customers;

    ContractController(ContractManagement contracts, CustomerManagement customers) {
        this.contracts = contracts;
        this.customers = customers;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) ContractStatus status,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String q,
            Model model) {
        model.addAttribute(
                "contracts",
                contracts.list(
                        new ContractFilter(customerId, status, q),
                        PageRequest.of(page == null ? 0 : Math.max(0, page), 25)));
        model.addAttribute("statuses", ContractStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("customerId", customerId);
        return "contract/list";
    }

    @GetMapping("/new")
    String newContract(@RequestParam(required = false) Long customerId, Model model) {
        if (!model.containsAttribute("form")) {
            ContractForm form = new ContractForm();
            form.setCustomerId(customerId);
            form.setValidFrom(LocalDate.now(ZoneId.of("Asia/Shanghai")));
            if (customerId != null) {
                customers.summary(customerId).ifPresent(c -> form.setCurrency(c.currency()));
            }
            model.addAttribute("form", form);
        }
        return form(model, null);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") ContractForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        var created = FormSubmission.submit(result, () -> contracts.create(form.toData()));
        if (created.isPresent()) {
            redirect.addFlashAttribute("message", "contract.saved");
            return "redirect:/contracts/" + created.get().id();
        }
        return form(model, null);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ContractView c = contracts.get(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ContractForm.of(c));
        }
        return form(model, c);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") ContractForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormSubmission.run(result, () -> contracts.update(id, form.getVersion(), form.toData()))) {
            redirect.addFlashAttribute("message", "contract.saved");
            return "redirect:/contracts/" + id;
        }
        return form(model, contracts.get(id));
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "contract.submitted", () -> contracts.submit(id, version));
        return "redirect:/contracts/" + id;
    }

    @PostMapping("/{id}/sign")
    String sign(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        Flash.run(
                redirect,
                "contract.signedMessage",
                () -> contracts.sign(id, version, signedOn, name(file), bytes(file)));
        return "redirect:/contracts/" + id;
    }

    @PostMapping("/{id}/copy")
    String copy(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        Flash.run(
                redirect, "contract.copySaved", () -> contracts.attachSignedCopy(id, version, name(file), bytes(file)));
        return "redirect:/contracts/" + id;
    }

    @GetMapping("/{id}/copy")
    ResponseEntity<Resource> download(@PathVariable long id) {
        ContractFile f = contracts.signedCopy(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(f.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(f.content());
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Flash.run(redirect, "contract.completedMessage", () -> contracts.complete(id, version));
        return "redirect:/contracts/" + id;
    }

    @PostMapping("/{id}/terminate")
    String terminate(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Flash.run(redirect, "contract.terminatedMessage", () -> contracts.terminate(id, version, reason));
        return "redirect:/contracts/" + id;
    }

    private String form(Model model, ContractView c) {
        model.addAttribute("contract", c);
        model.addAttribute("canWrite", c == null || contracts.canWrite(c.id()));
        model.addAttribute("approvals", c == null ? java.util.List.of() : contracts.approvalHistory(c.id()));
        if (c == null) {
            model.addAttribute(
                    "customers",
                    customers
                            .search(CustomerFilter.none(), PageRequest.of(0, 500, Sort.by("name")))
                            .getContent());
        }
        return "contract/contract";
    }

    private static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
