package com.yiti.purchasing;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.MoveReason;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.inventory.WarehouseView;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.Role;
import com.yiti.platform.TransactionRetry;
import com.yiti.platform.UserDirectory;
import com.yiti.purchasing.internal.PurchaseOrder;
import com.yiti.purchasing.internal.PurchaseOrderLine;
import com.yiti.purchasing.internal.PurchaseOrders;
import com.yiti.purchasing.internal.Receipt;
import com.yiti.purchasing.internal.Receipts;
import com.yiti.purchasing.internal.RequisitionLine;
import com.yiti.purchasing.internal.RequisitionLines;
import com.yiti.purchasing.internal.Supplier;
import com.yiti.purchasing.internal.Suppliers;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers, requisitions, purchase orders and goods receipts. PURCHASING (and ADMIN) buy; WAREHOUSE receives and
 * sees purchase orders without prices; MANAGER reads.
 */
@Service
@Transactional
public class PurchasingManagement {

    private static final Set<Role> PRICE_READERS = Set.of(Role.PURCHASING, Role.ADMIN, Role.MANAGER, Role.FINANCE);

    private final Suppliers suppliers;
    private final RequisitionLines requisitions;
    private final PurchaseOrders purchaseOrders;
    private final Receipts receipts;
    private final InventoryManagement inventory;
    private final DocumentNumbers numbers;
    private final TransactionRetry retry;
    private final UserDirectory directory;
    private final Clock clock;

    private final PurchaseOrderApprovals approvalGate;

    PurchasingManagement(
            Suppliers suppliers,
            RequisitionLines requisitions,
            PurchaseOrders purchaseOrders,
            Receipts receipts,
            InventoryManagement inventory,
            DocumentNumbers numbers,
            TransactionRetry retry,
            UserDirectory directory,
            Clock clock,
            PurchaseOrderApprovals approvalGate) {
        this.approvalGate = approvalGate;
        this.suppliers = suppliers;
        this.requisitions = requisitions;
        this.purchaseOrders = purchaseOrders;
        this.receipts = receipts;
        this.inventory = inventory;
        this.numbers = numbers;
        this.retry = retry;
        this.directory = directory;
        this.clock = clock;
    }

    /** Purchase orders whose number starts with what was typed (the top bar's search), newest first, ten at most. */
    @Transactional(readOnly = true)
    public List<PurchaseOrderView> purchaseOrdersNumbered(String prefix) {
        String p = prefix == null ? "" : prefix.trim().toUpperCase(java.util.Locale.ROOT);
        return p.length() < 2
                ? List.of()
                : purchaseOrders.findTop10ByNumberStartingWithOrderByIdDesc(p).stream()
                        .map(this::view)
                        .toList();
    }

    // ---- requisitions --------------------------------------------------------------------------------------------

    /** Records a shortage of a bought product; part of the caller's transaction. */
    public RequisitionLineView requisition(NewRequisition r) {
        if (r.quantity() == null || r.quantity().signum() <= 0) {
            throw new BusinessRuleException("quantity", "stock.quantityPositive");
        }
        RequisitionLine line = requisitions.save(new RequisitionLine(
                r.productId(),
                r.warehouseId(),
                r.quantity(),
                r.needBy(),
                r.orderId(),
                r.orderNumber(),
                r.orderLineId()));
        return views(List.of(line)).get(0);
    }

    /** A reorder requisition from the suggestion list (PURCHASING). */
    @PreAuthorize("hasAnyRole('PURCHASING', 'ADMIN')")
    public RequisitionLineView requisitionReorder(long productId, long warehouseId, BigDecimal quantity) {
        ProductView p = inventory.product(productId);
        if (p.type() != ProductType.BOUGHT) {
            throw new BusinessRuleException("productId", "purchasing.onlyBought");
        }
        return requisition(new NewRequisition(
                productId, warehouseId, quantity, today().plusDays(p.leadTimeDays()), null, null, null));
    }

    /** The demand of these order lines went away: requisition lines not yet on a purchase order are cancelled. */
    public int cancelDemand(Collection<Long> orderLineIds) {
        if (orderLineIds.isEmpty()) {
            return 0;
        }
        List<RequisitionLine> open = requisitions.findByOrderLineIdIn(orderLineIds).stream()
                .filter(l -> l.getStatus() == RequisitionStatus.OPEN)
                .toList();
        open.forEach(RequisitionLine::cancel);
        return open.size();
    }

    @Transactional(readOnly = true)
    public List<RequisitionLineView> forOrderLines(Collection<Long> orderLineIds) {
        return orderLineIds.isEmpty() ? List.of() : views(requisitions.findByOrderLineIdIn(orderLineIds));
    }

    /**
     * When purchasing expects each order line's shortage to arrive: the expected date of the purchase order it is on
     * (while not fully received), or the requisition's need-by date while it waits to be ordered.
     */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> expectedFor(Collection<Long> orderLineIds) {
        Map<Long, LocalDate> expected = new java.util.HashMap<>();
        if (orderLineIds.isEmpty()) {
            return expected;
        }
        List<RequisitionLine> lines = requisitions.findByOrderLineIdIn(orderLineIds);
        Map<Long, LocalDate> byPoLine = new java.util.HashMap<>();
        for (Object[] r : purchaseOrders.expectedByLine(
                lines.stream()
                        .map(RequisitionLine::getPurchaseOrderLineId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()),
                List.of(PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED, PurchaseOrderStatus.DRAFT))) {
            byPoLine.put((Long) r[0], (LocalDate) r[1]);
        }
        for (RequisitionLine l : lines) {
            LocalDate date = l.getStatus() == RequisitionStatus.OPEN
                    ? l.getNeedBy()
                    : l.getStatus() == RequisitionStatus.ORDERED ? byPoLine.get(l.getPurchaseOrderLineId()) : null;
            if (date != null) {
                expected.merge(l.getOrderLineId(), date, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return expected;
    }

    /** Requisition lines in a status (open by default); {@code product} narrows to SKUs or names containing it. */
    @Transactional(readOnly = true)
    public Page<RequisitionLineView> requisitions(RequisitionStatus status, String product, Pageable pageable) {
        RequisitionStatus s = status == null ? RequisitionStatus.OPEN : status;
        Page<RequisitionLine> page;
        if (product == null || product.isBlank()) {
            page = requisitions.findByStatus(s, pageable);
        } else {
            List<Long> productIds = inventory
                    .products(
                            new com.yiti.inventory.ProductFilter(product, null, null),
                            org.springframework.data.domain.PageRequest.of(0, 500))
                    .map(ProductView::id)
                    .getContent();
            page = productIds.isEmpty()
                    ? Page.empty(pageable)
                    : requisitions.findByStatusAndProductIdIn(s, productIds, pageable);
        }
        return new org.springframework.data.domain.PageImpl<>(
                views(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    // ---- purchase orders -----------------------------------------------------------------------------------------

    /**
     * A draft purchase order to a supplier for open requisition lines of one warehouse: one line per product with
     * the summed quantity, priced at standard cost until PURCHASING changes it; expected by the supplier's lead time
     * unless given.
     */
    @PreAuthorize("hasAnyRole('PURCHASING', 'ADMIN')")
    public PurchaseOrderView createPurchaseOrder(long supplierId, Collection<Long> requisitionIds, LocalDate expected) {
        Supplier supplier = supplierEntity(supplierId);
        if (!supplier.isActive()) {
            throw new BusinessRuleException("supplierId", "supplier.inactive");
        }
        List<RequisitionLine> lines = requisitions.findAllById(requisitionIds);
        if (lines.isEmpty() || lines.size() != Set.copyOf(requisitionIds).size()) {
            throw new BusinessRuleException("requisitionIds", "purchasing.selectLines");
        }
        if (lines.stream().anyMatch(l -> l.getStatus() != RequisitionStatus.OPEN)) {
            throw new BusinessRuleException("requisitionIds", "purchasing.linesNotOpen");
        }
        if (lines.stream().map(RequisitionLine::getWarehouseId).distinct().count() > 1) {
            throw new BusinessRuleException("requisitionIds", "purchasing.oneWarehouse");
        }
        LocalDate expectedDate = expected != null ? expected : today().plusDays(supplier.getLeadTimeDays());
        if (expectedDate.isBefore(today())) {
            throw new BusinessRuleException("expectedDate", "purchasing.expectedInPast");
        }
        PurchaseOrder po = new PurchaseOrder(
                numbers.next("PO"), supplier.getId(), lines.get(0).getWarehouseId(), expectedDate);
        Map<Long, List<RequisitionLine>> byProduct = lines.stream()
                .sorted(Comparator.comparing(RequisitionLine::getProductId))
                .collect(Collectors.groupingBy(RequisitionLine::getProductId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, BigDecimal> costs = inventory.standardCosts(byProduct.keySet());
        Map<Long, PurchaseOrderLine> poLines = new LinkedHashMap<>();
        byProduct.forEach((productId, reqs) -> poLines.put(
                productId,
                po.addLine(
                        productId,
                        reqs.stream().map(RequisitionLine::getQuantity).reduce(BigDecimal.ZERO, BigDecimal::add),
                        costs.get(productId))));
        purchaseOrders.saveAndFlush(po);
        byProduct.forEach((productId, reqs) ->
                reqs.forEach(r -> r.orderedOn(poLines.get(productId).getId())));
        return view(po);
    }

    /** Changes a draft's line (quantity, price) and expected date. */
    @PreAuthorize("hasAnyRole('PURCHASING', 'ADMIN')")
    public PurchaseOrderView updateLine(
            long purchaseOrderId, long expectedVersion, long lineId, BigDecimal quantity, BigDecimal unitPrice) {
        PurchaseOrder po = current(purchaseOrderId, expectedVersion);
        if (po.getStatus() != PurchaseOrderStatus.DRAFT) {
            throw new BusinessRuleException(null, "purchasing.notDraft");
        }
        approvalGate.requireEditable(po);
        PurchaseOrderLine line = po.getLines().stream()
                .filter(l -> l.getId() == lineId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("PurchaseOrderLine", lineId));
        if (quantity == null || quantity.signum() <= 0) {
            throw new BusinessRuleException("quantity", "stock.quantityPositive");
        }
        if (quantity.stripTrailingZeros().scale() > 3) {
            throw new BusinessRuleException("quantity", "stock.quantityScale", 3);
        }
        if (unitPrice == null || unitPrice.signum() < 0) {
            throw new BusinessRuleException("unitPrice", "product.priceNegative");
        }
        line.change(quantity.setScale(3, RoundingMode.UNNECESSARY), unitPrice.setScale(4, RoundingMode.HALF_UP));
        purchaseOrders.flush();
        return view(po);
    }

    @PreAuthorize("hasAnyRole('PURCHASING', 'ADMIN')")
    public PurchaseOrderView send(long id, long expectedVersion) {
        PurchaseOrder po = current(id, expectedVersion);
        if (po.getStatus() != PurchaseOrderStatus.DRAFT) {
            throw new BusinessRuleException(null, "purchasing.notDraft");
        }
        // an order its approval flow asks for is sent only once approved (decision 045)
        approvalGate.requireSendable(po);
        po.send(clock.instant());
        purchaseOrders.flush();
        return view(po);
    }

    /** Cancels a purchase order nothing was received on; its requisition lines go back to open. */
    @PreAuthorize("hasAnyRole('PURCHASING', 'ADMIN')")
    public PurchaseOrderView cancel(long id, long expectedVersion) {
        PurchaseOrder po = current(id, expectedVersion);
        if (po.getStatus() != PurchaseOrderStatus.DRAFT && po.getStatus() != PurchaseOrderStatus.SENT) {
            throw new BusinessRuleException(null, "purchasing.cannotCancel");
        }
        po.cancel();
        approvalGate.withdraw(po);
        requisitions
                .findByPurchaseOrderLineIdIn(
                        po.getLines().stream().map(PurchaseOrderLine::getId).toList())
                .forEach(RequisitionLine::reopen);
        purchaseOrders.flush();
        return view(po);
    }

    /**
     * WAREHOUSE receives goods against a sent purchase order, in full or in part (quantities per purchase order
     * line). Receiving more than is still open on a line is refused. Each received line becomes a RECEIPT move, and
     * waiting order lines reserve the goods in the same transaction.
     */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public ReceiptView receive(long purchaseOrderId, Map<Long, BigDecimal> quantities, String note) {
        return receive(purchaseOrderId, quantities, Map.of(), note);
    }

    /**
     * The same with the lots or serial numbers of each line (decision 027): a product tracked by lot or serial must
     * name them (refused at {@code lots[lineId]}); the lots keep the supplier and the purchase order for every trace.
     */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    @Transactional(propagation = Propagation.SUPPORTS)
    public ReceiptView receive(
            long purchaseOrderId,
            Map<Long, BigDecimal> quantities,
            Map<Long, List<com.yiti.inventory.LotIn>> lots,
            String note) {
        return retry.run("receive goods", () -> {
            PurchaseOrder po = purchaseOrders
                    .lock(purchaseOrderId)
                    .orElseThrow(() -> new RecordNotFoundException("PurchaseOrder", purchaseOrderId));
            if (po.getStatus() != PurchaseOrderStatus.SENT
                    && po.getStatus() != PurchaseOrderStatus.PARTIALLY_RECEIVED) {
                throw new BusinessRuleException(null, "purchasing.notReceivable");
            }
            if (note != null && note.trim().length() > 500) {
                throw new BusinessRuleException("note", "field.tooLong", 500);
            }
            Receipt receipt = new Receipt(numbers.next("GR"), po.getId(), actor(), clock.instant(), blankToNull(note));
            Map<Long, ProductView> tracked = inventory.productsById(
                    po.getLines().stream().map(PurchaseOrderLine::getProductId).toList());
            for (PurchaseOrderLine line : po.getLines()) {
                BigDecimal q = quantities.get(line.getId());
                if (q == null || q.signum() == 0) {
                    continue;
                }
                if (q.signum() < 0) {
                    throw new BusinessRuleException("quantity", "stock.quantityPositive");
                }
                if (q.stripTrailingZeros().scale() > 3) {
                    throw new BusinessRuleException("quantity", "stock.quantityScale", 3);
                }
                if (q.compareTo(line.open()) > 0) {
                    throw new BusinessRuleException(
                            "quantity",
                            "purchasing.receiveTooMuch",
                            line.open().stripTrailingZeros().toPlainString());
                }
                // a tracked product names its lots or serial numbers (checked in full as the goods come in)
                List<com.yiti.inventory.LotIn> given =
                        lots == null ? List.of() : lots.getOrDefault(line.getId(), List.of());
                ProductView product = tracked.get(line.getProductId());
                if (given.isEmpty() && product.tracking() != com.yiti.inventory.Tracking.NONE) {
                    throw new BusinessRuleException(
                            "lots[" + line.getId() + "]",
                            product.tracking() == com.yiti.inventory.Tracking.SERIAL
                                    ? "lot.serialsRequired"
                                    : "lot.required",
                            product.sku());
                }
                line.receive(q);
                // at the ordered price: what the goods cost in stock (the moving average, decision 025) and in goods
                // received not invoiced; the supplier's invoice settles any price difference as a variance
                receipt.add(line.getId(), line.getProductId(), q, line.getUnitPrice());
            }
            if (receipt.getLines().isEmpty()) {
                throw new BusinessRuleException("quantity", "purchasing.receiveNothing");
            }
            po.received();
            receipts.saveAndFlush(receipt);
            purchaseOrders.flush();
            var origin = new com.yiti.inventory.LotOrigin(
                    po.getSupplierId(), supplierEntity(po.getSupplierId()).getName(), po.getNumber());
            for (var l : receipt.getLines()) {
                List<com.yiti.inventory.LotIn> given =
                        lots == null ? List.of() : lots.getOrDefault(l.getPurchaseOrderLineId(), List.of());
                String field = "lots[" + l.getPurchaseOrderLineId() + "]";
                inventory.receive(
                        l.getProductId(),
                        po.getWarehouseId(),
                        l.getQuantity(),
                        MoveReason.RECEIPT,
                        l.getUnitCost(),
                        receipt.getNumber(),
                        given,
                        origin,
                        field);
            }
            return receiptView(receipt);
        });
    }

    @Transactional(readOnly = true)
    public Page<PurchaseOrderView> purchaseOrders(Collection<PurchaseOrderStatus> statuses, Pageable pageable) {
        Page<PurchaseOrder> page = statuses == null || statuses.isEmpty()
                ? purchaseOrders.findAll(pageable)
                : purchaseOrders.findByStatusIn(statuses, pageable);
        return new org.springframework.data.domain.PageImpl<>(
                orderViews(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public PurchaseOrderView purchaseOrder(long id) {
        return view(purchaseOrders.findById(id).orElseThrow(() -> new RecordNotFoundException("PurchaseOrder", id)));
    }

    @Transactional(readOnly = true)
    public List<ReceiptView> receiptsOf(long purchaseOrderId) {
        return receipts.findByPurchaseOrderIdOrderByIdDesc(purchaseOrderId).stream()
                .map(this::receiptView)
                .toList();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private PurchaseOrder current(long id, long expectedVersion) {
        PurchaseOrder po = purchaseOrders.lock(id).orElseThrow(() -> new RecordNotFoundException("PurchaseOrder", id));
        if (po.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("PurchaseOrder", id);
        }
        return po;
    }

    private Supplier supplierEntity(long id) {
        return suppliers.findById(id).orElseThrow(() -> new RecordNotFoundException("Supplier", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }

    private boolean canSeePrices() {
        return directory.current().map(u -> u.hasAnyRole(PRICE_READERS)).orElse(true);
    }

    ReceiptView receiptView(Receipt r) {
        Map<Long, ProductView> products = inventory.productsById(
                r.getLines().stream().map(l -> l.getProductId()).collect(Collectors.toSet()));
        return new ReceiptView(
                r.getId(),
                r.getNumber(),
                r.getPurchaseOrderId(),
                r.getReceivedBy(),
                r.getReceivedAt(),
                r.getNote(),
                r.getKind(),
                r.getReason(),
                r.isFromQuarantine(),
                r.getLines().stream()
                        .map(l -> new ReceiptView.Line(
                                l.getPurchaseOrderLineId(),
                                products.get(l.getProductId()).sku(),
                                l.getQuantity()))
                        .toList());
    }

    private PurchaseOrderView view(PurchaseOrder po) {
        return orderViews(List.of(po)).get(0);
    }

    /** Purchase orders with their products, suppliers and warehouses looked up once for the whole list. */
    private List<PurchaseOrderView> orderViews(List<PurchaseOrder> list) {
        boolean prices = canSeePrices();
        Map<Long, ProductView> products = inventory.productsById(list.stream()
                .flatMap(po -> po.getLines().stream())
                .map(PurchaseOrderLine::getProductId)
                .collect(Collectors.toSet()));
        Map<Long, String> codes =
                inventory.warehouses().stream().collect(Collectors.toMap(WarehouseView::id, WarehouseView::code));
        Map<Long, String> supplierNames =
                suppliers
                        .findAllById(
                                list.stream().map(PurchaseOrder::getSupplierId).collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Supplier::getId, Supplier::getName));
        return list.stream()
                .map(po -> view(po, prices, products, codes, supplierNames))
                .toList();
    }

    private static PurchaseOrderView view(
            PurchaseOrder po,
            boolean prices,
            Map<Long, ProductView> products,
            Map<Long, String> codes,
            Map<Long, String> supplierNames) {
        return new PurchaseOrderView(
                po.getId(),
                po.getNumber(),
                po.getSupplierId(),
                supplierNames.get(po.getSupplierId()),
                po.getWarehouseId(),
                codes.get(po.getWarehouseId()),
                po.getStatus(),
                po.getExpectedDate(),
                po.getSentAt(),
                prices ? po.total() : null,
                po.getLines().stream()
                        .map(l -> {
                            ProductView p = products.get(l.getProductId());
                            return new PurchaseOrderLineView(
                                    l.getId(),
                                    l.getProductId(),
                                    p.sku(),
                                    p.name(LocaleContextHolder.getLocale()),
                                    p.unit(),
                                    l.getQuantity(),
                                    l.getReceivedQuantity(),
                                    prices ? l.getUnitPrice() : null,
                                    l.getReturnedQuantity(),
                                    p.tracking());
                        })
                        .toList(),
                po.getCreatedBy(),
                po.getCreatedAt(),
                po.getVersion(),
                po.getApproval());
    }

    private List<RequisitionLineView> views(List<RequisitionLine> lines) {
        Map<Long, ProductView> products = inventory.productsById(
                lines.stream().map(RequisitionLine::getProductId).collect(Collectors.toSet()));
        return lines.stream()
                .map(l -> {
                    ProductView p = products.get(l.getProductId());
                    return new RequisitionLineView(
                            l.getId(),
                            l.getProductId(),
                            p.sku(),
                            p.name(LocaleContextHolder.getLocale()),
                            p.unit(),
                            l.getWarehouseId(),
                            l.getQuantity(),
                            l.getNeedBy(),
                            l.getOrderLineId() != null,
                            l.getOrderId(),
                            l.getOrderNumber(),
                            l.getOrderLineId(),
                            l.getStatus(),
                            l.getPurchaseOrderLineId());
                })
                .toList();
    }
}
