package com.yiti.platform;

import com.yiti.platform.internal.NumberSeries;
import com.yiti.platform.internal.NumberSeriesRepository;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN sets how document types are numbered: the printed prefix and the yearly reset. The counter belongs to the
 * type, so a new prefix continues the series and no number is ever issued twice.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class NumberSeriesManagement {

    private final NumberSeriesRepository series;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    NumberSeriesManagement(NumberSeriesRepository series, JdbcTemplate jdbc, Clock clock) {
        this.series = series;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NumberSeriesView> all() {
        return series.findAllByOrderByCode().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public NumberSeriesView get(String code) {
        return view(find(code));
    }

    public NumberSeriesView update(String code, long expectedVersion, String prefix, boolean yearlyReset) {
        NumberSeries s = find(code);
        if (s.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("NumberSeries", code);
        }
        String p = prefix == null ? "" : prefix.trim().toUpperCase(Locale.ROOT);
        if (!p.matches("[A-Z][A-Z0-9]{0,9}")) {
            throw new BusinessRuleException("prefix", "numbers.prefixPattern");
        }
        s.change(p, yearlyReset);
        series.flush();
        return view(s);
    }

    private NumberSeriesView view(NumberSeries s) {
        int year = s.isYearlyReset()
                ? LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear()
                : 0;
        Long last = jdbc
                .queryForList(
                        "select last_value from plt_document_sequence where prefix = ? and seq_year = ?",
                        Long.class,
                        s.getCode(),
                        year)
                .stream()
                .findFirst()
                .orElse(0L);
        return new NumberSeriesView(
                s.getCode(),
                s.getPrefix(),
                s.isYearlyReset(),
                s.isGapless(),
                DocumentNumbers.format(s.getPrefix(), year, last + 1),
                s.getVersion());
    }

    private NumberSeries find(String code) {
        return series.findById(code).orElseThrow(() -> new RecordNotFoundException("NumberSeries", code));
    }
}
