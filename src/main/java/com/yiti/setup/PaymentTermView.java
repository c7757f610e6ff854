package com.yiti.setup;

import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment term and the due dates it gives an invoice: each instalment falls {@code days} after the invoice date
 * (or after the end of the invoice's month when {@code endOfMonth}); without a plan there is one instalment of
 * 100 % after {@link #days}.
 */
public record PaymentTermView(
        long id,
        String code,
        String nameZh,
        String nameEn,
        int days,
        boolean endOfMonth,
        String instalmentPlan,
        List<Instalment> instalments,
        boolean active,
        long version) {

    public PaymentTermView {
        instalments = List.copyOf(instalments);
    }

    /** One part of the amount: a percentage due a number of days after the term's start. */
    public record Instalment(BigDecimal percent, int days) {}

    /** An amount falling due on a date. */
    public record Due(LocalDate date, BigDecimal amount) {}

    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    /** The last date anything of an invoice issued on that day falls due. */
    public LocalDate dueDate(LocalDate invoiceDate) {
        return start(invoiceDate)
                .plusDays(instalments.get(instalments.size() - 1).days());
    }

    /**
     * The amount split by the plan, to the fen: each instalment rounded half-up, the last one takes what is left, so
     * the parts always add up to the amount.
     */
    public List<Due> schedule(LocalDate invoiceDate, BigDecimal amount) {
        LocalDate start = start(invoiceDate);
        List<Due> dues = new ArrayList<>();
        BigDecimal left = amount;
        for (int i = 0; i < instalments.size(); i++) {
            Instalment part = instalments.get(i);
            BigDecimal value = i == instalments.size() - 1
                    ? left
                    : amount.multiply(part.percent()).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            left = left.subtract(value);
            dues.add(new Due(start.plusDays(part.days()), value));
        }
        return dues;
    }

    private LocalDate start(LocalDate invoiceDate) {
        return endOfMonth ? invoiceDate.with(TemporalAdjusters.lastDayOfMonth()) : invoiceDate;
    }

    /**
     * Reads a plan ({@code 30:0;70:60}); blank means one payment after {@code days}. Refused with a message for the
     * field {@code instalmentPlan}: a part that is not {@code percent:days}, a percentage of 0 or less, above 100, or with
     * more than two decimals, days outside 0–365 or earlier than the part before, or parts not adding up to 100.
     */
    public static List<Instalment> parsePlan(String plan, int days) {
        if (plan == null || plan.isBlank()) {
            return List.of(new Instalment(new BigDecimal("100"), days));
        }
        List<Instalment> parts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int previousDays = 0;
        for (String raw : plan.split(";")) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            String[] pd = item.split(":");
            if (pd.length != 2) {
                throw new BusinessRuleException("instalmentPlan", "paymentTerm.planFormat", item);
            }
            BigDecimal percent;
            int partDays;
            try {
                percent = new BigDecimal(pd[0].trim().replace("%", ""));
                partDays = Integer.parseInt(pd[1].trim());
            } catch (NumberFormatException e) {
                throw new BusinessRuleException("instalmentPlan", "paymentTerm.planFormat", item);
            }
            if (percent.signum() <= 0
                    || percent.compareTo(new BigDecimal("100")) > 0
                    || percent.stripTrailingZeros().scale() > 2) {
                throw new BusinessRuleException("instalmentPlan", "paymentTerm.planPercent", item);
            }
            if (partDays < 0 || partDays > 365 || partDays < previousDays) {
                throw new BusinessRuleException("instalmentPlan", "paymentTerm.planDays", item);
            }
            previousDays = partDays;
            total = total.add(percent);
            parts.add(new Instalment(percent.stripTrailingZeros(), partDays));
        }
        if (parts.isEmpty()) {
            return List.of(new Instalment(new BigDecimal("100"), days));
        }
        if (total.compareTo(new BigDecimal("100")) != 0) {
            throw new BusinessRuleException("instalmentPlan", "paymentTerm.planTotal", total.stripTrailingZeros());
        }
        return parts;
    }

    /** The plan in its canonical text form, or null for a single payment. */
    public static String formatPlan(List<Instalment> parts) {
        if (parts.size() == 1 && parts.get(0).percent().compareTo(new BigDecimal("100")) == 0) {
            return null;
        }
        return String.join(
                ";",
                parts.stream()
                        .map(p -> p.percent().toPlainString() + ":" + p.days())
                        .toList());
    }
}
