package com.yiti.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerData;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerTier;
import com.yiti.customer.CustomerView;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.Approval;
import com.yiti.order.LineData;
import com.yiti.order.LineView;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Price lists (issue 18): a line takes the lowest applicable price (the customer's own list, its tier's, everyone's,
 * by quantity break, in the document's currency, valid and active), says which list gave it, and a line typed below
 * the list's minimum needs approval before the order confirms.
 */
@YitiTest
class PriceListTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    PriceListManagement priceLists;

    @Autowired
    OrderManagement orders;

    @Autowired
    CustomerManagement customers;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    CustomerView tierA() {
        return users.runAs(
                "sales1",
                () -> customers.create(
                        new CustomerData(
                                CrmFixtures.unique("Tier A Co"),
                                null,
                                null,
                                CustomerTier.A,
                                null,
                                null,
                                null,
                                null,
                                null,
                                30,
                                "CNY",
                                CustomerStatus.ACTIVE),
                        true));
    }

    PriceListView list(String code, String currency, CustomerTier tier, Long customerId, LocalDate to) {
        return users.runAs(
                "salesmgr",
                () -> priceLists.create(new PriceListData(
                        code + "-"
                                + CrmFixtures.unique("")
                                        .strip()
                                        .replaceAll("[^A-Za-z0-9]", "")
                                        .toUpperCase(),
                        code,
                        currency,
                        TODAY.minusDays(10),
                        to,
                        tier,
                        customerId)));
    }

    void item(PriceListView l, ProductView p, String from, String price, String discount, String min) {
        users.runAs(
                "salesmgr",
                () -> priceLists.putItem(
                        l.id(),
                        new PriceItemData(
                                p.id(),
                                new BigDecimal(from),
                                price == null ? null : new BigDecimal(price),
                                discount == null ? null : new BigDecimal(discount),
                                min == null ? null : new BigDecimal(min))));
    }

    LineView line(OrderView o) {
        return o.lines().get(o.lines().size() - 1);
    }

    OrderView add(OrderView o, ProductView p, String qty, String price) {
        return users.runAs(
                "sales1",
                () -> orders.addLine(
                        o.id(),
                        orders.get(o.id()).version(),
                        new LineData(p.id(), new BigDecimal(qty), price == null ? null : new BigDecimal(price), null)));
    }

    @Test
    void aLineTakesTheLowestApplicablePriceAndSaysWhichListGaveIt() {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "500");
        CustomerView customer = tierA();
        PriceListView all = list("ALL", "CNY", null, null, null);
        item(all, p, "1", null, "5", null); // 95.00 for everyone
        PriceListView tier = list("TA", "CNY", CustomerTier.A, null, null);
        item(tier, p, "10", "90.00", null, "85.00"); // 90.00 from 10 for tier A, never below 85.00
        PriceListView own = list("OWN", "CNY", null, customer.id(), null);
        item(own, p, "1", "92.00", null, null);
        // not applicable: another currency, another tier, expired, inactive
        item(list("USD", "USD", null, null, null), p, "1", "1.00", null, null);
        item(list("TB", "CNY", CustomerTier.B, null, null), p, "1", "10.00", null, null);
        item(list("OLD", "CNY", null, null, TODAY.minusDays(1)), p, "1", "20.00", null, null);
        PriceListView off = list("OFF", "CNY", null, null, null);
        item(off, p, "1", "30.00", null, null);
        users.runAs("salesmgr", () -> priceLists.setActive(off.id(), false));

        OrderView order = fixtures.draft("sales1", customer.id());
        order = add(order, p, "1", null);
        assertThat(line(order).unitPrice()).isEqualByComparingTo("92.00");
        assertThat(line(order).priceList()).isEqualTo(own.code());
        order = add(order, p, "10", null);
        assertThat(line(order).unitPrice()).isEqualByComparingTo("90.00");
        assertThat(line(order).priceList()).isEqualTo(tier.code());
        assertThat(line(order).priceFloor()).isEqualByComparingTo("85.00");
        assertThat(order.approval()).isEqualTo(Approval.NOT_REQUIRED);

        // typed below the tier list's minimum: approval before the order confirms
        OrderView below = add(order, p, "12", "84.00");
        assertThat(line(below).belowFloor()).isTrue();
        assertThat(below.approval()).isEqualTo(Approval.REQUIRED);
        assertThatThrownBy(() -> users.runAs("sales1", () -> orders.confirm(below.id(), null)))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("order.approvalNeeded"));
        // at the minimum it needs none
        OrderView fresh = fixtures.draft("sales1", customer.id());
        assertThat(add(fresh, p, "12", "85.00").approval()).isEqualTo(Approval.NOT_REQUIRED);
    }

    @Test
    void onlySalesManagersManagersAndAdminKeepPriceListsAndBadInputIsSaidAtTheField() throws Exception {
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> priceLists.create(new PriceListData("REP-LIST", "rep", "CNY", TODAY, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 3, "0");
        PriceListView l = list("CHK", "CNY", null, null, null);
        assertThatThrownBy(() -> item(l, p, "1", "10.00", "5", null))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("priceList.priceOrDiscount"));
        assertThatThrownBy(() -> item(l, p, "1", "10.00", null, "11.00"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("priceList.minAbovePrice"));
        assertThatThrownBy(() -> users.runAs(
                        "salesmgr",
                        () -> priceLists.create(
                                new PriceListData("BAD-DATES", "bad", "CNY", TODAY, TODAY.minusDays(1), null, null))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.field()).isEqualTo("validTo"));

        mvc.perform(get("/api/v1/price-lists/" + l.id()).header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(l.code()));
        String body = "{\"code\":\"API-LIST\",\"name\":\"API\",\"currency\":\"CNY\",\"validFrom\":\"" + TODAY + "\"}";
        mvc.perform(post("/api/v1/price-lists")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/price-lists")
                        .header("Authorization", "Bearer demo-manager-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"API-LIST2\",\"name\":\"API\",\"currency\":\"XYZ1\",\"validFrom\":\""
                                + TODAY + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("currency"));
        mvc.perform(get("/price-lists").with(users.as("sales1"))).andExpect(status().isOk());
        mvc.perform(get("/price-lists/" + l.id()).with(users.as("sales1"))).andExpect(status().isOk());
        mvc.perform(get("/price-lists/new").with(users.as("sales1"))).andExpect(status().isForbidden());
        mvc.perform(get("/price-lists/new").with(users.as("salesmgr"))).andExpect(status().isOk());
        mvc.perform(get("/price-lists").with(users.as("warehouse"))).andExpect(status().isForbidden());
    }
}
