package com.yiti.production.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkCentreHolidays extends JpaRepository<WorkCentreHoliday, Long> {

    List<WorkCentreHoliday> findByWorkCentreIdOrderByOffDate(Long workCentreId);

    Optional<WorkCentreHoliday> findByWorkCentreIdAndOffDate(Long workCentreId, LocalDate offDate);

    List<WorkCentreHoliday> findByWorkCentreIdInAndOffDateBetween(
            Collection<Long> workCentreIds, LocalDate from, LocalDate to);
}
