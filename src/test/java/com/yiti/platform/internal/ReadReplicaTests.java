package com.yiti.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.shared.ReplicaReads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The read replica by configuration (issue 22): dashboards and exports read the replica, everything else the primary,
 * and the lag the dashboard shows is the age of the newest heartbeat the replica holds. Two in-memory databases stand
 * for primary and replica; "replication" is copying the heartbeat row.
 */
class ReadReplicaTests {

    private JdbcTemplate primary;
    private JdbcTemplate replica;
    private JdbcTemplate routed;

    @BeforeEach
    void databases() {
        DataSource p = database("primary");
        DataSource r = database("replica");
        primary = new JdbcTemplate(p);
        replica = new JdbcTemplate(r);
        routed = new JdbcTemplate(new ReadReplicaConfig.ReplicaRouting(p, r));
    }

    @Test
    void workThatAsksForTheReplicaReadsItAndEverythingElseThePrimary() throws Exception {
        assertThat(whichDatabase()).isEqualTo("primary");
        assertThat(ReplicaReads.call(this::whichDatabase)).isEqualTo("replica");
        // nested requests keep the replica; leaving the outer one returns to the primary
        assertThat(ReplicaReads.call(() -> ReplicaReads.call(this::whichDatabase) + "/" + whichDatabase()))
                .isEqualTo("replica/replica");
        assertThat(whichDatabase()).isEqualTo("primary");
        String[] streamed = new String[1];
        ReplicaReads.stream(() -> streamed[0] = whichDatabase());
        assertThat(streamed[0]).isEqualTo("replica");
        assertThat(whichDatabase()).isEqualTo("primary");
    }

    @Test
    void theLagIsTheAgeOfTheNewestHeartbeatTheReplicaHolds() {
        Instant now = Instant.parse("2026-12-05T08:00:00Z");
        var heartbeat = new ReadReplicaConfig.ReplicaHeartbeat(primary, replica, clock(now));
        // nothing replicated yet: behind by more than an hour, whatever the primary wrote
        heartbeat.beat();
        assertThat(primary.queryForObject("SELECT beat_millis FROM plt_heartbeat", Long.class))
                .isEqualTo(now.toEpochMilli());
        assertThat(heartbeat.lag()).hasValueSatisfying(lag -> assertThat(lag).isGreaterThan(Duration.ofHours(1)));
        // a beat of 7 seconds ago arrived
        replica.update("UPDATE plt_heartbeat SET beat_millis = ?", now.toEpochMilli() - 7_000);
        assertThat(heartbeat.lag()).contains(Duration.ofSeconds(7));
        // the latest arrived
        replica.update("UPDATE plt_heartbeat SET beat_millis = ?", now.toEpochMilli());
        assertThat(heartbeat.lag()).contains(Duration.ZERO);
    }

    @Test
    void anOlderClockNeverMovesTheHeartbeatBack() {
        Instant now = Instant.parse("2026-12-05T08:00:00Z");
        new ReadReplicaConfig.ReplicaHeartbeat(primary, replica, clock(now)).beat();
        // a second node whose clock is a second behind
        new ReadReplicaConfig.ReplicaHeartbeat(primary, replica, clock(now.minusSeconds(1))).beat();
        assertThat(primary.queryForObject("SELECT beat_millis FROM plt_heartbeat", Long.class))
                .isEqualTo(now.toEpochMilli());
    }

    /** Fixed, and ticking in microseconds like the application's clock. */
    private static Clock clock(Instant at) {
        return Clock.tick(Clock.fixed(at, ZoneOffset.UTC), Duration.ofNanos(1000));
    }

    private String whichDatabase() {
        return routed.queryForObject("SELECT name FROM which_database", String.class);
    }

    private static DataSource database(String name) {
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.execute("CREATE TABLE which_database (name VARCHAR(20))");
        jdbc.update("INSERT INTO which_database VALUES (?)", name);
        jdbc.execute("CREATE TABLE plt_heartbeat (id INT PRIMARY KEY, beat_millis BIGINT NOT NULL)");
        jdbc.update("INSERT INTO plt_heartbeat VALUES (1, 0)");
        return ds;
    }
}
