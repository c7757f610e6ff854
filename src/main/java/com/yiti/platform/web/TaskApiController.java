package com.yiti.platform.web;

import com.yiti.platform.TaskManagement;
import com.yiti.platform.TaskStatus;
import com.yiti.platform.TaskView;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = "The caller's task inbox")
class TaskApiController {

    private final TaskManagement tasks;
    private final UserDirectory directory;

    TaskApiController(TaskManagement tasks, UserDirectory directory) {
        this.tasks = tasks;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Tasks assigned to the caller or the caller's roles, earliest due first")
    PageResponse<TaskView> inbox(
            @RequestParam(defaultValue = "OPEN") TaskStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var pageable = Paging.of(
                page, size, null, Set.of(), Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.desc("id")));
        return PageResponse.of(tasks.inbox(directory.require(), status, pageable), t -> t);
    }

    @PostMapping("/{id}/done")
    @Operation(summary = "Mark a task of the caller's inbox done")
    TaskView done(@PathVariable long id) {
        return tasks.complete(id, directory.require());
    }
}
