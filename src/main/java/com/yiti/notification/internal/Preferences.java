package com.yiti.notification.internal;

import com.yiti.notification.NotificationKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Preferences extends JpaRepository<Preference, Long> {

    List<Preference> findByUserId(Long userId);

    Optional<Preference> findByUserIdAndKind(Long userId, NotificationKind kind);
}
