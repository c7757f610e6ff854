package com.yiti.platform.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class ChangePasswordForm {

    @NotBlank
    private String currentPassword;

    @NotBlank
    @Size(min = 10, max = 128)
    private String newPassword;

    @NotBlank
    private String confirmPassword;

    @AssertTrue(message = "{password.mismatch}")
    public boolean isConfirmed() {
        return newPassword == null || newPassword.equals(confirmPassword);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
