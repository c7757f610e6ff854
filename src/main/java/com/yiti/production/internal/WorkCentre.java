package com.yiti.production.internal;

import com.yiti.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;

/**
 * A place where operations run (a line, a cell, a machine group): its capacity is shifts × hours per shift on its
 * working days, none on its holidays; an hour there costs its labour and overhead rates.
 */
@Entity
@Table(name = "prd_work_centre")
@Audited
public class WorkCentre extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "shifts_per_day", nullable = false)
    private int shiftsPerDay;

    @Column(name = "hours_per_shift", nullable = false, precision = 5, scale = 2)
    private BigDecimal hoursPerShift;

    /** ISO day numbers, 1 (Monday) to 7, comma-separated. */
    @Column(name = "working_days", nullable = false, length = 30)
    private String workingDays;

    @Column(name = "labour_rate", nullable = false, precision = 19, scale = 2)
    private BigDecimal labourRate;

    @Column(name = "overhead_rate", nullable = false, precision = 19, scale = 2)
    private BigDecimal overheadRate;

    @Column(nullable = false)
    private boolean active = true;

    protected WorkCentre() {}

    public WorkCentre(String code) {
        this.code = code;
    }

    public void apply(
            String code,
            String name,
            int shiftsPerDay,
            BigDecimal hoursPerShift,
            Set<DayOfWeek> workingDays,
            BigDecimal labourRate,
            BigDecimal overheadRate,
            boolean active) {
        this.code = code;
        this.name = name;
        this.shiftsPerDay = shiftsPerDay;
        this.hoursPerShift = hoursPerShift;
        this.workingDays = workingDays.stream()
                .sorted()
                .map(d -> Integer.toString(d.getValue()))
                .collect(Collectors.joining(","));
        this.labourRate = labourRate;
        this.overheadRate = overheadRate;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getShiftsPerDay() {
        return shiftsPerDay;
    }

    public BigDecimal getHoursPerShift() {
        return hoursPerShift;
    }

    public Set<DayOfWeek> getWorkingDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (workingDays != null && !workingDays.isBlank()) {
            Arrays.stream(workingDays.split(","))
                    .map(s -> DayOfWeek.of(Integer.parseInt(s.strip())))
                    .forEach(days::add);
        }
        return days;
    }

    public BigDecimal getLabourRate() {
        return labourRate;
    }

    public BigDecimal getOverheadRate() {
        return overheadRate;
    }

    public boolean isActive() {
        return active;
    }

    /** Hours on a working day that is not a holiday. */
    public BigDecimal hoursPerDay() {
        return hoursPerShift.multiply(BigDecimal.valueOf(shiftsPerDay));
    }
}
