package com.yiti.platform.web;

import jakarta.validation.constraints.NotBlank;

/** The profile's password change: the current password, then the new one twice. */
class ChangePasswordForm extends NewPasswordForm {

    @NotBlank
    private String currentPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
