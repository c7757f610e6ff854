package com.yiti.currency;

import com.yiti.currency.internal.ExchangeRate;
import com.yiti.currency.internal.ExchangeRates;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchange rates: CNY for one unit of a foreign currency, per day, entered or imported by FINANCE (everyone reads
 * them). The rate of a day is the newest one on or before it, at most {@value #STALE_DAYS} days old (weekends and
 * holidays have none); older or none, and a document in that currency cannot be priced or posted, with a message
 * that says which rate to enter. The book currency (CNY) has rate 1.
 */
@Service
@Transactional
public class ExchangeRateManagement {

    public static final String BOOK_CURRENCY = "CNY";
    public static final int STALE_DAYS = 7;
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal MAX_RATE = new BigDecimal("100000");

    private final ExchangeRates rates;
    private final Clock clock;

    ExchangeRateManagement(ExchangeRates rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
    }

    /** CNY → CNY is 1; otherwise the newest rate on or before the day, if not older than a week. */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> rateOn(String currency, LocalDate day) {
        if (currency == null || BOOK_CURRENCY.equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        return rates.findFirstByCurrencyAndRateDateLessThanEqualOrderByRateDateDesc(currency, day)
                .filter(r -> !r.getRateDate().isBefore(day.minusDays(STALE_DAYS)))
                .map(ExchangeRate::getRate);
    }

    /** The rate of a day, or a business error at {@code field}: "no USD rate for 2026-12-04 — FINANCE enters it …". */
    @Transactional(readOnly = true)
    public BigDecimal rate(String currency, LocalDate day, String field) {
        return rateOn(currency, day)
                .orElseThrow(() -> new BusinessRuleException(field, "fx.rateMissing", currency, day.toString()));
    }

    /** A foreign amount in CNY at a rate, to the fen (half up). */
    public static BigDecimal toBook(BigDecimal amount, BigDecimal rate) {
        return amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
    }

    /** A CNY amount in a foreign currency at a rate, to the cent (half up): a list price for a USD customer. */
    public static BigDecimal fromBook(BigDecimal cny, BigDecimal rate) {
        return cny.divide(rate, 2, RoundingMode.HALF_UP);
    }

    @Transactional(readOnly = true)
    public Page<ExchangeRateView> list(String currency, Pageable pageable) {
        String c =
                currency == null || currency.isBlank() ? null : currency.trim().toUpperCase(Locale.ROOT);
        return (c == null
                        ? rates.findAllByOrderByRateDateDescCurrencyAsc(pageable)
                        : rates.findByCurrencyOrderByRateDateDesc(c, pageable))
                .map(ExchangeRateManagement::view);
    }

    /** Each currency's newest rate on or before today. */
    @Transactional(readOnly = true)
    public List<ExchangeRateView> latest() {
        return rates.latest(today()).stream().map(ExchangeRateManagement::view).toList();
    }

    /** Sets a day's rate (a correction replaces it; the history keeps the old one). */
    @PreAuthorize("hasRole('FINANCE')")
    public ExchangeRateView set(NewExchangeRate rate) {
        return view(store(validate(rate, ""), "MANUAL"));
    }

    /** Imports many rates at once: all or none; an error names its line. Returns how many were stored. */
    @PreAuthorize("hasRole('FINANCE')")
    public int importRates(List<NewExchangeRate> list) {
        if (list == null || list.isEmpty()) {
            throw new BusinessRuleException("rates", "fx.importEmpty");
        }
        List<NewExchangeRate> valid = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            valid.add(validate(list.get(i), String.valueOf(i + 1)));
        }
        valid.forEach(r -> store(r, "IMPORT"));
        return valid.size();
    }

    /**
     * Reads pasted or uploaded rates, one per line: currency, date, rate, separated by a comma, tab or semicolon
     * (what a bank's or the PBOC's table pastes as); a header line and blank lines are skipped.
     */
    public static List<NewExchangeRate> parse(String text) {
        List<NewExchangeRate> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()
                    || (out.isEmpty() && line.toLowerCase(Locale.ROOT).startsWith("currency"))) {
                continue;
            }
            String[] cells = line.split("[,;\\t]");
            if (cells.length != 3) {
                throw new BusinessRuleException("rates", "fx.importShape", String.valueOf(i + 1));
            }
            try {
                out.add(new NewExchangeRate(
                        cells[0].strip(), LocalDate.parse(cells[1].strip()), new BigDecimal(cells[2].strip())));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new BusinessRuleException("rates", "fx.importShape", String.valueOf(i + 1));
            }
        }
        return out;
    }

    private NewExchangeRate validate(NewExchangeRate r, String line) {
        String code = r.currency() == null ? "" : r.currency().strip().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw error("currency", "fx.currencyUnknown", line);
        }
        if (BOOK_CURRENCY.equals(code)) {
            throw error("currency", "fx.bookCurrency", line);
        }
        if (r.rateDate() == null) {
            throw error("rateDate", "fx.dateRequired", line);
        }
        if (r.rateDate().isAfter(today())) {
            throw error("rateDate", "fx.rateInFuture", line);
        }
        BigDecimal rate = r.rate();
        if (rate == null
                || rate.signum() <= 0
                || rate.compareTo(MAX_RATE) >= 0
                || rate.stripTrailingZeros().scale() > 6) {
            throw error("rate", "fx.rateRange", line);
        }
        return new NewExchangeRate(code, r.rateDate(), rate.setScale(6, RoundingMode.UNNECESSARY));
    }

    /** An error at the form's field, or, for a line of an import, at {@code rates} naming the line. */
    private static BusinessRuleException error(String field, String code, String line) {
        return line.isEmpty()
                ? new BusinessRuleException(field, code)
                : new BusinessRuleException("rates", code + "Line", line);
    }

    private ExchangeRate store(NewExchangeRate r, String source) {
        ExchangeRate row = rates.findByCurrencyAndRateDate(r.currency(), r.rateDate())
                .orElseGet(() -> new ExchangeRate(r.currency(), r.rateDate()));
        row.set(r.rate(), source);
        return rates.saveAndFlush(row);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BUSINESS_ZONE));
    }

    private static ExchangeRateView view(ExchangeRate r) {
        return new ExchangeRateView(
                r.getId(),
                r.getCurrency(),
                r.getRateDate(),
                r.getRate(),
                r.getSource(),
                r.getUpdatedBy() != null ? r.getUpdatedBy() : r.getCreatedBy(),
                r.getUpdatedAt() != null ? r.getUpdatedAt() : r.getCreatedAt(),
                r.getVersion());
    }
}
