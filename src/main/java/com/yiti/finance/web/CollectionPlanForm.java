package com.yiti.finance.web;

import com.yiti.finance.CollectionPlanData;
import com.yiti.finance.CollectionPlanView;
import com.yiti.finance.DueTrigger;
import com.yiti.finance.InstalmentData;
import com.yiti.finance.InstalmentView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** A collection plan as typed: its instalments as rows (empty rows are ignored). */
public class CollectionPlanForm {

    static final int ROWS = 6;

    private long version;
    private Long contractId;
    private Long orderId;
    private String note;
    private List<Row> instalments = new ArrayList<>();

    /** A new plan starts from the common Chinese terms: 30% on signing, 60% on delivery, 10% a year after acceptance. */
    static CollectionPlanForm typical(Long contractId, Long orderId) {
        CollectionPlanForm f = new CollectionPlanForm();
        f.contractId = contractId;
        f.orderId = orderId;
        f.instalments.add(Row.of("预付款 Advance", DueTrigger.SIGNING, 7, new BigDecimal("30")));
        f.instalments.add(Row.of("到货款 On delivery", DueTrigger.DELIVERY, 30, new BigDecimal("60")));
        f.instalments.add(Row.of("质保金 Retention", DueTrigger.ACCEPTANCE, 365, new BigDecimal("10")));
        f.pad();
        return f;
    }

    static CollectionPlanForm of(CollectionPlanView v) {
        CollectionPlanForm f = new CollectionPlanForm();
        f.version = v.version();
        f.contractId = v.contractId();
        f.orderId = v.orderId();
        f.note = v.note();
        for (InstalmentView i : v.instalments()) {
            Row r = new Row();
            r.label = i.label();
            r.trigger = i.trigger();
            r.offsetDays = i.offsetDays();
            r.date = i.fixedDate();
            r.amount = i.amount();
            f.instalments.add(r);
        }
        f.pad();
        return f;
    }

    void pad() {
        while (instalments.size() < ROWS) {
            instalments.add(new Row());
        }
    }

    CollectionPlanData toData() {
        return new CollectionPlanData(
                contractId,
                orderId,
                note,
                instalments.stream()
                        .map(r -> new InstalmentData(r.label, r.trigger, r.offsetDays, r.date, r.amount, r.percent))
                        .toList());
    }

    /** One instalment row. */
    public static class Row {
        private String label;
        private DueTrigger trigger = DueTrigger.DATE;
        private Integer offsetDays;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        private BigDecimal amount;
        private BigDecimal percent;

        static Row of(String label, DueTrigger trigger, int days, BigDecimal percent) {
            Row r = new Row();
            r.label = label;
            r.trigger = trigger;
            r.offsetDays = days;
            r.percent = percent;
            return r;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public DueTrigger getTrigger() {
            return trigger;
        }

        public void setTrigger(DueTrigger trigger) {
            this.trigger = trigger;
        }

        public Integer getOffsetDays() {
            return offsetDays;
        }

        public void setOffsetDays(Integer offsetDays) {
            this.offsetDays = offsetDays;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public BigDecimal getPercent() {
            return percent;
        }

        public void setPercent(BigDecimal percent) {
            this.percent = percent;
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public void setOrderId(Long orderId) {
        this.orderId = orderId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Row> getInstalments() {
        return instalments;
    }

    public void setInstalments(List<Row> instalments) {
        this.instalments = instalments;
    }
}
