package com.yiti.setup;

import com.yiti.setup.internal.TaxRate;
import com.yiti.setup.internal.TaxRates;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.shared.Text;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * VAT rates: everyone reads them (products and documents choose from the active ones), ADMIN keeps them. A rate is
 * deactivated, never deleted, so documents that used it keep their meaning.
 */
@Service
@Transactional
public class TaxRateManagement {

    private final TaxRates rates;

    TaxRateManagement(TaxRates rates) {
        this.rates = rates;
    }

    @Transactional(readOnly = true)
    public List<TaxRateView> all() {
        return rates.findAllByOrderByRateDescCode().stream()
                .map(TaxRateManagement::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TaxRateView> active() {
        return all().stream().filter(TaxRateView::active).toList();
    }

    @Transactional(readOnly = true)
    public TaxRateView get(long id) {
        return view(find(id));
    }

    /** Whether a document may use this rate (a fraction, 0.13): some active tax rate has it. */
    @Transactional(readOnly = true)
    public boolean isActiveRate(BigDecimal rate) {
        return rate != null && active().stream().anyMatch(r -> r.rate().compareTo(rate) == 0);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public TaxRateView create(TaxRateData data) {
        String code = Text.referenceCode(data.code());
        if (rates.findByCode(code).isPresent()) {
            throw new BusinessRuleException("code", "reference.codeTaken");
        }
        TaxRate rate = new TaxRate(code);
        apply(rate, data);
        return view(rates.saveAndFlush(rate));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public TaxRateView update(long id, long expectedVersion, TaxRateData data) {
        TaxRate rate = find(id);
        if (rate.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("TaxRate", id);
        }
        apply(rate, data);
        rates.flush();
        return view(rate);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public TaxRateView setActive(long id, boolean active) {
        TaxRate rate = find(id);
        rate.setActive(active);
        rates.flush();
        return view(rate);
    }

    private void apply(TaxRate rate, TaxRateData data) {
        String zh = Text.requiredName(data.nameZh(), "nameZh", 100);
        String en = Text.requiredName(data.nameEn(), "nameEn", 100);
        BigDecimal percent = data.percent();
        if (percent == null
                || percent.signum() < 0
                || percent.compareTo(new BigDecimal("100")) >= 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("percent", "taxRate.percentRange");
        }
        if (data.validFrom() == null) {
            throw new BusinessRuleException("validFrom", "taxRate.validFromRequired");
        }
        rate.change(zh, en, percent.movePointLeft(2), data.validFrom());
    }

    private TaxRate find(long id) {
        return rates.findById(id).orElseThrow(() -> new RecordNotFoundException("TaxRate", id));
    }

    private static TaxRateView view(TaxRate r) {
        return new TaxRateView(
                r.getId(),
                r.getCode(),
                r.getNameZh(),
                r.getNameEn(),
                r.getRate(),
                r.getValidFrom(),
                r.isActive(),
                r.getVersion());
    }
}
