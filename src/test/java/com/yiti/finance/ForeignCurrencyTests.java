package com.yiti.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.currency.ExchangeRateManagement;
import com.yiti.currency.NewExchangeRate;
import com.yiti.customer.CustomerData;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerStatus;
import com.yiti.customer.CustomerView;
import com.yiti.finance.internal.Journal;
import com.yiti.finance.internal.Journal.Leg;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.OrderData;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderStatus;
import com.yiti.order.OrderView;
import com.yiti.shared.BusinessRuleException;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Foreign currency (issue 18): a customer billed in SGD is priced from CNY list prices at the day's rate, checked
 * against its CNY credit limit at that rate, invoiced in SGD with the journal in CNY (the SGD amounts kept on the
 * lines), paid at a later rate with the exchange difference booked; a currency without a rate cannot be sold in.
 */
@YitiTest
class ForeignCurrencyTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    ExchangeRateManagement rates;

    @Autowired
    CustomerManagement customers;

    @Autowired
    com.yiti.customer.CreditTermsManagement creditTerms;

    @Autowired
    OrderManagement orders;

    @Autowired
    ReceivablesManagement receivables;

    @Autowired
    PaymentManagement payments;

    @Autowired
    LedgerManagement ledger;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The currencies these tests own (the demo has USD, EUR, HKD) start without rates, also on a database reused. */
    @org.junit.jupiter.api.BeforeEach
    void noRatesOfTheTestsCurrencies() {
        jdbc.update("delete from cur_exchange_rate where currency in ('CHF', 'NZD', 'AUD', 'MYR')");
    }

    CustomerView customerIn(String currency, String limit) {
        CustomerView c = users.runAs(
                "sales1",
                () -> customers.create(
                        new CustomerData(
                                CrmFixtures.unique(currency + " Trading"),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                30,
                                currency,
                                CustomerStatus.ACTIVE),
                        true));
        users.runAs("finance", () -> {
            creditTerms.changeCreditTerms(c.id(), limit == null ? null : new BigDecimal(limit), 30);
            return null;
        });
        return c;
    }

    void rate(String currency, LocalDate day, String rate) {
        users.runAs("finance", () -> rates.set(new NewExchangeRate(currency, day, new BigDecimal(rate))));
    }

    InvoiceView invoiceOf(long orderId) {
        return InvoiceAwait.invoiceOf(users, receivables, orderId);
    }

    static BigDecimal debit(JournalEntryView e, String account) {
        return e.lines().stream()
                .filter(l -> l.accountCode().equals(account))
                .map(JournalEntryView.Line::debit)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal credit(JournalEntryView e, String account) {
        return e.lines().stream()
                .filter(l -> l.accountCode().equals(account))
                .map(JournalEntryView.Line::credit)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void anSgdOrderIsPricedCheckedInvoicedAndPaidWithTheJournalInCny() {
        rate("SGD", TODAY, "5.2");
        ProductView p = fixtures.product(ProductType.BOUGHT, "520.00", 3, "10");

        // over a CNY limit of 1,100 at today's rate (226.00 SGD = ¥1,175.20), though 226 < 1,100
        CustomerView tight = customerIn("SGD", "1100");
        OrderView draft = fixtures.draft("sales1", tight.id(), p, 2);
        assertThat(draft.currency()).isEqualTo("SGD");
        assertThat(draft.exchangeRate()).isEqualByComparingTo("5.2");
        assertThat(draft.lines().get(0).unitPrice()).isEqualByComparingTo("100.00");
        assertThat(draft.grossTotal()).isEqualByComparingTo("226.00");
        OrderView held = users.runAs("sales1", () -> orders.confirm(draft.id(), null));
        assertThat(held.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThat(held.holdReasonArgs()).contains("¥1,175.20");

        CustomerView customer = customerIn("SGD", "1200");
        OrderView order = fixtures.draft("sales1", customer.id(), p, 2);
        assertThat(users.runAs("sales1", () -> orders.confirm(order.id(), null)).status())
                .isEqualTo(OrderStatus.CONFIRMED);
        users.runAs(
                "warehouse",
                () -> fixtures.ship(order.id(), order.lines().get(0).id(), "2", "SF-FX"));

        InvoiceView invoice = invoiceOf(order.id());
        assertThat(invoice.currency()).isEqualTo("SGD");
        assertThat(invoice.grossTotal()).isEqualByComparingTo("226.00");
        JournalEntryView booked =
                users.runAs("finance", () -> ledger.entriesOf(invoice.number())).get(0);
        assertThat(debit(booked, "1122")).isEqualByComparingTo("1175.20");
        assertThat(credit(booked, "6001")).isEqualByComparingTo("1040.00");
        assertThat(credit(booked, "2221")).isEqualByComparingTo("135.20");
        assertThat(booked.debits()).isEqualByComparingTo(booked.credits());
        assertThat(booked.lines()).allMatch(l -> "SGD".equals(l.currency()) && l.fcAmount() != null);

        // paid today after the rate moved to 5.4: the bank gets ¥1,220.40, the receivable goes at ¥1,175.20
        rate("SGD", TODAY, "5.4");
        PaymentView paid = users.runAs(
                "finance",
                () -> payments.recordPayment(new NewPayment(
                        customer.id(),
                        TODAY,
                        new BigDecimal("226.00"),
                        PaymentMethod.BANK_TRANSFER,
                        "TT-FX",
                        true,
                        Map.of())));
        assertThat(paid.currency()).isEqualTo("SGD");
        List<JournalEntryView> entries = users.runAs("finance", () -> ledger.entriesOf(paid.number()));
        JournalEntryView money = entries.stream()
                .filter(e -> e.documentType() == DocumentType.PAYMENT)
                .findFirst()
                .orElseThrow();
        assertThat(debit(money, "1002")).isEqualByComparingTo("1220.40");
        JournalEntryView allocation = entries.stream()
                .filter(e -> e.documentType() == DocumentType.ALLOCATION)
                .findFirst()
                .orElseThrow();
        assertThat(debit(allocation, "2203")).isEqualByComparingTo("1220.40");
        assertThat(credit(allocation, "1122")).isEqualByComparingTo("1175.20");
        assertThat(credit(allocation, "6603")).as("realised exchange gain").isEqualByComparingTo("45.20");
        assertThat(allocation.debits()).isEqualByComparingTo(allocation.credits());
        assertThat(users.runAs("finance", () -> receivables.invoice(invoice.id()))
                        .status())
                .isEqualTo(InvoiceStatus.PAID);
        assertThat(users.runAs("finance", () -> ledger.violations())).isEmpty();
    }

    @Test
    void aCurrencyWithoutARateCannotBeQuotedOrOrderedAndSaysWhichRateIsMissing() {
        CustomerView chf = customerIn("CHF", null);
        assertThatThrownBy(() -> users.runAs(
                        "sales1", () -> orders.create(new OrderData(chf.id(), fixtures.warehouse(), null, null, null))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("fx.rateMissing");
                    assertThat(e.field()).isEqualTo("customerId");
                    assertThat(e.args()).containsExactly("CHF", TODAY.toString());
                });
        // a rate older than a week does not count
        rate("CHF", TODAY.minusDays(ExchangeRateManagement.STALE_DAYS + 1), "7.9");
        assertThat(rates.rateOn("CHF", TODAY)).isEmpty();
        rate("CHF", TODAY.minusDays(2), "8.1");
        assertThat(rates.rateOn("CHF", TODAY)).contains(new BigDecimal("8.100000"));
        assertThat(users.runAs(
                                "sales1",
                                () -> orders.create(new OrderData(chf.id(), fixtures.warehouse(), null, null, null)))
                        .currency())
                .isEqualTo("CHF");
    }

    @Test
    void onlyFinanceSetsRatesAndAnImportIsAllOrNothingWithTheLineNamed() {
        assertThatThrownBy(() -> users.runAs(
                        "sales1", () -> rates.set(new NewExchangeRate("NZD", TODAY, new BigDecimal("4.2")))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.runAs(
                        "finance",
                        () -> rates.importRates(ExchangeRateManagement.parse(
                                "currency,date,rate\nNZD," + TODAY + ",4.2\nNZD," + TODAY.plusDays(1) + ",4.3"))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("fx.rateInFutureLine");
                    assertThat(e.args()).containsExactly("2");
                });
        assertThat(rates.rateOn("NZD", TODAY)).isEmpty();
        assertThatThrownBy(() -> ExchangeRateManagement.parse("NZD;yesterday;4.2"))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("fx.importShape"));
        assertThatThrownBy(() ->
                        users.runAs("finance", () -> rates.set(new NewExchangeRate("CNY", TODAY, BigDecimal.ONE))))
                .isInstanceOfSatisfying(
                        BusinessRuleException.class, e -> assertThat(e.code()).isEqualTo("fx.bookCurrency"));
        assertThat(users.runAs(
                        "finance",
                        () -> rates.importRates(ExchangeRateManagement.parse(
                                "NZD\t" + TODAY.minusDays(1) + "\t4.1\nNZD\t" + TODAY + "\t4.2"))))
                .isEqualTo(2);
        assertThat(rates.rateOn("NZD", TODAY)).contains(new BigDecimal("4.200000"));
    }

    @Test
    void theApiReadsRatesForEveryoneAndTakesThemFromFinanceOnly() throws Exception {
        mvc.perform(put("/api/v1/exchange-rates")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"currency\":\"AUD\",\"rateDate\":\"" + TODAY + "\",\"rate\":4.6}]"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/exchange-rates")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"currency\":\"AUD\",\"rateDate\":\"" + TODAY + "\",\"rate\":-1}]"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("rates"));
        mvc.perform(put("/api/v1/exchange-rates")
                        .header("Authorization", "Bearer demo-finance-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"currency\":\"aud\",\"rateDate\":\"" + TODAY + "\",\"rate\":4.6}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stored").value(1));
        mvc.perform(get("/api/v1/exchange-rates/AUD/" + TODAY).header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rate").value(4.6));
        mvc.perform(get("/api/v1/exchange-rates/XAU/" + TODAY).header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void legsConvertedAtOneRateBalanceToTheFen() {
        // each leg rounded to the fen on its own may miss the rounded whole by a fen (1,130.01 at 0.915437 is
        // 1,034.45 while 1,000.01 and 130.00 give 915.45 + 119.01 = 1,034.46): VAT takes it, the entry balances
        for (String r : List.of("7.123457", "6.789123", "0.915437", "7.1", "1")) {
            List<Leg> legs = Journal.booked(
                    List.of(
                            Leg.debit(AccountPurpose.RECEIVABLES, new BigDecimal("1130.01"), 1L),
                            Leg.credit(AccountPurpose.REVENUE, new BigDecimal("1000.01"), null),
                            Leg.credit(AccountPurpose.OUTPUT_VAT, new BigDecimal("130.00"), null)),
                    new BigDecimal(r));
            BigDecimal debits = legs.stream().map(Leg::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal credits = legs.stream().map(Leg::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(debits).as("rate " + r).isEqualByComparingTo(credits);
            assertThat(legs.get(0).debit())
                    .as("the receivable is the gross at the rate")
                    .isEqualByComparingTo(ExchangeRateManagement.toBook(new BigDecimal("1130.01"), new BigDecimal(r)));
            assertThat(legs.get(1).credit())
                    .as("so is the revenue; VAT takes the fen")
                    .isEqualByComparingTo(ExchangeRateManagement.toBook(new BigDecimal("1000.01"), new BigDecimal(r)));
            assertThat(legs.get(0).fc()).isEqualByComparingTo("1130.01");
        }
    }

    @Test
    void financeKeepsRatesOnItsPageManagersReadThemRepsDoNot() throws Exception {
        mvc.perform(post("/finance/exchange-rates/import")
                        .param("rates", "MYR," + TODAY.minusDays(1) + ",1.52\nMYR," + TODAY + ",1.53")
                        .with(users.as("finance"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "fx.imported"));
        mvc.perform(post("/finance/exchange-rates/import")
                        .param("rates", "MYR," + TODAY + ",abc")
                        .with(users.as("finance"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "fx.importShape"));
        // a rate typed wrong is said at its field and nothing is stored
        mvc.perform(post("/finance/exchange-rates")
                        .param("currency", "MYR")
                        .param("rateDate", TODAY.plusDays(3).toString())
                        .param("rate", "1.6")
                        .with(users.as("finance"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A rate cannot be entered for a day still to come.")));
        assertThat(rates.rateOn("MYR", TODAY)).contains(new BigDecimal("1.530000"));
        mvc.perform(get("/finance/exchange-rates").param("currency", "MYR").with(users.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fx-MYR-" + TODAY)))
                .andExpect(content().string(containsString("1 MYR = ¥1.53")));
        mvc.perform(get("/finance/exchange-rates").with(users.as("sales1"))).andExpect(status().isForbidden());
        mvc.perform(post("/finance/exchange-rates/import")
                        .param("rates", "MYR," + TODAY + ",9")
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(rates.rateOn("MYR", TODAY)).contains(new BigDecimal("1.530000"));
    }
}
