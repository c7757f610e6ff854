package com.yiti.contract;

import com.yiti.approval.ApprovalDecided;
import com.yiti.approval.ApprovalSubmission;
import com.yiti.approval.ApprovalView;
import com.yiti.approval.Approvals;
import com.yiti.contract.internal.Contract;
import com.yiti.contract.internal.ContractUse;
import com.yiti.contract.internal.ContractUses;
import com.yiti.contract.internal.Contracts;
import com.yiti.currency.ExchangeRateManagement;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerSummary;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.FileStore;
import com.yiti.platform.Role;
import com.yiti.platform.SalesScope;
import com.yiti.platform.StoredFiles;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts (decision 048). Reps read and write the contracts of their own customers (their team's for a sales
 * manager), MANAGER and FINANCE read all, ADMIN everything; outside the reader's scope a contract does not exist (404).
 * A draft is changed freely; signing asks the {@code CONTRACT} approval flow first when one applies to its value in
 * CNY; a signed contract takes orders until it is completed, terminated or used up.
 */
@Service
@Transactional
public class ContractManagement {

    public static final String DOCUMENT_TYPE = "CONTRACT";
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final Contracts contracts;
    private final ContractUses uses;
    private final CustomerManagement customers;
    private final UserDirectory directory;
    private final Approvals approvals;
    private final ExchangeRateManagement rates;
    private final DocumentNumbers numbers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StoredFiles files;

    ContractManagement(
            Contracts contracts,
            ContractUses uses,
            CustomerManagement customers,
            UserDirectory directory,
            Approvals approvals,
            ExchangeRateManagement rates,
            DocumentNumbers numbers,
            ApplicationEventPublisher events,
            Clock clock,
            FileStore store,
            @Value("${yiti.contract.files-dir:./data/contracts}") String dir) {
        this.contracts = contracts;
        this.uses = uses;
        this.customers = customers;
        this.directory = directory;
        this.approvals = approvals;
        this.rates = rates;
        this.numbers = numbers;
        this.events = events;
        this.clock = clock;
        this.files = store.area("contracts", Path.of(dir));
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<ContractView> list(ContractFilter filter, Pageable pageable) {
        SalesScope scope = readScope();
        String q =
                filter.q() == null || filter.q().isBlank() ? null : filter.q().trim() + "%";
        Set<Long> owners = scope.ownerIds().isEmpty() ? Set.of(-1L) : scope.ownerIds();
        Page<Contract> page = contracts.search(scope.all(), owners, filter.customerId(), filter.status(), q, pageable);
        Map<Long, CustomerSummary> names = customers.summaries(
                page.getContent().stream().map(Contract::getCustomerId).collect(Collectors.toSet()));
        Map<Long, String> owner = directory.displayNames(
                page.getContent().stream().map(Contract::getOwnerId).collect(Collectors.toSet()));
        return page.map(c -> view(c, names, owner, List.of()));
    }

    @Transactional(readOnly = true)
    public ContractView get(long id) {
        Contract c = visible(id);
        return view(c, true);
    }

    /** The contracts of a customer orders may be placed under now (signed or executing), for the order form. */
    @Transactional(readOnly = true)
    public List<ContractView> openFor(long customerId) {
        SalesScope scope = readScope();
        List<Contract> open = contracts
                .findByCustomerIdAndStatusInOrderByIdDesc(
                        customerId, EnumSet.of(ContractStatus.SIGNED, ContractStatus.EXECUTING))
                .stream()
                .filter(c -> scope.includes(c.getOwnerId()))
                .toList();
        Map<Long, CustomerSummary> names = customers.summaries(Set.of(customerId));
        Map<Long, String> owner =
                directory.displayNames(open.stream().map(Contract::getOwnerId).collect(Collectors.toSet()));
        return open.stream().map(c -> view(c, names, owner, List.of())).toList();
    }

    /** A contract's terms, unscoped: for a module showing a document the caller may already see. */
    @Transactional(readOnly = true)
    public java.util.Optional<ContractTerms> terms(long id) {
        return contracts.findById(id).map(ContractManagement::terms);
    }

    /** The orders placed under a contract (ids), unscoped: for finance's collection plans. */
    @Transactional(readOnly = true)
    public List<Long> orderIds(long id) {
        return uses.findByContractIdOrderByIdAsc(id).stream()
                .map(ContractUse::getOrderId)
                .toList();
    }

    /** The contract an order was placed under (once confirmed), unscoped: for finance's deposits and plans. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> contractOf(long orderId) {
        return uses.findFirstByOrderId(orderId).map(ContractUse::getContractId);
    }

    /** The orders placed under each of these contracts (ids), unscoped. */
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> orderIdsOf(java.util.Collection<Long> contractIds) {
        if (contractIds.isEmpty()) {
            return Map.of();
        }
        return uses.findByContractIdIn(contractIds).stream()
                .collect(Collectors.groupingBy(
                        ContractUse::getContractId, Collectors.mapping(ContractUse::getOrderId, Collectors.toList())));
    }

    @Transactional(readOnly = true)
    public List<ApprovalView> approvalHistory(long id) {
        visible(id);
        return approvals.of(DOCUMENT_TYPE, id);
    }

    /** Whether the signed-in user may change this contract (its owner in their writer's scope). */
    @Transactional(readOnly = true)
    public boolean canWrite(long id) {
        return directory
                .current()
                .map(directory::salesScope)
                .filter(s -> !s.readOnly())
                .flatMap(s -> contracts.findById(id).filter(c -> s.canWrite(c.getOwnerId())))
                .isPresent();
    }

    @Transactional(readOnly = true)
    public ContractFile signedCopy(long id) {
        Contract c = visible(id);
        if (c.getFileKey() == null) {
            throw new RecordNotFoundException("ContractFile", id);
        }
        return new ContractFile(c.getFileName(), c.getFileType(), files.read(c.getFileKey()));
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    public ContractView create(ContractData data) {
        CustomerSummary customer = requireCustomer(data.customerId());
        Contract c = new Contract(numbers.next("CT"), customer.id(), customer.ownerId());
        apply(c, data, customer);
        contracts.saveAndFlush(c);
        return view(c, true);
    }

    public ContractView update(long id, long expectedVersion, ContractData data) {
        Contract c = writable(id, expectedVersion);
        if (!c.getStatus().editable()) {
            throw new BusinessRuleException(null, "contract.notDraft");
        }
        CustomerSummary customer = customers.summary(c.getCustomerId()).orElseThrow();
        apply(
                c,
                new ContractData(
                        c.getCustomerId(),
                        data.title(),
                        data.currency(),
                        data.value(),
                        data.validFrom(),
                        data.validTo(),
                        data.terms()),
                customer);
        if ("APPROVED".equals(c.getApproval()) || "REJECTED".equals(c.getApproval())) {
            c.approval("NONE"); // changed terms are approved again
        }
        contracts.flush();
        return view(c, true);
    }

    /** Sends a draft into its approval flow; when no step applies to its value it needs none and may be signed. */
    public ContractView submit(long id, long expectedVersion) {
        Contract c = writable(id, expectedVersion);
        if (c.getStatus() != ContractStatus.DRAFT) {
            throw new BusinessRuleException(null, "contract.notDraft");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(
                "customer",
                customers.summary(c.getCustomerId()).map(CustomerSummary::name).orElse("?"));
        facts.put("title", c.getTitle());
        facts.put("value", c.getCurrency() + " " + c.getValue().toPlainString());
        facts.put("valid", c.getValidFrom() + " – " + (c.getValidTo() == null ? "" : c.getValidTo()));
        var request = approvals.submit(new ApprovalSubmission(
                DOCUMENT_TYPE, c.getId(), c.getNumber(), "/contracts/" + c.getId(), bookValue(c), facts));
        if (request.isPresent()) {
            c.approval("PENDING");
            c.status(ContractStatus.UNDER_APPROVAL);
        } else {
            c.approval("NONE");
        }
        contracts.flush();
        return view(c, true);
    }

    /**
     * Records the signature: the day it was signed (not in the future) and, optionally, the signed copy (PDF or image).
     * Refused while the approval its flow asks for is missing, whatever the client sends.
     */
    public ContractView sign(long id, long expectedVersion, LocalDate signedOn, String fileName, byte[] file) {
        Contract c = writable(id, expectedVersion);
        if (c.getStatus() != ContractStatus.DRAFT) {
            throw new BusinessRuleException(null, "contract.notDraft");
        }
        if (!"APPROVED".equals(c.getApproval()) && approvals.required(DOCUMENT_TYPE, bookValue(c))) {
            throw new BusinessRuleException(null, "contract.approvalNeeded");
        }
        if (signedOn == null) {
            throw new BusinessRuleException("signedOn", "contract.signedOnRequired");
        }
        if (signedOn.isAfter(today())) {
            throw new BusinessRuleException("signedOn", "contract.signedOnFuture");
        }
        if (file != null && file.length > 0) {
            attach(c, fileName, file);
        }
        c.signed(signedOn);
        contracts.flush();
        events.publishEvent(new ContractSigned(c.getId(), c.getNumber(), c.getCustomerId(), signedOn));
        return view(c, true);
    }

    /** Replaces the signed copy (a scan arrives after the signature). */
    public ContractView attachSignedCopy(long id, long expectedVersion, String fileName, byte[] file) {
        Contract c = writable(id, expectedVersion);
        if (file == null || file.length == 0) {
            throw new BusinessRuleException("file", "attachment.empty");
        }
        attach(c, fileName, file);
        contracts.flush();
        return view(c, true);
    }

    public ContractView complete(long id, long expectedVersion) {
        Contract c = writable(id, expectedVersion);
        if (!c.getStatus().open()) {
            throw new BusinessRuleException(null, "contract.notOpen");
        }
        c.status(ContractStatus.COMPLETED);
        contracts.flush();
        return view(c, true);
    }

    /** Ends a contract early with a reason; orders already placed under it stay. A pending approval is withdrawn. */
    public ContractView terminate(long id, long expectedVersion, String reason) {
        Contract c = writable(id, expectedVersion);
        if (c.getStatus() == ContractStatus.COMPLETED || c.getStatus() == ContractStatus.TERMINATED) {
            throw new BusinessRuleException(null, "contract.closed");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "contract.reasonRequired");
        }
        if ("PENDING".equals(c.getApproval())) {
            approvals.withdraw(DOCUMENT_TYPE, c.getId());
            c.approval("NONE");
        }
        c.terminated(reason.trim().length() > 500 ? reason.trim().substring(0, 500) : reason.trim());
        contracts.flush();
        return view(c, true);
    }

    @EventListener
    void on(ApprovalDecided decided) {
        if (!DOCUMENT_TYPE.equals(decided.documentType())) {
            return;
        }
        contracts.lock(decided.documentId()).ifPresent(c -> {
            c.approval(decided.approved() ? "APPROVED" : "REJECTED");
            if (c.getStatus() == ContractStatus.UNDER_APPROVAL) {
                c.status(ContractStatus.DRAFT);
            }
        });
    }

    // ---- inside ---------------------------------------------------------------------------------------------------

    private void apply(Contract c, ContractData d, CustomerSummary customer) {
        String title = d.title() == null ? "" : d.title().trim();
        if (title.isEmpty()) {
            throw new BusinessRuleException("title", "contract.titleRequired");
        }
        if (title.length() > 200) {
            throw new BusinessRuleException("title", "contract.titleTooLong");
        }
        String currency = d.currency() == null || d.currency().isBlank()
                ? customer.currency()
                : d.currency().trim().toUpperCase(java.util.Locale.ROOT);
        if (!currency.equals(customer.currency())) {
            // orders under it are in the customer's currency: a contract in another could never be used
            throw new BusinessRuleException("currency", "contract.currencyDiffers", customer.currency());
        }
        if (d.value() == null || d.value().signum() <= 0) {
            throw new BusinessRuleException("value", "contract.valuePositive");
        }
        if (d.value().scale() > 2 || d.value().precision() - d.value().scale() > 17) {
            throw new BusinessRuleException("value", "contract.valueFormat");
        }
        if (d.validFrom() == null) {
            throw new BusinessRuleException("validFrom", "contract.validFromRequired");
        }
        if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            throw new BusinessRuleException("validTo", "contract.validToBeforeFrom");
        }
        String terms =
                d.terms() == null || d.terms().isBlank() ? null : d.terms().trim();
        if (terms != null && terms.length() > 2000) {
            throw new BusinessRuleException("terms", "contract.termsTooLong");
        }
        if (c.getId() != null && c.getUsed().compareTo(d.value()) > 0) {
            throw new BusinessRuleException(
                    "value", "contract.valueBelowUsed", c.getUsed().toPlainString());
        }
        c.terms(title, currency, d.value().setScale(2), d.validFrom(), d.validTo(), terms);
    }

    private void attach(Contract c, String originalName, byte[] content) {
        if (content.length > MAX_FILE_BYTES) {
            throw new BusinessRuleException("file", "attachment.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        String type = com.yiti.shared.FileTypes.sniff(content);
        if (type == null) {
            throw new BusinessRuleException("file", "attachment.wrongType");
        }
        String key = UUID.randomUUID().toString();
        files.putWithTransaction(key, content);
        c.signedCopy(key, com.yiti.shared.FileTypes.safeName(originalName, c.getNumber() + ".pdf"), type);
    }

    private CustomerSummary requireCustomer(Long customerId) {
        SalesScope scope = writeScope();
        if (customerId == null) {
            throw new BusinessRuleException("customerId", "contract.customerRequired");
        }
        CustomerSummary customer = customers
                .summary(customerId)
                .filter(s -> customers.isVisible(customerId))
                .orElseThrow(() -> new BusinessRuleException("customerId", "contract.customerUnknown"));
        if (!scope.canWrite(customer.ownerId())) {
            throw new AccessDeniedException("customer outside the writer's scope");
        }
        if (customer.status() == CustomerStatus.INACTIVE) {
            throw new BusinessRuleException("customerId", "order.customerInactive", customer.name());
        }
        return customer;
    }

    /** The value in CNY at today's rate, for the approval flow's amounts (the value itself when in CNY). */
    private BigDecimal bookValue(Contract c) {
        if (ExchangeRateManagement.BOOK_CURRENCY.equals(c.getCurrency())) {
            return c.getValue();
        }
        return ExchangeRateManagement.toBook(c.getValue(), rates.rate(c.getCurrency(), today(), "value"));
    }

    /** MANAGER reads all and changes none; FINANCE reads all; sales read their scope; ADMIN everything. */
    private SalesScope readScope() {
        CurrentUser user = directory.require();
        if (user.hasRole(Role.FINANCE) && !user.hasRole(Role.ADMIN)) {
            return new SalesScope(true, true, Set.of());
        }
        return directory.salesScope(user);
    }

    private SalesScope writeScope() {
        return directory.writableSalesScope(directory.require());
    }

    private Contract visible(long id) {
        Contract c = contracts.findById(id).orElseThrow(() -> new RecordNotFoundException("Contract", id));
        if (!readScope().includes(c.getOwnerId())) {
            throw new RecordNotFoundException("Contract", id);
        }
        return c;
    }

    private Contract writable(long id, long expectedVersion) {
        Contract c = contracts.lock(id).orElseThrow(() -> new RecordNotFoundException("Contract", id));
        if (!readScope().includes(c.getOwnerId())) {
            throw new RecordNotFoundException("Contract", id);
        }
        if (!writeScope().canWrite(c.getOwnerId())) {
            throw new AccessDeniedException("contract outside the writer's scope");
        }
        if (c.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Contract", id);
        }
        return c;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BUSINESS_ZONE));
    }

    private ContractView view(Contract c, boolean withUses) {
        return view(
                c,
                customers.summaries(Set.of(c.getCustomerId())),
                directory.displayNames(List.of(c.getOwnerId())),
                withUses
                        ? uses.findByContractIdOrderByIdAsc(c.getId()).stream()
                                .map(u -> new ContractUseView(
                                        u.getOrderId(), u.getOrderNumber(), u.getAmount(), u.getUsedAt()))
                                .toList()
                        : List.of());
    }

    private static ContractView view(
            Contract c, Map<Long, CustomerSummary> names, Map<Long, String> owners, List<ContractUseView> used) {
        CustomerSummary customer = names.get(c.getCustomerId());
        return new ContractView(
                c.getId(),
                c.getNumber(),
                c.getCustomerId(),
                customer == null ? "?" : customer.name(),
                c.getOwnerId(),
                owners.get(c.getOwnerId()),
                c.getTitle(),
                c.getCurrency(),
                c.getValue(),
                c.getUsed(),
                c.left(),
                c.getValidFrom(),
                c.getValidTo(),
                c.getSignedOn(),
                c.getStatus(),
                c.getApproval(),
                c.getTerms(),
                c.getFileName(),
                c.getTerminationReason(),
                c.getVersion(),
                c.getCreatedAt(),
                used);
    }

    static ContractTerms terms(Contract c) {
        return new ContractTerms(
                c.getId(),
                c.getNumber(),
                c.getCustomerId(),
                c.getOwnerId(),
                c.getTitle(),
                c.getCurrency(),
                c.getValue(),
                c.getUsed(),
                c.getSignedOn(),
                c.getStatus());
    }
}
