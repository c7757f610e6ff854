package com.yiti.production;

import com.yiti.production.internal.Routings;
import com.yiti.production.internal.WorkCentre;
import com.yiti.production.internal.WorkCentreHoliday;
import com.yiti.production.internal.WorkCentreHolidays;
import com.yiti.production.internal.WorkCentres;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work centres and their calendars (working days, shifts, holidays): what capacity planning and the routing's costs
 * read. PRODUCTION and ADMIN change them; MANAGER reads (the routes say so).
 */
@Service
@Transactional
public class WorkCentreManagement {

    private static final BigDecimal DAY_HOURS = BigDecimal.valueOf(24);

    private final WorkCentres centres;
    private final WorkCentreHolidays holidays;
    private final Routings routings;

    WorkCentreManagement(WorkCentres centres, WorkCentreHolidays holidays, Routings routings) {
        this.centres = centres;
        this.holidays = holidays;
        this.routings = routings;
    }

    @Transactional(readOnly = true)
    public Page<WorkCentreView> list(String q, Pageable pageable) {
        String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        return centres.search(like, pageable).map(w -> view(w, List.of()));
    }

    /** The active work centres, for choosing one in a routing. */
    @Transactional(readOnly = true)
    public List<WorkCentreView> active() {
        return centres.findAll(Sort.by("code")).stream()
                .filter(WorkCentre::isActive)
                .map(w -> view(w, List.of()))
                .toList();
    }

    @Transactional(readOnly = true)
    public WorkCentreView get(long id) {
        WorkCentre w = find(id);
        return view(w, holidays.findByWorkCentreIdOrderByOffDate(id));
    }

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public WorkCentreView create(WorkCentreData data) {
        String code = code(data.code());
        if (centres.findByCode(code).isPresent()) {
            throw new BusinessRuleException("code", "workCentre.codeTaken");
        }
        WorkCentre w = new WorkCentre(code);
        apply(w, code, data);
        centres.saveAndFlush(w);
        return get(w.getId());
    }

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public WorkCentreView update(long id, long expectedVersion, WorkCentreData data) {
        WorkCentre w = find(id);
        if (w.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("WorkCentre", id);
        }
        String code = code(data.code());
        centres.findByCode(code).filter(o -> !o.getId().equals(w.getId())).ifPresent(o -> {
            throw new BusinessRuleException("code", "workCentre.codeTaken");
        });
        if (w.isActive() && !data.isActive() && routings.usesWorkCentre(id)) {
            throw new BusinessRuleException("active", "workCentre.inUse");
        }
        apply(w, code, data);
        centres.flush();
        return get(id);
    }

    /** A day off at the work centre (a holiday or a maintenance stop). */
    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public WorkCentreView addHoliday(long id, LocalDate date, String note) {
        find(id);
        if (date == null) {
            throw new BusinessRuleException("date", "field.required");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > 100) {
            throw new BusinessRuleException("note", "field.tooLong", 100);
        }
        if (holidays.findByWorkCentreIdAndOffDate(id, date).isPresent()) {
            throw new BusinessRuleException("date", "workCentre.holidayTaken");
        }
        holidays.saveAndFlush(new WorkCentreHoliday(id, date, n));
        return get(id);
    }

    @PreAuthorize("hasAnyRole('PRODUCTION', 'ADMIN')")
    public WorkCentreView removeHoliday(long id, long holidayId) {
        WorkCentreHoliday h = holidays.findById(holidayId)
                .filter(x -> x.getWorkCentreId() == id)
                .orElseThrow(() -> new RecordNotFoundException("WorkCentreHoliday", holidayId));
        holidays.delete(h);
        holidays.flush();
        return get(id);
    }

    /** Hours the work centre works on a day: none on a day that is not a working day or is a holiday. */
    @Transactional(readOnly = true)
    public BigDecimal hoursOn(long id, LocalDate date) {
        WorkCentre w = find(id);
        if (!w.getWorkingDays().contains(date.getDayOfWeek())
                || holidays.findByWorkCentreIdAndOffDate(id, date).isPresent()) {
            return BigDecimal.ZERO;
        }
        return w.hoursPerDay();
    }

    /** Hours available from one day to another, both included. */
    @Transactional(readOnly = true)
    public BigDecimal hoursBetween(long id, LocalDate from, LocalDate to) {
        WorkCentre w = find(id);
        Set<LocalDate> off = holidays.findByWorkCentreIdInAndOffDateBetween(List.of(id), from, to).stream()
                .map(WorkCentreHoliday::getOffDate)
                .collect(Collectors.toSet());
        BigDecimal hours = BigDecimal.ZERO;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (w.getWorkingDays().contains(d.getDayOfWeek()) && !off.contains(d)) {
                hours = hours.add(w.hoursPerDay());
            }
        }
        return hours;
    }

    private WorkCentre find(long id) {
        return centres.findById(id).orElseThrow(() -> new RecordNotFoundException("WorkCentre", id));
    }

    private static String code(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z0-9][A-Z0-9_-]{0,19}")) {
            throw new BusinessRuleException("code", "workCentre.codePattern");
        }
        return c;
    }

    private static void apply(WorkCentre w, String code, WorkCentreData d) {
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty()) {
            throw new BusinessRuleException("name", "field.required");
        }
        if (name.length() > 100) {
            throw new BusinessRuleException("name", "field.tooLong", 100);
        }
        if (d.shiftsPerDay() == null || d.shiftsPerDay() < 1 || d.shiftsPerDay() > 3) {
            throw new BusinessRuleException("shiftsPerDay", "workCentre.shiftsRange");
        }
        if (d.hoursPerShift() == null
                || d.hoursPerShift().signum() <= 0
                || d.hoursPerShift()
                                .multiply(BigDecimal.valueOf(d.shiftsPerDay()))
                                .compareTo(DAY_HOURS)
                        > 0) {
            throw new BusinessRuleException("hoursPerShift", "workCentre.hoursRange");
        }
        if (d.workingDays() == null || d.workingDays().isEmpty()) {
            throw new BusinessRuleException("workingDays", "workCentre.workingDaysNone");
        }
        if (d.labourRate() == null || d.labourRate().signum() < 0) {
            throw new BusinessRuleException("labourRate", "workCentre.rate");
        }
        if (d.overheadRate() == null || d.overheadRate().signum() < 0) {
            throw new BusinessRuleException("overheadRate", "workCentre.rate");
        }
        w.apply(
                code,
                name,
                d.shiftsPerDay(),
                d.hoursPerShift(),
                d.workingDays(),
                d.labourRate(),
                d.overheadRate(),
                d.isActive());
    }

    static WorkCentreView view(WorkCentre w, List<WorkCentreHoliday> off) {
        return new WorkCentreView(
                w.getId(),
                w.getCode(),
                w.getName(),
                w.getShiftsPerDay(),
                w.getHoursPerShift(),
                w.hoursPerDay(),
                w.getWorkingDays(),
                w.getLabourRate(),
                w.getOverheadRate(),
                w.getLabourRate().add(w.getOverheadRate()),
                w.isActive(),
                off.stream()
                        .map(h -> new WorkCentreView.Holiday(h.getId(), h.getOffDate(), h.getNote()))
                        .toList(),
                w.getVersion());
    }
}
