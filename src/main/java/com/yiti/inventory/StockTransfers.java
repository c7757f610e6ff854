package com.yiti.inventory;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.inventory.internal.Product;
import com.yiti.inventory.internal.StockBalance;
import com.yiti.inventory.internal.StockBalances;
import com.yiti.inventory.internal.StockLedger;
import com.yiti.inventory.internal.Transfer;
import com.yiti.inventory.internal.TransferLine;
import com.yiti.inventory.internal.Transfers;
import com.yiti.inventory.internal.Warehouse;
import com.yiti.inventory.internal.Warehouses;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.DocumentNumbers;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers between warehouses (WAREHOUSE): requested, shipped from the source (a TRANSFER_OUT move: the goods are in
 * transit, still inventory, valued with the stock), received at the destination in part or in full (a TRANSFER_IN
 * move, and {@link StockArrived} so waiting orders there reserve it at once). Reserved stock never leaves: shipping
 * more than is available at the source is refused.
 */
@Service
@Transactional
public class StockTransfers {

    private final Transfers transfers;
    private final com.yiti.inventory.internal.Products products;
    private final Warehouses warehouses;
    private final StockBalances balances;
    private final StockLedger ledger;
    private final InventoryManagement inventory;
    private final LotTracking lotTracking;
    private final DocumentNumbers numbers;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StockTransfers(
            Transfers transfers,
            com.yiti.inventory.internal.Products products,
            Warehouses warehouses,
            StockBalances balances,
            StockLedger ledger,
            InventoryManagement inventory,
            LotTracking lotTracking,
            DocumentNumbers numbers,
            UserDirectory directory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.transfers = transfers;
        this.products = products;
        this.warehouses = warehouses;
        this.balances = balances;
        this.ledger = ledger;
        this.inventory = inventory;
        this.lotTracking = lotTracking;
        this.numbers = numbers;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public TransferView request(NewTransfer n) {
        Warehouse from = storage(n.fromWarehouseId(), "fromWarehouseId");
        Warehouse to = storage(n.toWarehouseId(), "toWarehouseId");
        if (from.getId().equals(to.getId())) {
            throw new BusinessRuleException("toWarehouseId", "transfer.sameWarehouse");
        }
        String note = blankToNull(n.note());
        if (note != null && note.length() > 500) {
            throw new BusinessRuleException("note", "field.tooLong", 500);
        }
        Transfer transfer = new Transfer(numbers.nextCommitted("TR"), from.getId(), to.getId(), note);
        Set<Long> seen = new HashSet<>();
        List<NewTransfer.Line> lines = n.lines() == null ? List.of() : n.lines();
        for (int k = 0; k < lines.size(); k++) {
            NewTransfer.Line l = lines.get(k);
            String sku = l == null ? null : blankToNull(l.sku());
            if (l == null || (l.productId() == null && sku == null)) {
                continue;
            }
            String at = "lines[" + k + "].";
            Long productId = l.productId() != null
                    ? l.productId()
                    : products.findBySku(sku).map(Product::getId).orElse(null);
            ProductView p = productId == null
                    ? null
                    : inventory.productsById(List.of(productId)).get(productId);
            if (p == null) {
                throw new BusinessRuleException(
                        at + (l.productId() != null ? "productId" : "sku"), "transfer.unknownProduct");
            }
            if (l.quantity() == null || l.quantity().signum() == 0) {
                throw new BusinessRuleException(at + "quantity", "stock.quantityPositive");
            }
            if (p.type() == ProductType.SERVICE) {
                throw new BusinessRuleException(at + "productId", "stock.serviceNotStocked");
            }
            if (!seen.add(p.id())) {
                throw new BusinessRuleException(at + "productId", "transfer.productTwice", p.sku());
            }
            BigDecimal q = InventoryManagement.quantity(l.quantity(), at + "quantity");
            if (q.signum() < 0) {
                throw new BusinessRuleException(at + "quantity", "stock.quantityPositive");
            }
            transfer.add(p.id(), q);
        }
        if (transfer.getLines().isEmpty()) {
            throw new BusinessRuleException("lines", "transfer.noLines");
        }
        return view(transfers.saveAndFlush(transfer));
    }

    /** The source ships everything requested: it leaves the source's stock and is in transit. */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public TransferView ship(long id) {
        Transfer t = locked(id);
        if (t.getStatus() != TransferStatus.REQUESTED) {
            throw new BusinessRuleException(null, "transfer.notRequested", t.getNumber());
        }
        // balances locked in product order, as every other writer does, so two transfers never deadlock
        List<TransferLine> lines = t.getLines().stream()
                .sorted(Comparator.comparing(TransferLine::getProductId))
                .toList();
        for (TransferLine line : lines) {
            StockBalance balance = balances.lock(line.getProductId(), t.getFromWarehouseId())
                    .orElseThrow(() -> new BusinessRuleException("productId", "stock.noSuchBalance"));
            if (balance.available().compareTo(line.getQuantity()) < 0) {
                throw new BusinessRuleException(
                        "quantity",
                        "transfer.notAvailable",
                        inventory.skuOf(line.getProductId()),
                        balance.available().stripTrailingZeros().toPlainString());
            }
            lotTracking.lotsOut(
                    ledger.move(
                            line.getProductId(),
                            t.getFromWarehouseId(),
                            line.getQuantity().negate(),
                            MoveReason.TRANSFER_OUT,
                            t.getNumber(),
                            null,
                            actor()),
                    true,
                    "quantity");
            line.ship();
        }
        t.shipped(actor(), clock.instant());
        transfers.flush();
        return view(t);
    }

    /**
     * The destination receives what arrived, per line (all that is in transit when none is given); waiting orders at
     * the destination reserve it in the same transaction.
     */
    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public TransferView receive(long id, Map<Long, BigDecimal> quantities) {
        Transfer t = locked(id);
        if (!t.getStatus().inTransit()) {
            throw new BusinessRuleException(null, "transfer.notInTransit", t.getNumber());
        }
        boolean all = quantities == null || quantities.isEmpty();
        boolean any = false;
        for (TransferLine line : t.getLines().stream()
                .sorted(Comparator.comparing(TransferLine::getProductId))
                .toList()) {
            BigDecimal q = all ? line.inTransit() : quantities.get(line.getId());
            if (q == null || q.signum() == 0) {
                continue;
            }
            String field = "quantities[" + line.getId() + "]";
            q = InventoryManagement.quantity(q, field);
            if (q.signum() < 0) {
                throw new BusinessRuleException(field, "stock.quantityPositive");
            }
            if (q.compareTo(line.inTransit()) > 0) {
                throw new BusinessRuleException(
                        field,
                        "transfer.receiveTooMuch",
                        line.inTransit().stripTrailingZeros().toPlainString());
            }
            lotTracking.lotsTransferredIn(
                    ledger.move(
                            line.getProductId(),
                            t.getToWarehouseId(),
                            q,
                            MoveReason.TRANSFER_IN,
                            t.getNumber(),
                            null,
                            actor()),
                    t.getNumber());
            line.receive(q);
            events.publishEvent(StockArrived.transferred(line.getProductId(), t.getToWarehouseId(), q, t.getNumber()));
            any = true;
        }
        if (!any) {
            throw new BusinessRuleException("quantities", "transfer.receiveNothing");
        }
        t.received();
        transfers.flush();
        return view(t);
    }

    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN')")
    public TransferView cancel(long id) {
        Transfer t = locked(id);
        if (t.getStatus() != TransferStatus.REQUESTED) {
            throw new BusinessRuleException(null, "transfer.notRequested", t.getNumber());
        }
        t.cancel();
        transfers.flush();
        return view(t);
    }

    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN', 'MANAGER', 'PURCHASING', 'PRODUCTION')")
    @Transactional(readOnly = true)
    public Page<TransferView> transfers(TransferStatus status, Pageable pageable) {
        Page<Transfer> page = status == null ? transfers.findAll(pageable) : transfers.findByStatus(status, pageable);
        Map<Long, ProductView> products = inventory.productsById(page.getContent().stream()
                .flatMap(t -> t.getLines().stream())
                .map(TransferLine::getProductId)
                .collect(Collectors.toSet()));
        Map<Long, String> codes = codes();
        return page.map(t -> view(t, products, codes));
    }

    @PreAuthorize("hasAnyRole('WAREHOUSE', 'ADMIN', 'MANAGER', 'PURCHASING', 'PRODUCTION')")
    @Transactional(readOnly = true)
    public TransferView transfer(long id) {
        return view(transfers.findById(id).orElseThrow(() -> new RecordNotFoundException("Transfer", id)));
    }

    /** Per product: what is in transit between warehouses. */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> inTransit() {
        Map<Long, BigDecimal> byProduct = new LinkedHashMap<>();
        transfers.inTransitByProduct().forEach(r -> byProduct.put((Long) r[0], (BigDecimal) r[1]));
        return byProduct;
    }

    /**
     * Where these products are available (on hand, not reserved) in a selling warehouse: the transfers a shortage
     * screen suggests before production or purchase. Per product, largest first.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<FreeStock>> freeStock(Collection<Long> productIds) {
        Map<Long, List<FreeStock>> free = new LinkedHashMap<>();
        if (productIds == null || productIds.isEmpty()) {
            return free;
        }
        Map<Long, Warehouse> selling = warehouses.findAll().stream()
                .filter(w -> w.isActive() && !w.isQuarantine())
                .collect(Collectors.toMap(Warehouse::getId, w -> w));
        for (StockBalance b : balances.withAvailable(Set.copyOf(productIds))) {
            Warehouse w = selling.get(b.getWarehouseId());
            if (w != null) {
                free.computeIfAbsent(b.getProductId(), k -> new ArrayList<>())
                        .add(new FreeStock(b.getProductId(), w.getId(), w.getCode(), b.available()));
            }
        }
        free.values()
                .forEach(l -> l.sort(Comparator.comparing(FreeStock::available).reversed()));
        return free;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private Warehouse storage(Long id, String field) {
        if (id == null) {
            throw new BusinessRuleException(field, "field.required");
        }
        Warehouse w = warehouses
                .findById(id)
                .orElseThrow(() -> new BusinessRuleException(field, "transfer.unknownWarehouse"));
        if (!w.isActive() || w.isQuarantine()) {
            throw new BusinessRuleException(field, "transfer.notASellingWarehouse", w.getCode());
        }
        return w;
    }

    private Transfer locked(long id) {
        return transfers.lock(id).orElseThrow(() -> new RecordNotFoundException("Transfer", id));
    }

    private Map<Long, String> codes() {
        return warehouses.findAll().stream().collect(Collectors.toMap(Warehouse::getId, Warehouse::getCode));
    }

    private TransferView view(Transfer t) {
        return view(
                t,
                inventory.productsById(
                        t.getLines().stream().map(TransferLine::getProductId).collect(Collectors.toSet())),
                codes());
    }

    private TransferView view(Transfer t, Map<Long, ProductView> products, Map<Long, String> codes) {
        var locale = LocaleContextHolder.getLocale();
        return new TransferView(
                t.getId(),
                t.getNumber(),
                t.getFromWarehouseId(),
                codes.get(t.getFromWarehouseId()),
                t.getToWarehouseId(),
                codes.get(t.getToWarehouseId()),
                t.getStatus(),
                t.getNote(),
                t.getShippedBy(),
                t.getShippedAt(),
                t.getLines().stream()
                        .map(l -> {
                            ProductView p = products.get(l.getProductId());
                            return new TransferView.Line(
                                    l.getId(),
                                    l.getProductId(),
                                    p.sku(),
                                    p.name(locale),
                                    p.unit(),
                                    l.getQuantity(),
                                    l.getShippedQuantity(),
                                    l.getReceivedQuantity());
                        })
                        .toList(),
                t.getCreatedBy(),
                t.getCreatedAt(),
                t.getVersion());
    }

    private String actor() {
        return directory.current().map(CurrentUser::username).orElse("system");
    }
}
