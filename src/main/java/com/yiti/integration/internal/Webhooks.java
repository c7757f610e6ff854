package com.yiti.integration.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Webhooks extends JpaRepository<Webhook, Long> {

    List<Webhook> findByActiveTrue();
}
