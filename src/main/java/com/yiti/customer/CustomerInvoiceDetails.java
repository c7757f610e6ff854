package com.yiti.customer;

import com.yiti.customer.internal.InvoiceDetails;
import com.yiti.customer.internal.InvoiceDetailsRepository;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import com.yiti.platform.UserDirectory;
import com.yiti.setup.CreditCodes;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.shared.Text;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's invoicing data (开票信息): the invoice type, the title and tax number (统一社会信用代码, or a 15-, 17- or
 * 20-character number of the old registrations), address and phone, bank and account — all required for a 专用发票.
 * FINANCE reads and keeps every customer's; the customer's rep (and their manager, ADMIN) theirs; MANAGER reads.
 */
@Service
@Transactional
public class CustomerInvoiceDetails {

    private final InvoiceDetailsRepository details;
    private final CustomerManagement customers;
    private final UserDirectory directory;

    CustomerInvoiceDetails(InvoiceDetailsRepository details, CustomerManagement customers, UserDirectory directory) {
        this.details = details;
        this.customers = customers;
        this.directory = directory;
    }

    /** The customer's invoicing data, if entered; 404 for a customer the reader may not see. */
    @Transactional(readOnly = true)
    public Optional<InvoiceDetailsView> of(long customerId) {
        readable(customerId);
        return details.findById(customerId).map(CustomerInvoiceDetails::view);
    }

    /**
     * The invoicing data of a customer already read in the reader's scope (a {@link CustomerView} comes only from
     * the scoped reads), without reading it again: for the customer's own page.
     */
    @Transactional(readOnly = true)
    public Optional<InvoiceDetailsView> of(CustomerView customer) {
        return details.findById(customer.id()).map(CustomerInvoiceDetails::view);
    }

    /** Whether the signed-in user may change this customer's invoicing data. */
    @Transactional(readOnly = true)
    public boolean canChange(long customerId) {
        CurrentUser user = directory.require();
        return user.hasRole(Role.FINANCE) || customers.canWrite(customerId);
    }

    public InvoiceDetailsView save(long customerId, Long expectedVersion, InvoiceDetailsData d) {
        readable(customerId);
        if (!canChange(customerId)) {
            throw new AccessDeniedException("invoice details are FINANCE's or the customer's rep's");
        }
        InvoiceType type = d.invoiceType() == null ? InvoiceType.ORDINARY : d.invoiceType();
        String title = Text.requiredName(d.title(), "title", 200);
        String tax = CreditCodes.normalize(d.taxNumber());
        if (tax == null) {
            throw new BusinessRuleException("taxNumber", "field.required");
        }
        tax = tax.replace(" ", "");
        boolean valid =
                tax.length() == 18 ? CreditCodes.isValid(tax) : tax.matches("[0-9A-Z]{15}|[0-9A-Z]{17}|[0-9A-Z]{20}");
        if (!valid) {
            throw new BusinessRuleException("taxNumber", "invoiceDetails.taxNumberInvalid");
        }
        String addressPhone = optional(d.addressPhone(), "addressPhone", 200);
        String bank = optional(d.bankName(), "bankName", 100);
        String account = optional(d.bankAccount(), "bankAccount", 40);
        if (account != null && !account.matches("[0-9][0-9 -]{4,38}[0-9]")) {
            throw new BusinessRuleException("bankAccount", "invoiceDetails.bankAccountInvalid");
        }
        if (type == InvoiceType.SPECIAL) {
            for (var e : java.util.Map.of(
                            "addressPhone",
                            addressPhone == null ? "" : addressPhone,
                            "bankName",
                            bank == null ? "" : bank,
                            "bankAccount",
                            account == null ? "" : account)
                    .entrySet()) {
                if (e.getValue().isEmpty()) {
                    throw new BusinessRuleException(e.getKey(), "invoiceDetails.specialNeedsAll");
                }
            }
        }
        Optional<InvoiceDetails> existing = details.findById(customerId);
        if (existing.isPresent() && expectedVersion != null && existing.get().getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("InvoiceDetails", customerId);
        }
        InvoiceDetails row = existing.orElseGet(() -> new InvoiceDetails(customerId));
        row.change(type, title, tax, addressPhone, bank, account);
        return view(details.saveAndFlush(row));
    }

    private void readable(long customerId) {
        CurrentUser user = directory.require();
        boolean finance = user.hasRole(Role.FINANCE);
        if (finance ? customers.summary(customerId).isEmpty() : !customers.isVisible(customerId)) {
            throw new RecordNotFoundException("Customer", customerId);
        }
    }

    private static String optional(String value, String field, int max) {
        String v = Text.blankToNull(value);
        if (v != null && v.length() > max) {
            throw new BusinessRuleException(field, "field.tooLong", max);
        }
        return v;
    }

    private static InvoiceDetailsView view(InvoiceDetails d) {
        return new InvoiceDetailsView(
                d.getCustomerId(),
                d.getInvoiceType(),
                d.getTitle(),
                d.getTaxNumber(),
                d.getAddressPhone(),
                d.getBankName(),
                d.getBankAccount(),
                d.getUpdatedBy() != null ? d.getUpdatedBy() : d.getCreatedBy(),
                d.getUpdatedAt() != null ? d.getUpdatedAt() : d.getCreatedAt(),
                d.getVersion());
    }
}
