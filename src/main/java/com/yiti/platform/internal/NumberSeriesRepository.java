package com.yiti.platform.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NumberSeriesRepository extends JpaRepository<NumberSeries, String> {

    List<NumberSeries> findAllByOrderByCode();
}
