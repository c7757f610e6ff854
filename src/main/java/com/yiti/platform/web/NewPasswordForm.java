package com.yiti.platform.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password typed twice: the reset-link page's form, and the change-password form's second half. */
public class NewPasswordForm {

    @NotBlank
    @Size(min = 10, max = 128)
    private String newPassword;

    @NotBlank
    private String confirmPassword;

    @AssertTrue(message = "{password.mismatch}")
    public boolean isConfirmed() {
        return newPassword == null || newPassword.equals(confirmPassword);
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
