package com.yiti.opportunity.internal;

import com.yiti.opportunity.ActivityType;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface Activities extends JpaRepository<Activity, Long>, JpaSpecificationExecutor<Activity> {

    List<Activity> findByTypeAndDoneFalseAndDueDateLessThanEqual(ActivityType type, LocalDate today);

    List<Activity> findByLeadId(Long leadId);
}
