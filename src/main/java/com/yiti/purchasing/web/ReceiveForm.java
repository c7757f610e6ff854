package com.yiti.purchasing.web;

import com.yiti.shared.Limits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Quantities received per purchase order line ({@code quantities[lineId]}) and a note. */
public class ReceiveForm {

    private Map<Long, @Limits.Quantity BigDecimal> quantities = new LinkedHashMap<>();

    @Size(max = 500)
    private String note;

    /** Per line of a tracked product: the lot number, or the serial numbers (one per unit, by line, comma or space). */
    private Map<Long, @Size(max = 4000) String> lots = new LinkedHashMap<>();

    /** Per line of a lot-tracked product: the lot's expiry date, when it has one. */
    private Map<Long, java.time.LocalDate> expiry = new LinkedHashMap<>();

    public Map<Long, String> getLots() {
        return lots;
    }

    public void setLots(Map<Long, String> lots) {
        this.lots = lots;
    }

    public Map<Long, java.time.LocalDate> getExpiry() {
        return expiry;
    }

    public void setExpiry(Map<Long, java.time.LocalDate> expiry) {
        this.expiry = expiry;
    }

    /**
     * The lots typed per line, for the lines whose product is tracked: a lot number with its expiry for the whole
     * quantity, or one serial number per unit.
     */
    public Map<Long, java.util.List<com.yiti.inventory.LotIn>> lotsFor(
            java.util.List<com.yiti.purchasing.PurchaseOrderLineView> lines) {
        Map<Long, java.util.List<com.yiti.inventory.LotIn>> result = new LinkedHashMap<>();
        for (var l : lines) {
            String text = lots.get(l.id());
            BigDecimal q = quantities.get(l.id());
            if (text == null || text.isBlank() || q == null || q.signum() <= 0) {
                continue;
            }
            if (l.tracking() == com.yiti.inventory.Tracking.SERIAL) {
                result.put(
                        l.id(),
                        java.util.Arrays.stream(text.trim().split("[\\s,;，；]+"))
                                .map(sn -> new com.yiti.inventory.LotIn(sn, null, BigDecimal.ONE))
                                .toList());
            } else if (l.tracking() == com.yiti.inventory.Tracking.LOT) {
                result.put(l.id(), java.util.List.of(new com.yiti.inventory.LotIn(text.trim(), expiry.get(l.id()), q)));
            }
        }
        return result;
    }

    public Map<Long, BigDecimal> getQuantities() {
        return quantities;
    }

    public void setQuantities(Map<Long, BigDecimal> quantities) {
        this.quantities = quantities;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
