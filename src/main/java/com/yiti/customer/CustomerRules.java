package com.yiti.customer;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.customer.internal.Contact;
import com.yiti.customer.internal.Customer;
import com.yiti.setup.CreditCodes;
import com.yiti.shared.BusinessRuleException;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The rules a customer's and a contact's fields follow by themselves (no lookups), and how they are stored: one place
 * for the form, the API and the import. Uniqueness (code, credit code) and scope stay with the facades.
 */
final class CustomerRules {

    private CustomerRules() {}

    /** The rules a customer's fields follow by themselves (no lookups): the form, the API and the import. */
    static void fields(CustomerData d) {
        customerCode(d.code());
        if (d.name() == null || d.name().isBlank()) {
            throw new BusinessRuleException("name", "field.required");
        }
        if (d.name().trim().length() > 200) {
            throw new BusinessRuleException("name", "field.tooLong", 200);
        }
        String code = CreditCodes.normalize(d.creditCode());
        if (code != null && !code.isEmpty() && !CreditCodes.isValid(code)) {
            throw new BusinessRuleException("creditCode", "customer.creditCodeInvalid");
        }
        if (d.paymentTermsDays() != null && (d.paymentTermsDays() < 0 || d.paymentTermsDays() > 365)) {
            throw new BusinessRuleException("paymentTermsDays", "customer.paymentTermsRange");
        }
        if (d.documentLanguage() != null
                && !d.documentLanguage().isBlank()
                && !java.util.Set.of("zh", "en").contains(d.documentLanguage())) {
            throw new BusinessRuleException("documentLanguage", "customer.documentLanguage");
        }
        if (d.currency() != null && !d.currency().isBlank()) {
            try {
                Currency.getInstance(d.currency().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleException("currency", "customer.currencyUnknown");
            }
        }
        if (d.website() != null
                && !d.website().isBlank()
                && !d.website().trim().matches("(?i)(https?://)?[^\\s/]+\\.[^\\s]+")) {
            throw new BusinessRuleException("website", "customer.websiteInvalid");
        }
    }

    /**
     * A customer code as stored: trimmed, upper case, letters, digits and {@code - _ .}, at most 30; null when blank.
     * Refused at the field otherwise.
     */
    static String customerCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        if (c.length() > 30 || !c.matches("[A-Z0-9][A-Z0-9._-]*")) {
            throw new BusinessRuleException("code", "customer.codeInvalid");
        }
        return c;
    }

    static void apply(Customer c, CustomerData d) {
        String own = customerCode(d.code());
        if (own != null) {
            c.setCode(own);
        }
        String code = CreditCodes.normalize(d.creditCode());
        c.setCreditCode(code == null || code.isEmpty() ? null : code);
        c.setIndustry(blankToNull(d.industry()));
        c.setTier(d.tier());
        c.setRegion(blankToNull(d.region()));
        c.setAddress(blankToNull(d.address()));
        c.setWebsite(blankToNull(d.website()));
        c.setTags(normalizeTags(d.tags()));
        if (d.paymentTermsDays() != null) {
            c.setPaymentTermsDays(d.paymentTermsDays());
        }
        if (d.currency() != null && !d.currency().isBlank()) {
            c.setCurrency(d.currency().trim().toUpperCase(Locale.ROOT));
        }
        if (d.status() != null) {
            c.setStatus(d.status());
        }
        if (d.documentLanguage() != null) {
            c.setDocumentLanguage(d.documentLanguage().isBlank() ? null : d.documentLanguage());
        }
    }

    static void applyContact(Contact contact, ContactData d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new BusinessRuleException("name", "field.required");
        }
        if (d.name().trim().length() > 100) {
            throw new BusinessRuleException("name", "field.tooLong", 100);
        }
        String mobile = MobileNumbers.normalize(d.mobile());
        if (mobile != null && !MobileNumbers.isValid(mobile)) {
            throw new BusinessRuleException("mobile", "contact.mobileInvalid");
        }
        String email = blankToNull(d.email());
        if (email != null && !MobileNumbers.isValidEmail(email)) {
            throw new BusinessRuleException("email", "contact.emailInvalid");
        }
        contact.apply(
                d.name().trim(),
                blankToNull(d.title()),
                mobile,
                blankToNull(d.phone()),
                email,
                blankToNull(d.wechatId()));
        contact.setPrimary(d.primary());
    }

    static String normalizeTags(String tags) {
        if (tags == null || tags.isBlank()) {
            return null;
        }
        String joined = java.util.Arrays.stream(tags.split("[,，;；]"))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .distinct()
                .collect(Collectors.joining(", "));
        return joined.length() > 500 ? joined.substring(0, 500) : joined;
    }
}
