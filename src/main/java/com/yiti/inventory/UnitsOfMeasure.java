package com.yiti.inventory;

import com.yiti.inventory.internal.Unit;
import com.yiti.inventory.internal.UnitConversion;
import com.yiti.inventory.internal.UnitConversions;
import com.yiti.inventory.internal.Units;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.shared.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units of measure and the conversions between them. Everyone reads them; ADMIN keeps them. A product's unit must be
 * an active unit; a unit is deactivated, never deleted (documents printed it).
 */
@Service
@Transactional
public class UnitsOfMeasure {

    private final Units units;
    private final UnitConversions conversions;

    UnitsOfMeasure(Units units, UnitConversions conversions) {
        this.units = units;
        this.conversions = conversions;
    }

    @Transactional(readOnly = true)
    public List<UnitView> all() {
        return units.findAllByOrderByCode().stream().map(UnitsOfMeasure::view).toList();
    }

    @Transactional(readOnly = true)
    public List<UnitView> active() {
        return all().stream().filter(UnitView::active).toList();
    }

    @Transactional(readOnly = true)
    public UnitView get(long id) {
        return view(find(id));
    }

    @Transactional(readOnly = true)
    public boolean isActive(String code) {
        return code != null && units.existsByCodeAndActiveTrue(code.trim());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UnitView create(String code, String nameZh, String nameEn) {
        String c = Text.blankToNull(code);
        if (c == null || c.length() > 10 || c.contains(" ")) {
            throw new BusinessRuleException("code", "unit.codePattern");
        }
        if (units.findByCode(c).isPresent()) {
            throw new BusinessRuleException("code", "reference.codeTaken");
        }
        Unit unit = new Unit(c);
        apply(unit, nameZh, nameEn);
        return view(units.saveAndFlush(unit));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UnitView update(long id, long expectedVersion, String nameZh, String nameEn) {
        Unit unit = find(id);
        if (unit.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Unit", id);
        }
        apply(unit, nameZh, nameEn);
        units.flush();
        return view(unit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UnitView setActive(long id, boolean active) {
        Unit unit = find(id);
        unit.setActive(active);
        units.flush();
        return view(unit);
    }

    @Transactional(readOnly = true)
    public List<UnitConversionView> conversions() {
        return conversions.findAllByOrderByFromUnitAscToUnitAsc().stream()
                .map(c -> new UnitConversionView(c.getId(), c.getFromUnit(), c.getToUnit(), c.getFactor()))
                .toList();
    }

    /** Sets how many {@code to} units one {@code from} unit is (a second entry for the same pair replaces it). */
    @PreAuthorize("hasRole('ADMIN')")
    public UnitConversionView saveConversion(String from, String to, BigDecimal factor) {
        if (!isActive(from)) {
            throw new BusinessRuleException("fromUnit", "unit.unknown");
        }
        if (!isActive(to)) {
            throw new BusinessRuleException("toUnit", "unit.unknown");
        }
        if (from.trim().equals(to.trim())) {
            throw new BusinessRuleException("toUnit", "unit.sameUnit");
        }
        if (factor == null
                || factor.signum() <= 0
                || factor.stripTrailingZeros().scale() > 6
                || factor.compareTo(new BigDecimal("1000000")) >= 0) {
            throw new BusinessRuleException("factor", "unit.factorRange");
        }
        UnitConversion c = conversions
                .findByFromUnitAndToUnit(from.trim(), to.trim())
                .orElseGet(() -> new UnitConversion(from.trim(), to.trim(), factor));
        c.setFactor(factor);
        conversions.saveAndFlush(c);
        return new UnitConversionView(c.getId(), c.getFromUnit(), c.getToUnit(), c.getFactor());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void removeConversion(long id) {
        conversions.delete(conversions.findById(id).orElseThrow(() -> new RecordNotFoundException("Conversion", id)));
    }

    /**
     * A quantity in another unit, by a direct conversion or its inverse (rounded to the three decimals stock keeps);
     * empty when no conversion links the two.
     */
    @Transactional(readOnly = true)
    public Optional<BigDecimal> convert(BigDecimal quantity, String from, String to) {
        if (from.equals(to)) {
            return Optional.of(quantity);
        }
        Optional<UnitConversion> direct = conversions.findByFromUnitAndToUnit(from, to);
        if (direct.isPresent()) {
            return Optional.of(quantity.multiply(direct.get().getFactor()).setScale(3, RoundingMode.HALF_UP));
        }
        return conversions
                .findByFromUnitAndToUnit(to, from)
                .map(c -> quantity.divide(c.getFactor(), 3, RoundingMode.HALF_UP));
    }

    private static void apply(Unit unit, String nameZh, String nameEn) {
        unit.change(Text.requiredName(nameZh, "nameZh", 50), Text.requiredName(nameEn, "nameEn", 50));
    }

    private Unit find(long id) {
        return units.findById(id).orElseThrow(() -> new RecordNotFoundException("Unit", id));
    }

    private static UnitView view(Unit u) {
        return new UnitView(u.getId(), u.getCode(), u.getNameZh(), u.getNameEn(), u.isActive(), u.getVersion());
    }
}
