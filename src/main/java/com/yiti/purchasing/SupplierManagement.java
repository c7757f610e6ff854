package com.yiti.purchasing;

import static com.yiti.shared.Text.blankToNull;

import com.yiti.purchasing.internal.PurchaseOrders;
import com.yiti.purchasing.internal.Supplier;
import com.yiti.purchasing.internal.Suppliers;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers: the list, one supplier, create and change (PURCHASING, ADMIN; names are unique), and each supplier's
 * defect rate from what customers returned. Split out of {@link PurchasingManagement}, which keeps requisitions,
 * purchase orders and receipts.
 */
@Service
@Transactional
public class SupplierManagement {

    private final Suppliers suppliers;
    private final PurchaseOrders purchaseOrders;
    private final com.yiti.purchasing.internal.Receipts receipts;
    private final org.springframework.beans.factory.ObjectProvider<com.yiti.purchasing.spi.DefectReturns> defects;

    SupplierManagement(
            Suppliers suppliers,
            PurchaseOrders purchaseOrders,
            com.yiti.purchasing.internal.Receipts receipts,
            org.springframework.beans.factory.ObjectProvider<com.yiti.purchasing.spi.DefectReturns> defects) {
        this.receipts = receipts;
        this.suppliers = suppliers;
        this.purchaseOrders = purchaseOrders;
        this.defects = defects;
    }

    @Transactional(readOnly = true)
    public Page<SupplierView> suppliers(String q, Pageable pageable) {
        return suppliers
                .findByNameContainingIgnoreCase(q == null ? "" : q.trim(), pageable)
                .map(SupplierManagement::view);
    }

    @Transactional(readOnly = true)
    public List<SupplierView> activeSuppliers() {
        return suppliers.findByActiveTrueOrderByName().stream()
                .map(SupplierManagement::view)
                .toList();
    }

    /** Names of these suppliers in one query (lists of documents that name their supplier). */
    @Transactional(readOnly = true)
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        return suppliers.findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Supplier::getId, Supplier::getName));
    }

    @Transactional(readOnly = true)
    public SupplierView supplier(long id) {
        return view(supplierEntity(id));
    }

    /**
     * Every supplier's defect rate: defective units ÷ units received from the supplier. Defective units are those
     * customers returned as defective (a product bought from several suppliers shares them in proportion to what each
     * delivered) and those sent back to the supplier as defective or damaged from stock (from quarantine they were
     * customers' returns, already counted).
     */
    @Transactional(readOnly = true)
    public Map<Long, SupplierQuality> supplierQuality() {
        List<Object[]> rows = purchaseOrders.receivedBySupplierAndProduct();
        Map<Long, BigDecimal> receivedPerProduct = new java.util.HashMap<>();
        for (Object[] r : rows) {
            receivedPerProduct.merge((Long) r[1], (BigDecimal) r[2], BigDecimal::add);
        }
        Map<Long, BigDecimal> defective = new java.util.HashMap<>();
        defects.orderedStream()
                .forEach(d -> d.defectiveUnitsReturned(receivedPerProduct.keySet())
                        .forEach((product, units) -> defective.merge(product, units, BigDecimal::add)));
        Map<Long, BigDecimal[]> bySupplier = new java.util.TreeMap<>();
        Map<Long, BigDecimal> sentBack = new java.util.HashMap<>();
        receipts.defectsReturnedBySupplier().forEach(r -> sentBack.put((Long) r[0], (BigDecimal) r[1]));
        for (Object[] r : rows) {
            long product = (Long) r[1];
            BigDecimal received = (BigDecimal) r[2];
            BigDecimal share = defective
                    .getOrDefault(product, BigDecimal.ZERO)
                    .multiply(received)
                    .divide(receivedPerProduct.get(product), 3, java.math.RoundingMode.HALF_UP);
            BigDecimal[] sums =
                    bySupplier.computeIfAbsent((Long) r[0], k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(received);
            sums[1] = sums[1].add(share);
        }
        sentBack.forEach((supplier, units) -> {
            BigDecimal[] sums = bySupplier.get(supplier);
            if (sums != null) {
                sums[1] = sums[1].add(units);
            }
        });
        Map<Long, SupplierQuality> result = new java.util.LinkedHashMap<>();
        bySupplier.forEach((supplier, sums) -> result.put(
                supplier,
                new SupplierQuality(
                        supplier,
                        sums[0],
                        sums[1],
                        sums[1].multiply(BigDecimal.valueOf(100)).divide(sums[0], 2, java.math.RoundingMode.HALF_UP))));
        return result;
    }

    @PreAuthorize("hasAnyRole('PURCHASING', 'ADMIN')")
    public SupplierView createSupplier(SupplierData data) {
        Supplier s = new Supplier();
        apply(s, data);
        return view(suppliers.saveAndFlush(s));
    }

    @PreAuthorize("hasAnyRole('PURCHASING', 'ADMIN')")
    public SupplierView updateSupplier(long id, long expectedVersion, SupplierData data) {
        Supplier s = supplierEntity(id);
        if (s.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Supplier", id);
        }
        apply(s, data);
        suppliers.flush();
        return view(s);
    }

    /** The checks of {@link #createSupplier} or {@link #updateSupplier} without saving (an import's dry run). */
    @PreAuthorize("hasAnyRole('PURCHASING', 'ADMIN')")
    @Transactional(readOnly = true)
    public void checkSupplier(Long existingId, SupplierData data) {
        validate(existingId, data);
    }

    /** The supplier with this name (names are unique), for an import that names suppliers by name. */
    @Transactional(readOnly = true)
    public java.util.Optional<SupplierView> supplierNamed(String name) {
        return name == null
                ? java.util.Optional.empty()
                : suppliers.findByName(name.trim()).map(SupplierManagement::view);
    }

    private void apply(Supplier s, SupplierData d) {
        String email = validate(s.getId(), d);
        s.apply(
                d.name().trim(),
                blankToNull(d.contactName()),
                blankToNull(d.phone()),
                email,
                d.leadTimeDays(),
                d.active());
    }

    /** Refused field by field; returns the e-mail as kept. */
    private String validate(Long selfId, SupplierData d) {
        String name = d.name() == null ? "" : d.name().trim();
        if (name.isEmpty()) {
            throw new BusinessRuleException("name", "field.required");
        }
        if (name.length() > 200) {
            throw new BusinessRuleException("name", "field.tooLong", 200);
        }
        suppliers
                .findByName(name)
                .filter(other -> !other.getId().equals(selfId))
                .ifPresent(other -> {
                    throw new BusinessRuleException("name", "supplier.nameTaken");
                });
        if (d.leadTimeDays() == null || d.leadTimeDays() < 0 || d.leadTimeDays() > 365) {
            throw new BusinessRuleException("leadTimeDays", "product.leadTimeRange");
        }
        String email = blankToNull(d.email());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BusinessRuleException("email", "contact.emailInvalid");
        }
        return email;
    }

    Supplier supplierEntity(long id) {
        return suppliers.findById(id).orElseThrow(() -> new RecordNotFoundException("Supplier", id));
    }

    static SupplierView view(Supplier s) {
        return new SupplierView(
                s.getId(),
                s.getName(),
                s.getContactName(),
                s.getPhone(),
                s.getEmail(),
                s.getLeadTimeDays(),
                s.isActive(),
                s.getVersion());
    }
}
