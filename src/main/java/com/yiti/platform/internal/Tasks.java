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

    Optional<Task> findFirstByRuleAndRecordRefAndStatus(String rule, String recordRef, TaskStatus status);

    List<Task> findByRuleAndRecordRefAndStatus(String rule, String recordRef, TaskStatus status);
}
