package com.yiti.finance;

import com.yiti.customer.CustomerInvoiceDetails;
import com.yiti.customer.InvoiceDetailsView;
import com.yiti.customer.InvoiceType;
import com.yiti.finance.internal.CollectionPlan;
import com.yiti.finance.internal.CreditNote;
import com.yiti.finance.internal.CreditNoteLine;
import com.yiti.finance.internal.CreditNotes;
import com.yiti.finance.internal.Instalment;
import com.yiti.finance.internal.Invoice;
import com.yiti.finance.internal.InvoiceLine;
import com.yiti.finance.internal.InvoiceRequest;
import com.yiti.finance.internal.InvoiceRequestLine;
import com.yiti.finance.internal.InvoiceRequestRepository;
import com.yiti.finance.internal.Invoices;
import com.yiti.finance.internal.TaxCode;
import com.yiti.finance.internal.TaxCodes;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductView;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.Role;
import com.yiti.platform.SalesScope;
import com.yiti.platform.UserDirectory;
import com.yiti.setup.CompanySetup;
import com.yiti.setup.CompanyView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * VAT invoice requests (开票申请, decision 049). A rep asks for the VAT invoice of one of his invoices, FINANCE may for any;
 * the request takes the seller's data (company setup), the buyer's (the customer's invoicing data, complete for a
 * 专用发票) and one line per invoice line with the product's tax classification code, and FINANCE approves or rejects
 * it. Approved requests go to the tax tool as a file and the issued numbers come back ({@link TaxInvoiceFiles}). A
 * credit note against an issued invoice gets a red-letter request (红字) naming the original number. The application
 * never calls the tax bureau itself.
 */
@Service
@Transactional
public class InvoiceRequests {

    static final String BLUE = "BLUE";
    static final String RED = "RED";

    /** 预收款 — advances received before the sale takes place (不征税): the code the tax tools list under 601. */
    public static final String ADVANCE_TAX_CODE = "6010000000000000000";

    static final String ADVANCE_SHORT_NAME = "预收款";

    private final InvoiceRequestRepository requests;
    private final com.yiti.finance.internal.Instalments instalments;
    private final com.yiti.customer.CustomerManagement customers;
    private final Invoices invoices;
    private final CreditNotes creditNotes;
    private final TaxCodes taxCodes;
    private final InventoryManagement inventory;
    private final CustomerInvoiceDetails invoiceDetails;
    private final CompanySetup company;
    private final UserDirectory directory;
    private final DocumentNumbers numbers;
    private final Clock clock;

    InvoiceRequests(
            InvoiceRequestRepository requests,
            com.yiti.finance.internal.Instalments instalments,
            com.yiti.customer.CustomerManagement customers,
            Invoices invoices,
            CreditNotes creditNotes,
            TaxCodes taxCodes,
            InventoryManagement inventory,
            CustomerInvoiceDetails invoiceDetails,
            CompanySetup company,
            UserDirectory directory,
            DocumentNumbers numbers,
            Clock clock) {
        this.requests = requests;
        this.instalments = instalments;
        this.customers = customers;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.taxCodes = taxCodes;
        this.inventory = inventory;
        this.invoiceDetails = invoiceDetails;
        this.company = company;
        this.directory = directory;
        this.numbers = numbers;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Page<InvoiceRequestView> list(InvoiceRequestStatus status, Pageable pageable) {
        SalesScope scope = readScope();
        Set<Long> owners = scope.ownerIds().isEmpty() ? Set.of(-1L) : scope.ownerIds();
        return requests.search(scope.all(), owners, status, pageable).map(this::view);
    }

    @Transactional(readOnly = true)
    public InvoiceRequestView get(long id) {
        return view(visible(requests.findById(id), id));
    }

    /** The requests of an invoice (blue and red), newest first; empty for an invoice the reader may not see. */
    @Transactional(readOnly = true)
    public List<InvoiceRequestView> ofInvoice(long invoiceId) {
        SalesScope scope = readScope();
        return requests.findByInvoiceIdOrderByIdDesc(invoiceId).stream()
                .filter(r -> scope.includes(r.getOwnerId()))
                .map(this::view)
                .toList();
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    /** Asks for the VAT invoice of an invoice (CNY; not credited in full; one request at a time). */
    public InvoiceRequestView request(long invoiceId, String remark) {
        Invoice invoice =
                invoices.findById(invoiceId).orElseThrow(() -> new RecordNotFoundException("Invoice", invoiceId));
        requireWriter(invoice.getOwnerId(), "Invoice", invoiceId);
        if (!"CNY".equals(invoice.getCurrency())) {
            throw new BusinessRuleException(null, "invoiceRequest.cnyOnly");
        }
        if (requests.findByInvoiceIdOrderByIdDesc(invoiceId).stream()
                .anyMatch(r -> !r.isRed() && r.getStatus() != InvoiceRequestStatus.REJECTED)) {
            throw new BusinessRuleException(null, "invoiceRequest.exists", invoice.getNumber());
        }
        InvoiceRequest r = new InvoiceRequest(
                numbers.next("IR"),
                BLUE,
                invoice.getCustomerId(),
                invoice.getOwnerId(),
                invoice.getId(),
                invoice.getNumber());
        parties(r, invoice.getCustomerId());
        List<InvoiceLine> lines = invoice.getLines().stream()
                .filter(l -> l.getNetAmount().signum() != 0)
                .toList();
        Map<Long, ProductView> products = inventory.productsById(
                lines.stream().map(InvoiceLine::getProductId).collect(Collectors.toSet()));
        Map<Long, TaxCode> codes = codes(products);
        int seq = 1;
        for (InvoiceLine l : lines) {
            r.add(line(
                    r,
                    seq++,
                    products.get(l.getProductId()),
                    codes.get(l.getProductId()),
                    l.getQuantity(),
                    l.getNetAmount(),
                    l.getTaxRate(),
                    l.getTaxAmount()));
        }
        r.totals();
        r.remark(remark(remark, "订单 " + invoice.getOrderNumber() + " 发票 " + invoice.getNumber()));
        requests.saveAndFlush(r);
        return view(r);
    }

    /**
     * A red-letter request (红字发票) for a credit note whose invoice's VAT invoice was issued: the credited lines with
     * negative quantities and amounts, naming the original number. FINANCE only.
     */
    @PreAuthorize("hasRole('FINANCE')")
    public InvoiceRequestView red(long creditNoteId, String remark) {
        CreditNote note = creditNotes
                .findById(creditNoteId)
                .orElseThrow(() -> new RecordNotFoundException("CreditNote", creditNoteId));
        Invoice invoice = invoices.findById(note.getInvoiceId()).orElseThrow();
        InvoiceRequest original = requests.findByInvoiceIdOrderByIdDesc(invoice.getId()).stream()
                .filter(x -> !x.isRed() && x.getStatus() == InvoiceRequestStatus.ISSUED)
                .findFirst()
                .orElseThrow(
                        () -> new BusinessRuleException(null, "invoiceRequest.originalNotIssued", invoice.getNumber()));
        if (requests.findByInvoiceIdOrderByIdDesc(invoice.getId()).stream()
                .anyMatch(x -> x.isRed()
                        && Objects.equals(x.getCreditNoteId(), creditNoteId)
                        && x.getStatus() != InvoiceRequestStatus.REJECTED)) {
            throw new BusinessRuleException(null, "invoiceRequest.exists", note.getNumber());
        }
        InvoiceRequest r = new InvoiceRequest(
                numbers.next("IR"),
                RED,
                invoice.getCustomerId(),
                invoice.getOwnerId(),
                invoice.getId(),
                invoice.getNumber());
        r.red(note.getId(), note.getNumber(), original.getId());
        parties(r, invoice.getCustomerId());
        Map<Long, InvoiceLine> invoiceLines =
                invoice.getLines().stream().collect(Collectors.toMap(InvoiceLine::getId, l -> l));
        Map<Long, ProductView> products = inventory.productsById(
                invoice.getLines().stream().map(InvoiceLine::getProductId).collect(Collectors.toSet()));
        Map<Long, TaxCode> codes = codes(products);
        int seq = 1;
        for (CreditNoteLine c : note.getLines()) {
            InvoiceLine l = invoiceLines.get(c.getInvoiceLineId());
            r.add(line(
                    r,
                    seq++,
                    products.get(l.getProductId()),
                    codes.get(l.getProductId()),
                    c.getQuantity().negate(),
                    c.getNetAmount().negate(),
                    l.getTaxRate(),
                    c.getTaxAmount().negate()));
        }
        r.totals();
        r.remark(remark(remark, "对应正数发票号码 " + original.getVatNumber() + " 红字 " + note.getNumber()));
        requests.saveAndFlush(r);
        return view(r);
    }

    /**
     * An advance invoice (预收款发票) for an instalment due before delivery (on signing or on a date): one line with the
     * tax code of advances not yet a sale (601, 不征税), no tax; goods are invoiced from their shipments later. Asked by
     * the customer's writers or FINANCE, one request per instalment.
     */
    public InvoiceRequestView requestForInstalment(long instalmentId, String remark) {
        Instalment i = instalments
                .findById(instalmentId)
                .orElseThrow(() -> new RecordNotFoundException("Instalment", instalmentId));
        CollectionPlan plan = i.getPlan();
        long ownerId = customers.summary(plan.getCustomerId()).orElseThrow().ownerId();
        requireWriter(ownerId, "Instalment", instalmentId);
        if (i.getTrigger() != DueTrigger.SIGNING && i.getTrigger() != DueTrigger.DATE) {
            throw new BusinessRuleException(null, "invoiceRequest.instalmentAfterDelivery");
        }
        if (!"CNY".equals(plan.getCurrency())) {
            throw new BusinessRuleException(null, "invoiceRequest.cnyOnly");
        }
        String source = plan.getContractNumber() != null ? plan.getContractNumber() : plan.getOrderNumber();
        if (requests.findByInstalmentIdOrderByIdDesc(instalmentId).stream()
                .anyMatch(r -> r.getStatus() != InvoiceRequestStatus.REJECTED)) {
            throw new BusinessRuleException(null, "invoiceRequest.exists", source + " " + i.getLabel());
        }
        InvoiceRequest r = new InvoiceRequest(numbers.next("IR"), plan.getCustomerId(), ownerId, instalmentId, source);
        parties(r, plan.getCustomerId());
        String name = "*" + ADVANCE_SHORT_NAME + "*" + i.getLabel();
        r.add(new InvoiceRequestLine(
                r,
                1,
                name.length() > 100 ? name.substring(0, 100) : name,
                ADVANCE_TAX_CODE,
                source,
                null,
                BigDecimal.ONE,
                i.getAmount().setScale(6),
                i.getAmount(),
                BigDecimal.ZERO,
                BigDecimal.ZERO));
        r.totals();
        r.remark(remark(remark, "预收款 " + source + " " + i.getLabel()));
        requests.saveAndFlush(r);
        return view(r);
    }

    /** The requests of these instalments, newest first (for the plan's page). */
    @Transactional(readOnly = true)
    public List<InvoiceRequestView> ofInstalments(java.util.Collection<Long> instalmentIds) {
        SalesScope scope = readScope();
        if (instalmentIds.isEmpty()) {
            return List.of();
        }
        return requests.findByInstalmentIdInOrderByIdDesc(instalmentIds).stream()
                .filter(r -> scope.includes(r.getOwnerId()))
                .map(this::view)
                .toList();
    }

    @PreAuthorize("hasRole('FINANCE')")
    public InvoiceRequestView approve(long id, long expectedVersion) {
        InvoiceRequest r = locked(id, expectedVersion);
        if (r.getStatus() != InvoiceRequestStatus.SUBMITTED) {
            throw new BusinessRuleException(null, "invoiceRequest.notSubmitted");
        }
        r.approved(directory.require().username(), clock.instant());
        requests.flush();
        return view(r);
    }

    /** Rejects a request not yet exported, with the reason; the invoice may be requested again. */
    @PreAuthorize("hasRole('FINANCE')")
    public InvoiceRequestView reject(long id, long expectedVersion, String reason) {
        InvoiceRequest r = locked(id, expectedVersion);
        if (r.getStatus() != InvoiceRequestStatus.SUBMITTED && r.getStatus() != InvoiceRequestStatus.APPROVED) {
            throw new BusinessRuleException(null, "invoiceRequest.notRejectable");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "invoiceRequest.reasonRequired");
        }
        String why = reason.trim();
        r.rejected(directory.require().username(), clock.instant(), why.length() > 500 ? why.substring(0, 500) : why);
        requests.flush();
        return view(r);
    }

    // ---- inside ---------------------------------------------------------------------------------------------------

    /** The seller's data from the company profile and the buyer's from the customer's invoicing data, checked. */
    private void parties(InvoiceRequest r, long customerId) {
        CompanyView seller = company.profile();
        if (!seller.configured() || blank(seller.creditCode())) {
            throw new BusinessRuleException(null, "invoiceRequest.sellerDataMissing");
        }
        InvoiceDetailsView buyer = invoiceDetails
                .of(customerId)
                .orElseThrow(() -> new BusinessRuleException(null, "invoiceRequest.buyerDataMissing"));
        if (blank(buyer.title()) || blank(buyer.taxNumber())) {
            throw new BusinessRuleException(null, "invoiceRequest.buyerDataMissing");
        }
        if (buyer.invoiceType() == InvoiceType.SPECIAL
                && (blank(buyer.addressPhone()) || blank(buyer.bankName()) || blank(buyer.bankAccount()))) {
            throw new BusinessRuleException(null, "invoiceRequest.buyerDataIncomplete");
        }
        r.parties(
                buyer.invoiceType().name(),
                buyer.title(),
                buyer.taxNumber(),
                buyer.addressPhone(),
                buyer.bankName(),
                buyer.bankAccount(),
                seller.legalNameZh(),
                seller.creditCode(),
                join(seller.address(), seller.phone()),
                join(seller.bankName(), seller.bankAccount()));
    }

    /** Every product's tax code, or the refusal naming the products without one. */
    private Map<Long, TaxCode> codes(Map<Long, ProductView> products) {
        Map<Long, TaxCode> codes = taxCodes.findAllById(products.keySet()).stream()
                .collect(Collectors.toMap(TaxCode::getProductId, c -> c));
        List<String> missing = products.values().stream()
                .filter(p -> !codes.containsKey(p.id()))
                .map(ProductView::sku)
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw new BusinessRuleException(null, "invoiceRequest.taxCodeMissing", String.join(", ", missing));
        }
        return codes;
    }

    /**
     * A line as the tax tool takes it: 金额 and 税额 exactly as the invoice booked them (each rounded on its line), the
     * unit price excluding tax derived from them to 6 decimals.
     */
    static InvoiceRequestLine line(
            InvoiceRequest r,
            int seq,
            ProductView p,
            TaxCode code,
            BigDecimal quantity,
            BigDecimal net,
            BigDecimal rate,
            BigDecimal tax) {
        String name = "*" + code.getShortName() + "*" + p.nameZh();
        return new InvoiceRequestLine(
                r,
                seq,
                name.length() > 100 ? name.substring(0, 100) : name,
                code.getCode(),
                p.sku(),
                p.unit(),
                quantity,
                net.divide(quantity, 6, RoundingMode.HALF_UP).abs(),
                net,
                rate,
                tax);
    }

    private InvoiceRequest locked(long id, long expectedVersion) {
        InvoiceRequest r = visible(requests.lock(id), id);
        if (r.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("InvoiceRequest", id);
        }
        return r;
    }

    InvoiceRequest visible(java.util.Optional<InvoiceRequest> found, long id) {
        InvoiceRequest r = found.orElseThrow(() -> new RecordNotFoundException("InvoiceRequest", id));
        if (!readScope().includes(r.getOwnerId())) {
            throw new RecordNotFoundException("InvoiceRequest", id);
        }
        return r;
    }

    /** FINANCE, MANAGER and ADMIN see every request; sales the requests of their invoices. */
    private SalesScope readScope() {
        CurrentUser user = directory.require();
        if (user.hasAnyRole(Set.of(Role.FINANCE, Role.MANAGER, Role.ADMIN))) {
            return new SalesScope(true, !user.hasAnyRole(Set.of(Role.FINANCE, Role.ADMIN)), Set.of());
        }
        return directory.salesScope(user);
    }

    private void requireWriter(long ownerId, String type, long id) {
        CurrentUser user = directory.require();
        if (user.hasRole(Role.FINANCE)) {
            return;
        }
        SalesScope scope = directory.salesScope(user);
        if (!scope.includes(ownerId)) {
            throw new RecordNotFoundException(type, id);
        }
        if (!scope.canWrite(ownerId)) {
            throw new AccessDeniedException("invoice outside the writer's scope");
        }
    }

    InvoiceRequestView view(InvoiceRequest r) {
        String originalVat = r.getOriginalId() == null
                ? null
                : requests.findById(r.getOriginalId())
                        .map(InvoiceRequest::getVatNumber)
                        .orElse(null);
        return new InvoiceRequestView(
                r.getId(),
                r.getNumber(),
                r.getKind(),
                r.getStatus(),
                r.getCustomerId(),
                r.getInvoiceId(),
                r.getInvoiceNumber(),
                r.getInstalmentId(),
                r.getSourceNumber(),
                r.getCreditNoteId(),
                r.getCreditNoteNumber(),
                originalVat,
                r.getVatType(),
                r.getBuyerName(),
                r.getBuyerTaxNumber(),
                r.getBuyerAddressPhone(),
                r.getBuyerBank(),
                r.getBuyerAccount(),
                r.getSellerName(),
                r.getSellerTaxNumber(),
                r.getSellerAddressPhone(),
                r.getSellerBank(),
                r.getNetTotal(),
                r.getTaxTotal(),
                r.getGrossTotal(),
                r.getRemark(),
                r.getDecidedBy(),
                r.getDecidedAt(),
                r.getRejectReason(),
                r.getExportedAt(),
                r.getVatNumber(),
                r.getVatDate(),
                r.getCreatedBy(),
                r.getCreatedAt(),
                r.getVersion(),
                r.getLines().stream()
                        .map(l -> new InvoiceRequestLineView(
                                l.getSeq(),
                                l.getItemName(),
                                l.getTaxCode(),
                                l.getSpec(),
                                l.getUnit(),
                                l.getQuantity(),
                                l.getUnitPrice(),
                                l.getNetAmount(),
                                l.getTaxRate(),
                                l.getTaxAmount()))
                        .toList());
    }

    private static String remark(String given, String generated) {
        String r = blank(given) ? generated : given.trim() + " · " + generated;
        return r.length() > 200 ? r.substring(0, 200) : r;
    }

    private static String join(String a, String b) {
        String s = ((a == null ? "" : a.trim()) + " " + (b == null ? "" : b.trim())).trim();
        return s.isEmpty() ? null : s.length() > 200 ? s.substring(0, 200) : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
