package com.yiti.aftersales.internal;

import com.yiti.aftersales.TicketStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Tickets extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Ticket t where t.id = :id")
    Optional<Ticket> lock(@Param("id") Long id);

    List<Ticket> findByStatusIn(Collection<TicketStatus> statuses);

    @Query("select count(t) from Ticket t where t.productId = :productId and t.type = :type and t.openedAt >= :since")
    long countSince(
            @Param("productId") Long productId,
            @Param("type") com.yiti.aftersales.TicketType type,
            @Param("since") java.time.Instant since);

    @Query("select t.assigneeId, count(t), sum(case when t.slaMet = true then 1 else 0 end), avg(t.csat)"
            + " from Ticket t where t.resolvedAt >= :from and t.resolvedAt < :to group by t.assigneeId")
    List<Object[]> figuresByAgent(@Param("from") java.time.Instant from, @Param("to") java.time.Instant to);

    @Query("select t.productId, count(t), sum(case when t.slaMet = true then 1 else 0 end), avg(t.csat)"
            + " from Ticket t where t.resolvedAt >= :from and t.resolvedAt < :to group by t.productId")
    List<Object[]> figuresByProduct(@Param("from") java.time.Instant from, @Param("to") java.time.Instant to);

    @Query("select t.customerId, count(t), sum(case when t.slaMet = true then 1 else 0 end), avg(t.csat)"
            + " from Ticket t where t.resolvedAt >= :from and t.resolvedAt < :to group by t.customerId")
    List<Object[]> figuresByCustomer(@Param("from") java.time.Instant from, @Param("to") java.time.Instant to);

    /** Complaints, repairs and returns naming a lot or serial number: product, lot, how many, the latest ticket. */
    @Query("select t.productId, t.lotNumber, count(t), max(t.id) from Ticket t where t.lotNumber is not null"
            + " and t.productId is not null and t.type in (com.yiti.aftersales.TicketType.COMPLAINT,"
            + " com.yiti.aftersales.TicketType.REPAIR, com.yiti.aftersales.TicketType.RETURN)"
            + " group by t.productId, t.lotNumber order by count(t) desc, max(t.id) desc")
    List<Object[]> complaintsByLot(org.springframework.data.domain.Pageable pageable);

    /** Products with open tickets traced to a cause: product, cause, how many, the latest ticket. */
    @Query("select t.productId, t.rootCause, count(t), max(t.id) from Ticket t where t.rootCause in :causes"
            + " and t.status in :open and t.productId is not null group by t.productId, t.rootCause")
    List<Object[]> qualityIssues(
            @Param("causes") Collection<com.yiti.aftersales.RootCause> causes,
            @Param("open") Collection<TicketStatus> open);

    long countByStatusIn(Collection<TicketStatus> statuses);

    /** Complaints opened in a period per product, most first: product id, count. */
    @Query("select t.productId, count(t) from Ticket t where t.type = com.yiti.aftersales.TicketType.COMPLAINT"
            + " and t.productId is not null and t.openedAt >= :from and t.openedAt < :to"
            + " group by t.productId order by count(t) desc")
    List<Object[]> complaintsByProduct(
            @Param("from") java.time.Instant from,
            @Param("to") java.time.Instant to,
            org.springframework.data.domain.Pageable limit);
}
