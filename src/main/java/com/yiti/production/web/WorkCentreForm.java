package com.yiti.production.web;

import com.yiti.production.WorkCentreData;
import com.yiti.production.WorkCentreView;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The work centre form (and the API's body). */
public class WorkCentreForm {

    private String code;
    private String name;
    private Integer shiftsPerDay = 1;
    private BigDecimal hoursPerShift = new BigDecimal("8");
    private List<DayOfWeek> workingDays = new ArrayList<>(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    private BigDecimal labourRate;
    private BigDecimal overheadRate;
    private boolean active = true;
    private long version;

    static WorkCentreForm of(WorkCentreView w) {
        WorkCentreForm f = new WorkCentreForm();
        f.code = w.code();
        f.name = w.name();
        f.shiftsPerDay = w.shiftsPerDay();
        f.hoursPerShift = w.hoursPerShift();
        f.workingDays = new ArrayList<>(w.workingDays());
        f.labourRate = w.labourRate();
        f.overheadRate = w.overheadRate();
        f.active = w.active();
        f.version = w.version();
        return f;
    }

    WorkCentreData toData() {
        return new WorkCentreData(
                code,
                name,
                shiftsPerDay,
                hoursPerShift,
                workingDays == null || workingDays.isEmpty()
                        ? EnumSet.noneOf(DayOfWeek.class)
                        : EnumSet.copyOf(workingDays),
                labourRate,
                overheadRate,
                active);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getShiftsPerDay() {
        return shiftsPerDay;
    }

    public void setShiftsPerDay(Integer shiftsPerDay) {
        this.shiftsPerDay = shiftsPerDay;
    }

    public BigDecimal getHoursPerShift() {
        return hoursPerShift;
    }

    public void setHoursPerShift(BigDecimal hoursPerShift) {
        this.hoursPerShift = hoursPerShift;
    }

    public List<DayOfWeek> getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(List<DayOfWeek> workingDays) {
        this.workingDays = workingDays;
    }

    public BigDecimal getLabourRate() {
        return labourRate;
    }

    public void setLabourRate(BigDecimal labourRate) {
        this.labourRate = labourRate;
    }

    public BigDecimal getOverheadRate() {
        return overheadRate;
    }

    public void setOverheadRate(BigDecimal overheadRate) {
        this.overheadRate = overheadRate;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
