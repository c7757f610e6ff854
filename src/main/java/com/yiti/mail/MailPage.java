package com.yiti.mail;

import java.util.List;
import org.springframework.ui.Model;

/**
 * The one send page every document uses ({@code mail/send}): what it is about, where it posts and goes back to, the
 * attachment's name and the addresses to choose from (items with {@code name} and {@code email}).
 */
public final class MailPage {

    public static final String VIEW = "mail/send";

    private MailPage() {}

    public static String show(
            Model model,
            boolean available,
            MailForm form,
            String action,
            String back,
            String document,
            String attachment,
            List<?> recipients) {
        if (!model.containsAttribute("mailForm")) {
            model.addAttribute("mailForm", form);
        }
        model.addAttribute("mailAvailable", available);
        model.addAttribute("mailAction", action);
        model.addAttribute("mailBack", back);
        model.addAttribute("mailDocument", document);
        model.addAttribute("mailAttachment", attachment);
        model.addAttribute("mailRecipients", recipients);
        return VIEW;
    }
}
