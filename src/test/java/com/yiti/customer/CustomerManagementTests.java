package com.yiti.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yiti.customer.internal.CustomerNames;
import com.yiti.setup.CreditCodes;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@YitiTest
class CustomerManagementTests {

    @Autowired
    CustomerManagement customers;

    @Autowired
    com.yiti.customer.CreditTermsManagement creditTerms;

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures fixtures;

    @Test
    void creditCodeCheckDigit() {
        assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
        assertThat(CreditCodes.isValid("91350100M000100Y44")).isFalse();
        assertThat(CreditCodes.isValid("91350100M000100Y4")).isFalse();
        assertThat(CreditCodes.isValid("91350100I000100Y43"))
                .as("I is not in the alphabet")
                .isFalse();
        assertThat(CreditCodes.isValid(validCode())).isTrue();
    }

    @Test
    void namesNormalizeForTheDuplicateGuard() {
        assertThat(CustomerNames.normalize("上海 华信科技（有限公司）")).isEqualTo(CustomerNames.normalize("上海华信科技有限公司"));
        assertThat(CustomerNames.normalize("ACME Co., Ltd.")).isEqualTo(CustomerNames.normalize("acme"));
        assertThat(CustomerNames.normalize("ＡＣＭＥ")).isEqualTo("acme");
    }

    @Test
    void similarNameAsksForConfirmationAndExactCreditCodeIsRefused() {
        String name = CrmFixtures.unique("苏州精工");
        String code = validCode();
        users.runAs("sales1", () -> customers.create(CrmFixtures.data(name + "有限公司", code), false));

        assertThatThrownBy(() ->
                        users.runAs("sales1", () -> customers.create(CrmFixtures.data(name + " 有限责任公司", null), false)))
                .isInstanceOf(DuplicateCustomerException.class)
                .satisfies(e -> assertThat(((DuplicateCustomerException) e).visibleMatches())
                        .hasSize(1));
        // sales3 is in another team: told that a match exists, not which one
        assertThatThrownBy(() ->
                        users.runAs("sales3", () -> customers.create(CrmFixtures.data(name + "有限公司", null), false)))
                .isInstanceOf(DuplicateCustomerException.class)
                .satisfies(e -> {
                    var d = (DuplicateCustomerException) e;
                    assertThat(d.visibleMatches()).isEmpty();
                    assertThat(d.hiddenMatches()).isEqualTo(1);
                });
        var confirmed = users.runAs("sales1", () -> customers.create(CrmFixtures.data(name + " 有限责任公司", null), true));
        assertThat(confirmed.id()).isPositive();

        assertThatThrownBy(() -> users.runAs(
                        "sales2", () -> customers.create(CrmFixtures.data(CrmFixtures.unique("Other"), code), true)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).code()).isEqualTo("customer.creditCodeTaken"));
    }

    @Test
    void badInputIsRefusedAtTheField() {
        assertThatThrownBy(() ->
                        users.runAs("sales1", () -> customers.create(CrmFixtures.data("x".repeat(201), null), true)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("name"));
        assertThatThrownBy(() ->
                        users.runAs("sales1", () -> customers.create(CrmFixtures.data("Bad code", "12345"), true)))
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("creditCode"));
        var c = fixtures.customerOf("sales1");
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> customers.addContact(
                                c.id(), new ContactData("王", null, "12345678901", null, null, null, false))))
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("mobile"));
        assertThatThrownBy(() -> users.runAs(
                        "sales1",
                        () -> customers.addContact(
                                c.id(), new ContactData("王", null, null, null, "not-an-email", null, false))))
                .satisfies(e -> assertThat(((BusinessRuleException) e).field()).isEqualTo("email"));
        assertThat(users.runAs("sales1", () -> customers.contacts(c.id()))).isEmpty();
    }

    @Test
    void mobileNumbersAreNormalized() {
        var c = fixtures.customerOf("sales1");
        var contact = users.runAs(
                "sales1",
                () -> customers.addContact(
                        c.id(), new ContactData("李", null, "+86 138-0013-8000", null, null, null, true)));
        assertThat(contact.mobile()).isEqualTo("13800138000");
    }

    @Test
    void onlyOneContactIsPrimary() {
        var c = fixtures.customerOf("sales2");
        users.runAs(
                "sales2", () -> customers.addContact(c.id(), new ContactData("A", null, null, null, null, null, true)));
        users.runAs(
                "sales2", () -> customers.addContact(c.id(), new ContactData("B", null, null, null, null, null, true)));
        var contacts = users.runAs("sales2", () -> customers.contacts(c.id()));
        assertThat(contacts)
                .filteredOn(ContactView::primary)
                .extracting(ContactView::name)
                .containsExactly("B");
    }

    @Test
    void scopeOwnTeamAll() {
        var own = fixtures.customerOf("sales1");
        var teammate = fixtures.customerOf("sales2");
        var otherTeam = fixtures.customerOf("sales3");

        assertThat(users.runAs("sales1", () -> customers.get(own.id()))).isNotNull();
        assertThatThrownBy(() -> users.runAs("sales1", () -> customers.get(teammate.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> users.runAs("sales1", () -> customers.get(otherTeam.id())))
                .isInstanceOf(RecordNotFoundException.class);

        assertThat(users.runAs("salesmgr", () -> customers.get(teammate.id()))).isNotNull();
        assertThatThrownBy(() -> users.runAs("salesmgr", () -> customers.get(otherTeam.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(users.runAs("manager", () -> customers.get(otherTeam.id()))).isNotNull();
        assertThat(users.runAs("admin", () -> customers.get(otherTeam.id()))).isNotNull();

        var salesOneList = users.runAs(
                "sales1",
                () -> customers
                        .search(CustomerFilter.none(), PageRequest.of(0, 1000))
                        .getContent());
        long sales1Id = own.ownerId();
        assertThat(salesOneList).isNotEmpty().allMatch(c -> c.ownerId() == sales1Id);
        var filteredToOther = users.runAs(
                "sales1",
                () -> customers
                        .search(new CustomerFilter(null, teammate.ownerId(), null, null, null), PageRequest.of(0, 10))
                        .getContent());
        assertThat(filteredToOther).as("an owner filter cannot widen the scope").isEmpty();
        assertThat(users.runAs("sales1", () -> customers.quickSearch(teammate.name(), 10)))
                .isEmpty();
        assertThat(users.runAs("salesmgr", () -> customers.quickSearch(teammate.name(), 10)))
                .hasSize(1);
    }

    @Test
    void managerReadsButCannotWrite() {
        var c = fixtures.customerOf("sales1");
        assertThatThrownBy(() -> users.runAs(
                        "manager", () -> customers.update(c.id(), c.version(), CrmFixtures.data("Renamed", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs(
                        "manager", () -> customers.create(CrmFixtures.data(CrmFixtures.unique("M"), null), true)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staleUpdateIsRefused() {
        var c = fixtures.customerOf("sales1");
        users.runAs("sales1", () -> customers.update(c.id(), c.version(), CrmFixtures.data(c.name() + " A", null)));
        assertThatThrownBy(() -> users.runAs(
                        "sales1", () -> customers.update(c.id(), c.version(), CrmFixtures.data(c.name() + " B", null))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(users.runAs("sales1", () -> customers.get(c.id()).name())).isEqualTo(c.name() + " A");
    }

    @Test
    void reassigningIsForManagersWithinTheirTeam() {
        var c = fixtures.customerOf("sales1");
        long sales2 = fixtures.customerOf("sales2").ownerId();
        long sales3 = fixtures.customerOf("sales3").ownerId();
        assertThatThrownBy(() -> users.runAs("sales1", () -> {
                    customers.reassignOwner(c.id(), sales2);
                    return null;
                }))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> users.runAs("salesmgr", () -> {
                    customers.reassignOwner(c.id(), sales3);
                    return null;
                }))
                .isInstanceOf(BusinessRuleException.class);
        users.runAs("salesmgr", () -> {
            customers.reassignOwner(c.id(), sales2);
            return null;
        });
        assertThat(users.runAs("admin", () -> customers.get(c.id()).ownerId())).isEqualTo(sales2);
        var history = users.runAs("admin", () -> customers.history(c.id()));
        assertThat(history.get(0).by()).isEqualTo("salesmgr");
        assertThat(history.get(0).state().ownerId()).isEqualTo(sales2);
        assertThat(history.get(1).state().ownerId()).isEqualTo(c.ownerId());
    }

    @Test
    void creditTermsAreFinancesAndAudited() {
        var c = fixtures.customerOf("sales1");
        assertThatThrownBy(() -> users.runAs("sales1", () -> {
                    creditTerms.changeCreditTerms(c.id(), new BigDecimal("100000"), 45);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        users.runAs("finance", () -> {
            creditTerms.changeCreditTerms(c.id(), new BigDecimal("100000"), 45);
            return null;
        });
        var after = users.runAs("admin", () -> customers.get(c.id()));
        assertThat(after.creditLimit()).isEqualByComparingTo("100000.00");
        assertThat(after.paymentTermsDays()).isEqualTo(45);
        var history = users.runAs("admin", () -> customers.history(c.id()));
        assertThat(history.get(0).by()).isEqualTo("finance");
        assertThat(history.get(1).state().creditLimit()).isNull();
    }

    static String validCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        Random random = new Random();
        StringBuilder sb = new StringBuilder("9144");
        while (sb.length() < 17) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.append(CreditCodes.checkCharacter(sb.toString())).toString();
    }
}
