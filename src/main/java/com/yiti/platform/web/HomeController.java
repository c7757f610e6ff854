package com.yiti.platform.web;

import com.yiti.platform.TaskManagement;
import com.yiti.platform.TaskStatus;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.Paging;
import com.yiti.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Every user's home: "My tasks", the inbox of tasks assigned to them or to their roles. */
@Controller
class HomeController {

    private static final Sort INBOX_ORDER = Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.desc("id"));

    private final TaskManagement tasks;
    private final UserDirectory directory;
    private final org.springframework.beans.factory.ObjectProvider<com.yiti.platform.HomeCards> cards;
    private final SetupChecklist checklist;

    HomeController(
            TaskManagement tasks,
            UserDirectory directory,
            org.springframework.beans.factory.ObjectProvider<com.yiti.platform.HomeCards> cards,
            SetupChecklist checklist) {
        this.tasks = tasks;
        this.directory = directory;
        this.cards = cards;
        this.checklist = checklist;
    }

    @GetMapping("/")
    String home(
            @RequestParam(defaultValue = "OPEN") TaskStatus status,
            @RequestParam(required = false) Integer page,
            Model model,
            HttpServletRequest request) {
        Sort sort = status == TaskStatus.DONE
                ? Sort.by(Sort.Order.desc("completedAt"), Sort.Order.desc("id"))
                : INBOX_ORDER;
        model.addAttribute("status", status);
        model.addAttribute(
                "tasks", tasks.inbox(directory.require(), status, Paging.of(page, 20, null, Set.of(), sort)));
        if (!com.yiti.shared.web.Htmx.isHtmx(request)) {
            var user = directory.require();
            if (user.hasRole(com.yiti.platform.Role.ADMIN)) {
                var steps = checklist.items();
                if (!SetupChecklist.complete(steps)) {
                    model.addAttribute("setupSteps", steps);
                }
            }
            model.addAttribute(
                    "cards",
                    cards.orderedStream()
                            .flatMap(c -> c.cardsFor(user).stream())
                            .toList());
        }
        return Htmx.view(request, "platform/home", "inbox");
    }

    @PostMapping("/tasks/{id}/done")
    String done(@PathVariable long id, Model model, HttpServletRequest request) {
        tasks.complete(id, directory.require());
        if (Htmx.isHtmx(request)) {
            return home(TaskStatus.OPEN, 0, model, request);
        }
        return "redirect:/";
    }
}
