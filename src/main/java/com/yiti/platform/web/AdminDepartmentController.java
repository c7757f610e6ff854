package com.yiti.platform.web;

import com.yiti.platform.DataScope;
import com.yiti.platform.DepartmentManagement;
import com.yiti.platform.DepartmentView;
import com.yiti.platform.Role;
import com.yiti.platform.internal.UserAdministration;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.web.FormErrors;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: the department tree, heads and members, and each sales role's data scope (decision 050). */
@Controller
class AdminDepartmentController {

    private final DepartmentManagement departments;
    private final UserAdministration admin;

    AdminDepartmentController(DepartmentManagement departments, UserAdministration admin) {
        this.departments = departments;
        this.admin = admin;
    }

    /** The sales-team page of earlier releases is the department page now. */
    @GetMapping("/admin/teams")
    String teams() {
        return "redirect:/admin/departments";
    }

    @GetMapping("/admin/departments")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DepartmentForm());
        }
        model.addAttribute("departments", departments.tree());
        model.addAttribute(
                "users",
                admin.search(null, org.springframework.data.domain.PageRequest.of(0, 500))
                        .getContent());
        model.addAttribute("scopes", departments.scopes());
        model.addAttribute("scopedRoles", DepartmentManagement.SCOPED_ROLES);
        model.addAttribute("scopeChoices", DataScope.values());
        return "admin/departments";
    }

    @GetMapping("/admin/departments/{id}")
    String edit(@PathVariable long id, Model model) {
        DepartmentView d = departments.get(id);
        DepartmentForm form = new DepartmentForm();
        form.setId(d.id());
        form.setName(d.name());
        form.setParentId(d.parentId());
        form.setHeadId(d.headId());
        form.setVersion(d.version());
        model.addAttribute("form", form);
        return list(model);
    }

    @PostMapping("/admin/departments")
    String save(
            @Valid @ModelAttribute("form") DepartmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (form.getId() == null) {
                    departments.create(form.data());
                } else {
                    departments.update(form.getId(), form.getVersion(), form.data());
                }
                redirect.addFlashAttribute("message", "department.saved");
                return "redirect:/admin/departments";
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            } catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException e) {
                result.reject("record.changedByOther");
            }
        }
        return list(model);
    }

    @PostMapping("/admin/departments/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            departments.delete(id);
            redirect.addFlashAttribute("message", "department.deleted");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", e.code());
            redirect.addFlashAttribute("flashErrorArgs", e.args());
        }
        return "redirect:/admin/departments";
    }

    @PostMapping("/admin/departments/scopes")
    String scope(@RequestParam Role role, @RequestParam DataScope scope, RedirectAttributes redirect) {
        departments.setScope(role, scope);
        redirect.addFlashAttribute("message", "department.scopeSaved");
        return "redirect:/admin/departments";
    }
}
