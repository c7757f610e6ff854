package com.yiti.platform.web;

import com.yiti.platform.internal.SalesTeam;
import com.yiti.platform.internal.User;
import com.yiti.platform.internal.UserAdministration;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN: sales teams and their managers. */
@Controller
@RequestMapping("/admin/teams")
class AdminTeamController {

    private final UserAdministration admin;

    AdminTeamController(UserAdministration admin) {
        this.admin = admin;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TeamForm());
        }
        List<SalesTeam> teams = admin.teams();
        Map<Long, User> managers = admin.usersById(teams.stream()
                .map(SalesTeam::getManagerId)
                .filter(java.util.Objects::nonNull)
                .toList());
        model.addAttribute("teams", teams);
        model.addAttribute("managers", managers);
        model.addAttribute("salesManagers", admin.salesManagers());
        return "admin/teams";
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") TeamForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                if (form.getId() == null) {
                    admin.createTeam(form.getName(), form.getManagerId());
                } else {
                    admin.updateTeam(form.getId(), form.getVersion(), form.getName(), form.getManagerId());
                }
                redirect.addFlashAttribute("message", "team.saved");
                return "redirect:/admin/teams";
            } catch (BusinessRuleException e) {
                FormErrors.reject(result, e);
            } catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException e) {
                result.reject("record.changedByOther");
            }
        }
        return list(model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        SalesTeam team = admin.teams().stream()
                .filter(t -> t.getId() == id)
                .findFirst()
                .orElseThrow(() -> new com.yiti.shared.RecordNotFoundException("SalesTeam", id));
        TeamForm form = new TeamForm();
        form.setId(team.getId());
        form.setName(team.getName());
        form.setManagerId(team.getManagerId());
        form.setVersion(team.getVersion());
        model.addAttribute("form", form);
        return list(model);
    }
}
