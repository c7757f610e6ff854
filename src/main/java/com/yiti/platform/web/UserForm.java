package com.yiti.platform.web;

import com.yiti.platform.Role;
import com.yiti.platform.internal.User;
import com.yiti.platform.internal.UserAdministration.UserDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

class UserForm {

    @Pattern(regexp = "[a-z0-9._-]{3,50}", message = "{user.usernamePattern}")
    private String username;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @Email
    @Size(max = 200)
    private String email;

    @NotEmpty(message = "{user.rolesRequired}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long departmentId;

    private String language;

    @NotBlank
    private String timeZone = "Asia/Shanghai";

    private boolean enabled = true;

    private long version;

    static UserForm of(User user) {
        UserForm form = new UserForm();
        form.username = user.getUsername();
        form.displayName = user.getDisplayName();
        form.email = user.getEmail();
        form.roles = user.getRoles();
        form.departmentId = user.getDepartmentId();
        form.language = user.getLanguage();
        form.timeZone = user.getTimeZone();
        form.enabled = user.isEnabled();
        form.version = user.getVersion();
        return form;
    }

    UserDetails toDetails() {
        return new UserDetails(displayName, email, roles, departmentId, language, timeZone, enabled);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
