package com.yiti.platform.internal;

import com.yiti.platform.UserDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Times are stored in UTC and shown in the user's zone (default Asia/Shanghai). Templates call it as
 * {@code ${@fmt.dateTime(x)}}.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final UserDirectory directory;
    private final ZoneId defaultZone;

    Formats(UserDirectory directory, @Value("${yiti.default-time-zone:Asia/Shanghai}") String defaultZone) {
        this.directory = directory;
        this.defaultZone = ZoneId.of(defaultZone);
    }

    public ZoneId zone() {
        return directory.current().map(u -> u.zoneId()).orElse(defaultZone);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /**
     * An amount of money as people read it: the currency sign, thousands grouped, two decimals: ¥1,234.56 or
     * -¥80.00. Yiti books in CNY (decision 016); a figure without a sign is a count or a quantity.
     */
    public String money(java.math.BigDecimal amount) {
        return amount == null ? "" : com.yiti.shared.Money.format(amount);
    }

    /** An amount with its currency's sign (¥, US$, €, HK$…). */
    public String money(java.math.BigDecimal amount, String currency) {
        return amount == null ? "" : com.yiti.shared.Money.format(amount, currency);
    }

    /** Today in the user's zone: what "overdue" is measured against. */
    public LocalDate today() {
        return LocalDate.now(zone());
    }
}
