package com.yiti.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.customer.CustomerView;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No oversell against the real database: 50 people confirm 50 orders for the same product at the same moment while
 * 10 units are on hand. Exactly 10 get reserved, every confirmation succeeds (the rest are backordered), and no
 * deadlock or lock timeout reaches anyone. Repeated, because a race that shows once in ten runs is still a race.
 */
@YitiTest
class ConcurrentConfirmationTests {

    static final int PEOPLE = 50;

    @Autowired
    OrderManagement orders;

    @Autowired
    InventoryManagement inventory;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TestUsers users;

    @RepeatedTest(6)
    void fiftyConfirmationsCompetingForTenUnitsReserveExactlyTen() throws Exception {
        ProductView p = fixtures.product(ProductType.BOUGHT, "99.00", 5, "10");
        CustomerView customer = crm.customerOf("sales1");
        List<OrderView> drafts = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            drafts.add(fixtures.draft("sales1", customer.id(), p, 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<OrderView>> results = new ArrayList<>();
        for (OrderView draft : drafts) {
            results.add(pool.submit(() -> {
                start.await();
                return users.runAs("sales1", () -> orders.confirm(draft.id(), null));
            }));
        }
        start.countDown();
        BigDecimal reservedOnLines = BigDecimal.ZERO;
        for (Future<OrderView> result : results) {
            OrderView confirmed = result.get(120, TimeUnit.SECONDS); // any exception fails the test here
            assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
            reservedOnLines = reservedOnLines.add(confirmed.lines().get(0).reservedQuantity());
        }
        pool.shutdown();
        assertThat(reservedOnLines).isEqualByComparingTo("10");
        var balance = inventory.balance(p.id(), fixtures.warehouse());
        assertThat(balance.reserved()).isEqualByComparingTo("10");
        assertThat(balance.available()).isZero();
        assertThat(inventory.ledgerViolations()).isEmpty();
    }
}
