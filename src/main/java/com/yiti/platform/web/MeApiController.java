package com.yiti.platform.web;

import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import com.yiti.platform.UserDirectory;
import com.yiti.platform.internal.AccountService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The caller's identity")
class MeApiController {

    record Me(
            long id,
            String username,
            String displayName,
            Set<Role> roles,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "the same as departmentId (kept for clients of earlier releases)")
            Long teamId,

            Long departmentId,
            String language,
            String timeZone) {}

    private final UserDirectory directory;
    private final AccountService accounts;

    MeApiController(UserDirectory directory, AccountService accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Who the caller is: user, roles, language")
    Me me() {
        CurrentUser user = directory.require();
        return new Me(
                user.id(),
                user.username(),
                user.displayName(),
                new TreeSet<>(user.roles()),
                user.departmentId(),
                user.departmentId(),
                accounts.language(user.username()),
                user.zoneId().getId());
    }
}
