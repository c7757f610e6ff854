package com.yiti.platform.internal;

import com.yiti.platform.ReadReplica;
import com.yiti.shared.ReplicaReads;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A read replica by configuration ({@code yiti.replica.url}, or {@code YITI_REPLICA_URL}; user and password default to
 * the primary's): the application's data source becomes a router that hands a connection of the replica to work run
 * through {@link ReplicaReads} (dashboards, exports) and the primary's to everything else. While a replica is
 * configured, a heartbeat row on the primary is rewritten every 5 seconds; its age on the replica is the lag the
 * dashboard shows. Without one, nothing changes: Boot's own data source, and no lag.
 */
@Configuration(proxyBeanMethods = false)
class ReadReplicaConfig {

    static final String WITH_REPLICA = "'${yiti.replica.url:}' != ''";
    static final String WITHOUT_REPLICA = "'${yiti.replica.url:}' == ''";

    @Bean
    @ConditionalOnExpression(WITHOUT_REPLICA)
    ReadReplica noReplica() {
        return Optional::empty;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(WITH_REPLICA)
    static class WithReplica {

        /** The primary, configured as Boot configures its own ({@code spring.datasource.*}, Hikari settings). */
        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource primaryDataSource(DataSourceProperties properties) {
            HikariDataSource primary = properties
                    .initializeDataSourceBuilder()
                    .type(HikariDataSource.class)
                    .build();
            primary.setPoolName("primary");
            return primary;
        }

        @Bean
        HikariDataSource replicaDataSource(
                DataSourceProperties properties,
                @Value("${yiti.replica.url}") String url,
                @Value("${yiti.replica.username:}") String username,
                @Value("${yiti.replica.password:}") String password,
                @Value("${yiti.replica.pool-size:5}") int poolSize) {
            HikariDataSource replica = new HikariDataSource();
            replica.setPoolName("replica");
            replica.setJdbcUrl(url);
            replica.setUsername(username.isEmpty() ? properties.determineUsername() : username);
            replica.setPassword(password.isEmpty() ? properties.determinePassword() : password);
            replica.setMaximumPoolSize(poolSize);
            replica.setReadOnly(true);
            replica.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            return replica;
        }

        @Bean
        @Primary
        DataSource dataSource(
                @Qualifier("primaryDataSource") DataSource primary,
                @Qualifier("replicaDataSource") DataSource replica) {
            return new ReplicaRouting(primary, replica);
        }

        @Bean
        ReplicaHeartbeat readReplica(
                @Qualifier("primaryDataSource") DataSource primary,
                @Qualifier("replicaDataSource") DataSource replica,
                Clock clock) {
            return new ReplicaHeartbeat(new JdbcTemplate(primary), new JdbcTemplate(replica), clock);
        }
    }

    /** Connections of the replica for work that asked for it, of the primary otherwise. */
    static final class ReplicaRouting extends AbstractRoutingDataSource {

        ReplicaRouting(DataSource primary, DataSource replica) {
            setTargetDataSources(Map.of("primary", primary, "replica", replica));
            setDefaultTargetDataSource(primary);
            afterPropertiesSet();
        }

        @Override
        protected Object determineCurrentLookupKey() {
            return ReplicaReads.requested() ? "replica" : "primary";
        }
    }

    /** Writes the heartbeat on the primary and measures its age on the replica. */
    static class ReplicaHeartbeat implements ReadReplica {

        private final JdbcTemplate primary;
        private final JdbcTemplate replica;
        private final Clock clock;

        ReplicaHeartbeat(JdbcTemplate primary, JdbcTemplate replica, Clock clock) {
            this.primary = primary;
            this.replica = replica;
            this.clock = clock;
        }

        /** Every node beats (a later beat simply wins): the lag stays measured while any node runs. */
        @Scheduled(initialDelayString = "PT1S", fixedDelayString = "PT5S")
        void beat() {
            // instant(), not millis(): the application's clock ticks in microseconds, and Clock.tick's millis() divides
            // by the whole milliseconds of its tick (none)
            long now = clock.instant().toEpochMilli();
            primary.update("UPDATE plt_heartbeat SET beat_millis = ? WHERE id = 1 AND beat_millis < ?", now, now);
        }

        @Override
        public Optional<Duration> lag() {
            Long beat = replica.queryForObject("SELECT beat_millis FROM plt_heartbeat WHERE id = 1", Long.class);
            // no heartbeat received yet (0): behind by all of time, as far as anyone can tell
            long received = beat == null ? 0 : beat;
            return Optional.of(Duration.ofMillis(Math.max(0, clock.instant().toEpochMilli() - received)));
        }
    }
}
