package com.yiti.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * The read replica, when one is configured: how far behind the primary it is, for the pages it serves to say so
 * (dashboards). Work is sent to it through {@link com.yiti.shared.ReplicaReads}.
 */
public interface ReadReplica {

    /** The replica's lag (the age of the newest heartbeat it has received), or empty without a replica. */
    Optional<Duration> lag();
}
