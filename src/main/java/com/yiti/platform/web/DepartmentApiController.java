package com.yiti.platform.web;

import com.yiti.platform.DataScope;
import com.yiti.platform.DepartmentData;
import com.yiti.platform.DepartmentManagement;
import com.yiti.platform.DepartmentView;
import com.yiti.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The organisation as JSON: everyone signed in reads the tree; ADMIN changes it and the sales roles' data scopes. */
@RestController
@Tag(name = "Departments", description = "The department tree, its heads and members; each sales role's data scope")
class DepartmentApiController {

    private final DepartmentManagement departments;

    DepartmentApiController(DepartmentManagement departments) {
        this.departments = departments;
    }

    @GetMapping("/api/v1/departments")
    @Operation(summary = "Every department in tree order (depth from the top), with its head and members")
    List<DepartmentView> list() {
        return departments.tree();
    }

    @GetMapping("/api/v1/departments/{id}")
    DepartmentView get(@PathVariable long id) {
        return departments.get(id);
    }

    @PostMapping("/api/v1/departments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a department (ADMIN)")
    DepartmentView create(@RequestBody DepartmentData data) {
        return departments.create(data);
    }

    @PutMapping("/api/v1/departments/{id}")
    @Operation(summary = "Rename, move or change the head of a department, with the version read (ADMIN)")
    DepartmentView update(@PathVariable long id, @RequestParam long version, @RequestBody DepartmentData data) {
        return departments.update(id, version, data);
    }

    @DeleteMapping("/api/v1/departments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an empty department (ADMIN; refused with members or departments below it)")
    void delete(@PathVariable long id) {
        departments.delete(id);
    }

    @GetMapping("/api/v1/departments/scopes")
    @Operation(summary = "Each sales role's data scope: OWN, DEPARTMENT, DEPARTMENT_AND_BELOW or ALL")
    Map<Role, DataScope> scopes() {
        return departments.scopes();
    }

    record ScopeChange(DataScope scope) {}

    @PutMapping("/api/v1/departments/scopes/{role}")
    @Operation(summary = "Set a sales role's data scope (ADMIN)")
    Map<Role, DataScope> setScope(@PathVariable Role role, @RequestBody ScopeChange body) {
        departments.setScope(role, body == null ? null : body.scope());
        return departments.scopes();
    }
}
