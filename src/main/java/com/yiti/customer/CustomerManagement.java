package com.yiti.customer;

import com.yiti.customer.internal.Contact;
import com.yiti.customer.internal.Contacts;
import com.yiti.customer.internal.Customer;
import com.yiti.customer.internal.CustomerNames;
import com.yiti.customer.internal.Customers;
import com.yiti.platform.AuditEntry;
import com.yiti.platform.AuditHistory;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.Role;
import com.yiti.platform.SalesScope;
import com.yiti.platform.UserDirectory;
import com.yiti.setup.CreditCodes;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers and contacts. Every read and write goes through the caller's {@link SalesScope}: a record outside it is
 * not found, a read-only scope (MANAGER) may not write.
 */
@Service
@Transactional
public class CustomerManagement {

    private final Customers customers;
    private final Contacts contacts;
    private final UserDirectory directory;
    private final AuditHistory auditHistory;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final com.yiti.shared.ListPages listPages;
    private final CustomerQueries customerQueries;

    CustomerManagement(
            Customers customers,
            Contacts contacts,
            UserDirectory directory,
            AuditHistory auditHistory,
            org.springframework.context.ApplicationEventPublisher events,
            com.yiti.shared.ListPages listPages,
            CustomerQueries customerQueries) {
        this.customerQueries = customerQueries;
        this.listPages = listPages;
        this.events = events;
        this.customers = customers;
        this.contacts = contacts;
        this.directory = directory;
        this.auditHistory = auditHistory;
    }

    // ---- reads -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<CustomerView> search(CustomerFilter filter, Pageable pageable) {
        SalesScope scope = scope();
        if (scope.none()) {
            return Page.empty(pageable);
        }
        Page<Customer> page =
                listPages.find(customers, Customer.class, customerQueries.matching(filter, scope), pageable);
        Map<Long, String> owners = directory.displayNames(
                page.getContent().stream().map(Customer::getOwnerId).collect(Collectors.toSet()));
        return page.map(c -> toView(c, owners.get(c.getOwnerId())));
    }

    @Transactional(readOnly = true)
    public CustomerView get(long id) {
        Customer c = visible(id);
        Map<Long, CustomerSummary> memo = com.yiti.shared.RequestMemo.of(SUMMARIES_MEMO);
        if (memo != null) {
            memo.put(c.getId(), toSummary(c));
        }
        return toView(c, directory.displayNames(List.of(c.getOwnerId())).get(c.getOwnerId()));
    }

    /**
     * The buyer as a printed document names it: legal name, unified social credit code and address. Not scoped: for
     * a document the caller was already allowed to see (an invoice, a delivery note).
     */
    @Transactional(readOnly = true)
    public CustomerPrintDetails printDetails(long id) {
        Customer c = customers.findById(id).orElseThrow(() -> new RecordNotFoundException("Customer", id));
        return new CustomerPrintDetails(
                c.getId(), c.getName(), c.getCreditCode(), c.getAddress(), c.getDocumentLanguage());
    }

    /** Whether the signed-in user may see this customer (for other modules' panels and links). */
    @Transactional(readOnly = true)
    public boolean isVisible(long id) {
        return customers
                .findById(id)
                .filter(c -> scope().includes(c.getOwnerId()))
                .isPresent();
    }

    /** Whether the signed-in user may change this customer (its owner's writer scope). */
    @Transactional(readOnly = true)
    public boolean canWrite(long id) {
        return customers
                .findById(id)
                .filter(c -> writableScope(directory.require()).canWrite(c.getOwnerId()))
                .isPresent();
    }

    /** Customers by their code, whoever owns them: for an import (ADMIN's) that names customers by code. */
    @Transactional(readOnly = true)
    public Map<String, CustomerSummary> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, CustomerSummary> found = new java.util.HashMap<>();
        customers
                .findByCodeIn(codes.stream()
                        .map(c -> c.strip().toUpperCase(Locale.ROOT))
                        .toList())
                .forEach(c -> found.put(c.getCode(), toSummary(c)));
        return found;
    }

    /** Customers by id, whoever owns them: for other modules that already scoped their own records. */
    @Transactional(readOnly = true)
    public Map<Long, CustomerSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // a customer 360's panels each name the customer: within one request each is read once
        Map<Long, CustomerSummary> known = com.yiti.shared.RequestMemo.of(SUMMARIES_MEMO);
        Map<Long, CustomerSummary> found = new java.util.HashMap<>();
        List<Long> missing = new java.util.ArrayList<>();
        for (Long id : new java.util.HashSet<>(ids)) {
            CustomerSummary s = known == null ? null : known.get(id);
            if (s != null) {
                found.put(id, s);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            customers.findByIdIn(missing).stream()
                    .map(CustomerManagement::toSummary)
                    .forEach(s -> {
                        found.put(s.id(), s);
                        if (known != null) {
                            known.put(s.id(), s);
                        }
                    });
        }
        return found;
    }

    static final String SUMMARIES_MEMO = CustomerManagement.class.getName() + ".summaries";

    @Transactional(readOnly = true)
    public Optional<CustomerSummary> summary(long id) {
        return customers.findById(id).map(CustomerManagement::toSummary);
    }

    @Transactional(readOnly = true)
    public List<ContactView> contacts(long customerId) {
        visible(customerId);
        return contacts.findByCustomerIdOrderByPrimaryDescNameAsc(customerId).stream()
                .map(Contact::toView)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry<CustomerView>> history(long id) {
        visible(id);
        Map<Long, String> names = new java.util.HashMap<>();
        return auditHistory.of(Customer.class, id).stream()
                .map(e -> new AuditEntry<>(
                        e.revision(),
                        e.at(),
                        e.by(),
                        e.type(),
                        toView(
                                e.state(),
                                names.computeIfAbsent(
                                        e.state().getOwnerId(),
                                        o -> directory.displayNames(List.of(o)).get(o)))))
                .toList();
    }

    /** The top bar's search: customers by name, contacts by name or mobile, within the caller's scope. */
    @Transactional(readOnly = true)
    public List<QuickSearchHit> quickSearch(String query, int limit) {
        String q = query == null ? "" : query.trim();
        SalesScope scope = scope();
        if (q.length() < 2 || scope.none()) {
            return List.of();
        }
        List<QuickSearchHit> hits = new ArrayList<>();
        customers
                .findAll(
                        customerQueries.matching(new CustomerFilter(q, null, null, null, null), scope),
                        PageRequest.of(0, limit, Sort.by("name")))
                .forEach(c -> hits.add(new QuickSearchHit(c.getId(), c.getName(), null, null)));
        String mobile = MobileNumbers.normalize(q);
        Specification<Contact> contactSpec = (root, query1, cb) -> cb.or(
                cb.like(cb.lower(root.get("name")), "%" + q.toLowerCase(Locale.ROOT) + "%"),
                cb.like(root.get("mobile"), (mobile == null ? q : mobile) + "%"));
        List<Contact> found = contacts.findAll(contactSpec, PageRequest.of(0, limit * 3, Sort.by("name")))
                .getContent();
        Map<Long, Customer> owners =
                customers.findByIdIn(found.stream().map(Contact::getCustomerId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(Customer::getId, Function.identity()));
        found.stream()
                .filter(ct -> owners.containsKey(ct.getCustomerId())
                        && scope.includes(owners.get(ct.getCustomerId()).getOwnerId()))
                .limit(limit)
                .forEach(ct -> hits.add(new QuickSearchHit(
                        ct.getCustomerId(), owners.get(ct.getCustomerId()).getName(), ct.getName(), ct.getMobile())));
        return hits;
    }

    // ---- writes ------------------------------------------------------------------------------------------------

    /**
     * Creates a customer. A credit code already on file is refused; a name that normalizes like existing customers
     * raises {@link DuplicateCustomerException} unless the user has seen the matches and confirmed.
     */
    public CustomerView create(CustomerData data, boolean duplicateConfirmed) {
        com.yiti.shared.RequestMemo.forget(SUMMARIES_MEMO);
        CurrentUser user = directory.require();
        SalesScope scope = writableScope(user);
        long ownerId = data.ownerId() != null ? data.ownerId() : defaultOwner(user);
        checkOwner(scope, ownerId);
        validate(data, null);
        if (!duplicateConfirmed) {
            List<Customer> same = customers.findByNormalizedName(CustomerNames.normalize(data.name()));
            if (!same.isEmpty()) {
                List<CustomerSummary> visible = same.stream()
                        .filter(c -> scope.includes(c.getOwnerId()))
                        .map(CustomerManagement::toSummary)
                        .toList();
                throw new DuplicateCustomerException(visible, same.size() - visible.size());
            }
        }
        Customer c = new Customer(data.name().trim(), ownerId);
        CustomerRules.apply(c, data);
        customers.saveAndFlush(c);
        announce(c, true);
        return get(c.getId());
    }

    public CustomerView update(long id, long expectedVersion, CustomerData data) {
        com.yiti.shared.RequestMemo.forget(SUMMARIES_MEMO);
        CurrentUser user = directory.require();
        SalesScope scope = writableScope(user);
        Customer c = visible(id);
        if (!scope.canWrite(c.getOwnerId())) {
            throw new AccessDeniedException("read-only");
        }
        if (c.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Customer", id);
        }
        validate(data, id);
        if (data.ownerId() != null && !data.ownerId().equals(c.getOwnerId())) {
            checkReassign(user, scope, data.ownerId());
            moveOwner(c, data.ownerId(), user);
        }
        c.rename(data.name().trim());
        CustomerRules.apply(c, data);
        customers.flush();
        announce(c, false);
        return get(id);
    }

    /** Tells other systems (after commit) that a customer was created or changed; call after the flush. */
    void announce(Customer c, boolean created) {
        events.publishEvent(
                created
                        ? new CustomerCreated(c.getId(), c.getName(), c.getOwnerId())
                        : new CustomerChanged(c.getId(), c.getName(), c.getOwnerId(), c.getVersion()));
    }

    /** Hands a customer to another rep: SALES_MANAGER within their teams, ADMIN for anyone. */
    public void reassignOwner(long id, long newOwnerId) {
        com.yiti.shared.RequestMemo.forget(SUMMARIES_MEMO);
        CurrentUser user = directory.require();
        SalesScope scope = writableScope(user);
        Customer c = visible(id);
        checkReassign(user, scope, newOwnerId);
        moveOwner(c, newOwnerId, user);
    }

    /** The customer and, in the same transaction, everything hanging off it (orders, tickets…) change owner. */
    void moveOwner(Customer c, long newOwnerId, CurrentUser user) {
        long from = c.getOwnerId();
        if (from == newOwnerId) {
            return;
        }
        c.setOwnerId(newOwnerId);
        customers.flush();
        events.publishEvent(new CustomerReassigned(c.getId(), from, newOwnerId, user.username()));
    }

    /** Whether a customer has a contact with an email address (to send them a survey link). */
    @Transactional(readOnly = true)
    public boolean hasEmailContact(long customerId) {
        return emailContacts(customerId).any();
    }

    /**
     * The customer's contacts to e-mail a document to, for a module that already checked the user may see the
     * document (a quotation, an invoice, a ticket).
     */
    @Transactional(readOnly = true)
    public EmailContacts emailContacts(long customerId) {
        Customer customer =
                customers.findById(customerId).orElseThrow(() -> new RecordNotFoundException("Customer", customerId));
        List<ContactView> withEmail = contacts.findByCustomerIdOrderByPrimaryDescNameAsc(customerId).stream()
                .map(c -> c.toView())
                .filter(c -> c.email() != null && !c.email().isBlank())
                .toList();
        return withEmail.isEmpty()
                ? new EmailContacts(List.of(), null, customer.getName())
                : new EmailContacts(
                        withEmail, withEmail.get(0).email(), withEmail.get(0).name());
    }

    /** Every customer by name, for the departments that serve all of them (service desk, finance). */
    @PreAuthorize("hasAnyRole('SERVICE', 'FINANCE', 'MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Page<CustomerSummary> allCustomers(String q, Pageable pageable) {
        return customerQueries.everyCustomer(q, pageable).map(CustomerManagement::toSummary);
    }

    /** One contact, when the caller may see its customer. */
    @Transactional(readOnly = true)
    public ContactView contact(long contactId) {
        Contact contact =
                contacts.findById(contactId).orElseThrow(() -> new RecordNotFoundException("Contact", contactId));
        visible(contact.getCustomerId());
        return contact.toView();
    }

    public ContactView addContact(long customerId, ContactData data) {
        Customer c = writable(customerId);
        Contact contact = new Contact(c.getId());
        CustomerRules.applyContact(contact, data);
        contacts.saveAndFlush(contact);
        keepOnePrimary(contact);
        return contact.toView();
    }

    public ContactView updateContact(long customerId, long contactId, long expectedVersion, ContactData data) {
        writable(customerId);
        Contact contact = contacts.findById(contactId)
                .filter(ct -> ct.getCustomerId() == customerId)
                .orElseThrow(() -> new RecordNotFoundException("Contact", contactId));
        if (contact.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Contact", contactId);
        }
        CustomerRules.applyContact(contact, data);
        contacts.flush();
        keepOnePrimary(contact);
        return contact.toView();
    }

    // ---- rules -------------------------------------------------------------------------------------------------

    private SalesScope scope() {
        return directory.salesScope(directory.require());
    }

    private SalesScope writableScope(CurrentUser user) {
        return directory.writableSalesScope(user);
    }

    private Customer visible(long id) {
        SalesScope scope = scope();
        return customers
                .findById(id)
                .filter(c -> scope.includes(c.getOwnerId()))
                .orElseThrow(() -> new RecordNotFoundException("Customer", id));
    }

    private Customer writable(long id) {
        Customer c = visible(id);
        if (!writableScope(directory.require()).canWrite(c.getOwnerId())) {
            throw new AccessDeniedException("read-only");
        }
        return c;
    }

    private static long defaultOwner(CurrentUser user) {
        if (user.hasRole(Role.SALES_REP) || user.hasRole(Role.SALES_MANAGER)) {
            return user.id();
        }
        throw new BusinessRuleException("ownerId", "field.required");
    }

    private void checkOwner(SalesScope scope, long ownerId) {
        if (!directory.isAssignableOwner(scope, ownerId)) {
            throw new BusinessRuleException("ownerId", "customer.ownerNotAllowed");
        }
    }

    private void checkReassign(CurrentUser user, SalesScope scope, long newOwnerId) {
        if (!user.hasRole(Role.SALES_MANAGER) && !user.hasRole(Role.ADMIN)) {
            throw new BusinessRuleException("ownerId", "customer.reassignNotAllowed");
        }
        checkOwner(scope, newOwnerId);
    }

    private void validate(CustomerData d, Long selfId) {
        CustomerRules.fields(d);
        String own = CustomerRules.customerCode(d.code());
        if (own != null) {
            customers
                    .findByCode(own)
                    .filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> {
                        throw new BusinessRuleException("code", "customer.codeTaken");
                    });
        }
        String code = CreditCodes.normalize(d.creditCode());
        if (code != null && !code.isEmpty()) {
            customers
                    .findByCreditCode(code)
                    .filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> {
                        throw new BusinessRuleException("creditCode", "customer.creditCodeTaken");
                    });
        }
    }

    /** One primary contact per customer: marking one primary unmarks the others. */
    private void keepOnePrimary(Contact primary) {
        if (primary.isPrimary()) {
            contacts.findByCustomerIdOrderByPrimaryDescNameAsc(primary.getCustomerId()).stream()
                    .filter(other -> !other.getId().equals(primary.getId()) && other.isPrimary())
                    .forEach(other -> other.setPrimary(false));
        }
    }

    private static CustomerSummary toSummary(Customer c) {
        return new CustomerSummary(c.getId(), c.getName(), c.getOwnerId(), c.getStatus(), c.getTier(), c.getCurrency());
    }

    private static CustomerView toView(Customer c, String ownerName) {
        return new CustomerView(
                c.getId(),
                c.getName(),
                c.getCreditCode(),
                c.getIndustry(),
                c.getTier(),
                c.getRegion(),
                c.getAddress(),
                c.getWebsite(),
                c.getOwnerId(),
                ownerName,
                c.getTags(),
                c.getPaymentTermsDays(),
                c.getCurrency(),
                c.getCreditLimit(),
                c.getStatus(),
                c.getVersion(),
                c.getCreatedAt(),
                c.getCreatedBy(),
                c.getUpdatedAt(),
                c.getUpdatedBy(),
                c.getDocumentLanguage(),
                c.getCode());
    }
}
