package com.yiti.notification.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Channels extends JpaRepository<Channel, Long> {

    List<Channel> findAllByOrderByName();

    Optional<Channel> findByName(String name);
}
