package com.yiti.platform.internal;

import com.yiti.platform.Role;
import com.yiti.platform.TaskStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Tasks extends JpaRepository<Task, Long> {

    /** The inbox: tasks assigned to the user or to any of the user's roles. */
    @Query(value = """
            select t from Task t
            where t.status = :status and (t.assigneeUserId = :userId or t.assigneeRole in :roles)
            """, countQuery = """
            select count(t) from Task t
            where t.status = :status and (t.assigneeUserId = :userId or t.assigneeRole in :roles)
            """)
    Page<Task> inbox(
            @Param("userId") Long userId,
            @Param("roles") Collection<Role> roles,
            @Param("status") TaskStatus status,
            Pageable pageable);

    Page<Task> findByAssigneeUserIdAndStatus(Long userId, TaskStatus status, Pageable pageable);

    @Query(
            "select t.recordRef from Task t where t.rule = :rule and t.status = com.yiti.platform.TaskStatus.OPEN and t.recordRef is not null")
    List<String> findOpenRecordRefs(@Param("rule") String rule);

    @Query(
            "select t.recordRef from Task t where t.rule = :rule and t.status = com.yiti.platform.TaskStatus.OPEN and t.recordRef in :refs")
    List<String> findOpenRecordRefs(@Param("rule") String rule, @Param("refs") Collection<String> refs);

    /** Completes a rule's open tasks for these records in one statement (the version moves, as an entity update would). */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Task t set t.status = com.yiti.platform.TaskStatus.DONE, t.completedBy = :by, t.completedAt = :at,
                t.updatedBy = :by, t.updatedAt = :at, t.version = t.version + 1
            where t.rule = :rule and t.recordRef in :refs and t.status = com.yiti.platform.TaskStatus.OPEN
            """)
    int closeOpen(
            @Param("rule") String rule,
            @Param("refs") Collection<String> refs,
            @Param("by") String by,
            @Param("at") java.time.Instant at);

    Optional<Task> findFirstByRuleAndRecordRefAndStatus(String rule, String recordRef, TaskStatus status);

    List<Task> findByRuleAndRecordRefAndStatus(String rule, String recordRef, TaskStatus status);
}
