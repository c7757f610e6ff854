package com.yiti.production.web;

import com.yiti.production.BomData;
import com.yiti.production.BomView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** The bill of materials form: the product and each component by SKU, blank rows left out. */
public class BomForm {

    /** Blank component rows the form offers below the filled ones. */
    static final int BLANK_ROWS = 5;

    private String productSku;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    private String note;
    private List<Line> lines = new ArrayList<>();
    private long version;

    /** One component row. */
    public static class Line {

        private String sku;
        private BigDecimal quantity;
        private BigDecimal scrapPct;
        private boolean phantom;

        boolean blank() {
            return (sku == null || sku.isBlank()) && quantity == null && scrapPct == null && !phantom;
        }

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public BigDecimal getQuantity() {
            return quantity;
        }

        public void setQuantity(BigDecimal quantity) {
            this.quantity = quantity;
        }

        public BigDecimal getScrapPct() {
            return scrapPct;
        }

        public void setScrapPct(BigDecimal scrapPct) {
            this.scrapPct = scrapPct;
        }

        public boolean isPhantom() {
            return phantom;
        }

        public void setPhantom(boolean phantom) {
            this.phantom = phantom;
        }
    }

    static BomForm of(BomView b) {
        BomForm f = new BomForm();
        f.productSku = b.sku();
        f.validFrom = b.validFrom();
        f.note = b.note();
        for (BomView.Line l : b.lines()) {
            Line line = new Line();
            line.sku = l.sku();
            line.quantity = l.quantity();
            line.scrapPct = l.scrapPct();
            line.phantom = l.phantom();
            f.lines.add(line);
        }
        f.version = b.version();
        return f;
    }

    BomForm compact() {
        lines.removeIf(l -> l == null || l.blank());
        return this;
    }

    BomForm withBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            lines.add(new Line());
        }
        return this;
    }

    List<String> skus() {
        List<String> skus = new ArrayList<>();
        if (productSku != null) {
            skus.add(productSku);
        }
        lines.forEach(l -> skus.add(l.sku));
        return skus;
    }

    /** The data with SKUs resolved ({@code ids} by upper-case SKU); an unknown SKU is left null (refused). */
    BomData toData(Map<String, Long> ids) {
        return new BomData(
                id(ids, productSku),
                validFrom,
                note,
                lines.stream()
                        .map(l -> new BomData.Line(id(ids, l.sku), l.quantity, l.scrapPct, l.phantom))
                        .toList());
    }

    private static Long id(Map<String, Long> ids, String sku) {
        return sku == null || sku.isBlank() ? null : ids.get(sku.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public String getProductSku() {
        return productSku;
    }

    public void setProductSku(String productSku) {
        this.productSku = productSku;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
