package com.yiti.production.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** A day a work centre does not work although it is one of its working days (春节, 国庆, a maintenance stop). */
@Entity
@Table(name = "prd_work_centre_holiday")
@Audited
public class WorkCentreHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_centre_id", nullable = false, updatable = false)
    private Long workCentreId;

    @Column(name = "off_date", nullable = false, updatable = false)
    private LocalDate offDate;

    @Column(length = 100)
    private String note;

    protected WorkCentreHoliday() {}

    public WorkCentreHoliday(Long workCentreId, LocalDate offDate, String note) {
        this.workCentreId = workCentreId;
        this.offDate = offDate;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Long getWorkCentreId() {
        return workCentreId;
    }

    public LocalDate getOffDate() {
        return offDate;
    }

    public String getNote() {
        return note;
    }
}
