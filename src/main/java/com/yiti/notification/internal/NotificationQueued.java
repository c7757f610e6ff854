package com.yiti.notification.internal;

import java.util.List;

/** Deliveries written with a notification, to be tried once its transaction commits (event publication registry). */
public record NotificationQueued(List<Long> deliveryIds) {}
