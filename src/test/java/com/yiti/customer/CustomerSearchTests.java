package com.yiti.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.customer.internal.CustomerNames;
import com.yiti.customer.internal.CustomerSearchIndex;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The customer search by a fragment of the name, a tag or the credit code, narrowed by its index (decision 030). */
@YitiTest
class CustomerSearchTests {

    @Autowired
    CustomerManagement customers;

    @Autowired
    CreditTermsManagement creditTerms;

    @Autowired
    CustomerSearchIndex index;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pairsAreTakenFromTheFoldOfEachText() {
        assertThat(CustomerNames.fold("Ａｃｍｅ Café, 华信")).isEqualTo("acmecafe华信");
        assertThat(CustomerNames.grams("华信科技", "A-b")).containsExactly("ab", "信科", "华信", "科技");
        assertThat(CustomerNames.grams("x", null, "")).isEmpty();
    }

    @Test
    void aFragmentFindsTheCustomerInAnyWidthCaseOrSpacingAndFollowsRenames() {
        index.indexPending();
        String mark = rareMark();
        var created =
                users.runAs("sales1", () -> customers.create(CrmFixtures.data("上海华信科技 " + mark + " 有限公司", null), true));

        String typed = toFullWidth(mark.toUpperCase()).substring(0, 5);
        assertThat(index.narrowingGrams(typed))
                .as("its rarest pairs narrow the search")
                .hasSize(3);
        assertThat(ids("sales1", typed)).containsExactly(created.id());
        assertThat(ids("sales1", "华信科技" + mark.substring(0, 4))).contains(created.id());
        assertThat(ids("sales3", typed))
                .as("another team's rep does not see it")
                .isEmpty();
        assertThat(users.runAs(
                        "finance",
                        () -> creditTerms
                                .creditAccounts(typed, PageRequest.of(0, 10))
                                .map(CreditTerms::customerId)
                                .getContent()))
                .as("finance finds every customer the same way")
                .containsExactly(created.id());

        String other = rareMark();
        var renamed = users.runAs(
                "sales1",
                () -> customers.update(
                        created.id(),
                        created.version(),
                        new CustomerData(
                                "苏州精工 " + other,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "重点," + mark,
                                30,
                                "CNY",
                                CustomerStatus.ACTIVE)));
        assertThat(ids("sales1", other)).containsExactly(renamed.id());
        assertThat(ids("sales1", "华信科技" + mark.substring(0, 4)))
                .as("the old name is gone")
                .isEmpty();
        assertThat(ids("sales1", mark)).as("a tag is found too").containsExactly(renamed.id());
    }

    @Test
    void customersFromBeforeTheIndexAreFoundAndThenIndexedInBatches() {
        String mark = rareMark();
        var created = users.runAs("sales1", () -> customers.create(CrmFixtures.data("宁波港机 " + mark, null), true));
        jdbc.update("DELETE FROM cus_customer_gram WHERE customer_id = ?", created.id());
        jdbc.update("UPDATE cus_customer SET grams_version = 0 WHERE id = ?", created.id());

        assertThat(index.pending()).isTrue();
        assertThat(index.narrowingGrams(mark))
                .as("no narrowing while customers wait")
                .isEmpty();
        assertThat(ids("sales1", mark))
                .as("found by the plain comparison meanwhile")
                .containsExactly(created.id());

        assertThat(index.indexPending()).isPositive();
        assertThat(index.pending()).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM cus_customer_gram WHERE customer_id = ?", Integer.class, created.id()))
                .isEqualTo(CustomerNames.grams("宁波港机 " + mark).size());
        assertThat(index.narrowingGrams(mark)).isNotEmpty();
        assertThat(ids("sales1", mark)).containsExactly(created.id());
    }

    private List<Long> ids(String user, String q) {
        return users.runAs(
                user,
                () -> customers
                        .search(new CustomerFilter(q, null, null, null, null), PageRequest.of(0, 20))
                        .map(CustomerView::id)
                        .getContent());
    }

    /** Letters no other customer holds together (q and z pairs with hex digits). */
    private static String rareMark() {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return "qz" + hex;
    }

    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(ch -> b.append(ch >= '!' && ch <= '~' ? (char) (ch + 0xFEE0) : (char) ch));
        return b.toString();
    }
}
