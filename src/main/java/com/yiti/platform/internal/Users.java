package com.yiti.platform.internal;

import com.yiti.platform.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Users extends JpaRepository<User, Long> {

    /** The user with its roles, in one statement (read on every request that needs the signed-in user). */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "roles")
    Optional<User> findByUsername(String username);

    /** The user's row locked: two requests with the same one-time code are decided one after the other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from User u where u.username = :username")
    Optional<User> lockByUsername(@Param("username") String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from User u
            where :q is null
               or lower(u.username) like lower(concat('%', :q, '%'))
               or lower(u.displayName) like lower(concat('%', :q, '%'))
               or lower(u.email) like lower(concat('%', :q, '%'))
            """)
    Page<User> search(@Param("q") String q, Pageable pageable);

    @Query("select u from User u join u.roles r where r = :role and u.enabled = true order by u.displayName")
    List<User> findEnabledByRole(@Param("role") Role role);

    /** Enabled users holding any of these roles, with their roles, in one statement. */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "roles")
    @Query("select distinct u from User u where u.enabled = true and exists"
            + " (select 1 from User v join v.roles r where v = u and r in :roles)")
    List<User> findEnabledByRoles(@Param("roles") java.util.Collection<Role> roles);

    List<User> findByDepartmentIdIn(java.util.Collection<Long> departmentIds);

    /** Counts a failed sign-in atomically and locks the account once the limit is reached. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update User u set
              u.lockedUntil = case when u.failedLogins + 1 >= :limit then :lockUntil else u.lockedUntil end,
              u.failedLogins = case when u.failedLogins + 1 >= :limit then 0 else u.failedLogins + 1 end
            where u.username = :username
            """)
    int recordFailedLogin(
            @Param("username") String username, @Param("limit") int limit, @Param("lockUntil") Instant lockUntil);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query(
            "update User u set u.failedLogins = 0, u.lockedUntil = null where u.username = :username and (u.failedLogins > 0 or u.lockedUntil is not null)")
    int resetFailedLogins(@Param("username") String username);

    /** Id and display name of these users (a projection: no roles loaded). */
    @Query("select u.id, u.displayName from User u where u.id in :ids")
    List<Object[]> displayNamesOf(@Param("ids") java.util.Collection<Long> ids);
}
