package com.yiti.opportunity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Campaigns extends JpaRepository<Campaign, Long> {

    List<Campaign> findAllByOrderByStartDateDescIdDesc();
}
