package com.yiti.setup.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Companies extends JpaRepository<Company, Long> {

    Optional<Company> findFirstByOrderById();
}
