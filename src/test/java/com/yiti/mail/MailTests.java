package com.yiti.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.aftersales.SatisfactionSurvey;
import com.yiti.aftersales.TicketChannel;
import com.yiti.aftersales.TicketData;
import com.yiti.aftersales.TicketManagement;
import com.yiti.aftersales.TicketPriority;
import com.yiti.aftersales.TicketStatus;
import com.yiti.aftersales.TicketType;
import com.yiti.customer.ContactData;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.finance.InvoiceFilter;
import com.yiti.finance.InvoiceView;
import com.yiti.finance.ReceivablesManagement;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.order.LineData;
import com.yiti.order.OrderManagement;
import com.yiti.order.OrderView;
import com.yiti.order.QuotationData;
import com.yiti.order.QuotationMailing;
import com.yiti.order.QuotationManagement;
import com.yiti.order.QuotationStatus;
import com.yiti.order.QuotationView;
import com.yiti.order.TimelineType;
import com.yiti.platform.Role;
import com.yiti.platform.TaskManagement;
import com.yiti.platform.TaskStatus;
import com.yiti.shared.ChineseAmounts;
import com.yiti.support.CrmFixtures;
import com.yiti.support.OrderFixtures;
import com.yiti.support.TestMailServer;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15, e-mail: documents leave as PDF attachments through a real SMTP server (GreenMail in the JVM) after the
 * transaction commits, are listed on the document and the customer 360 page, are scoped like the document, and a
 * mail that cannot be sent is retried and then becomes a task for its sender. Survey and password-reset links are
 * mailed instead of copied by hand.
 */
@YitiTest
class MailTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestMailServer smtp;

    @Autowired
    CrmFixtures crm;

    @Autowired
    OrderFixtures fixtures;

    @Autowired
    CustomerManagement customers;

    @Autowired
    QuotationManagement quotations;

    @Autowired
    QuotationMailing quotationMailing;

    @Autowired
    OrderManagement orders;

    @Autowired
    ReceivablesManagement receivables;

    @Autowired
    TicketManagement tickets;

    @Autowired
    SatisfactionSurvey survey;

    @Autowired
    TaskManagement tasks;

    @Autowired
    MailTemplates templates;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    private static String address() {
        return "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.cn";
    }

    private CustomerView customerWithContact(String email) {
        CustomerView customer = crm.customerOf("sales1");
        users.runAs(
                "sales1",
                () -> customers.addContact(customer.id(), new ContactData("王经理", null, null, null, email, null, true)));
        return customer;
    }

    private QuotationView quotationFor(CustomerView customer) {
        ProductView p = fixtures.product(ProductType.BOUGHT, "100.00", 2, "10");
        return users.runAs("sales1", () -> {
            QuotationView q = quotations.create(new QuotationData(
                    customer.id(), null, fixtures.warehouse(), LocalDate.now().plusDays(30), null));
            return quotations.addLine(q.id(), q.version(), new LineData(p.id(), new BigDecimal("2"), null, null));
        });
    }

    private MimeMessage awaitOne(String address) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> smtp.to(address).size() == 1);
        return smtp.to(address).get(0);
    }

    private static byte[] pdfOf(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.isMimeType("application/pdf")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(out);
                return out.toByteArray();
            }
        }
        throw new AssertionError("no PDF attached");
    }

    private static String textOf(Part part) throws Exception {
        Object content = part.getContent();
        if (part.isMimeType("text/plain") && content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aRepMailsHisQuotationAsPdfAndItShowsOnTheQuotationAndTheCustomer() throws Exception {
        String email = address();
        CustomerView customer = customerWithContact(email);
        QuotationView q = quotationFor(customer);
        String page = "/quotations/" + q.id();

        String form = mvc.perform(get(page + "/email").with(users.as("sales1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains(email).contains(q.number()).contains("王经理").contains(q.number() + ".pdf");

        // another rep cannot see, let alone send, it
        mvc.perform(get(page + "/email").with(users.as("sales2"))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/email")
                        .with(users.as("sales2"))
                        .with(csrf())
                        .param("to", "spy@example.com")
                        .param("subject", "x")
                        .param("body", "x"))
                .andExpect(status().isNotFound());

        // a wrong address is refused at the field and nothing is queued
        String refused = mvc.perform(post(page + "/email")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("to", "not an address")
                        .param("subject", "报价")
                        .param("body", "您好"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("is-invalid");
        assertThat(users.runAs("sales1", () -> quotationMailing.sent(q.id()))).isEmpty();

        mvc.perform(post(page + "/email")
                        .with(users.as("sales1"))
                        .with(csrf())
                        .param("to", email)
                        .param("subject", "报价单 " + q.number())
                        .param("body", "王经理，您好：附件是报价单。"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page));

        MimeMessage message = awaitOne(email);
        assertThat(message.getSubject()).isEqualTo("报价单 " + q.number());
        assertThat(textOf(message)).contains("附件是报价单");
        assertThat(pdfText(pdfOf(message)))
                .contains("报价单")
                .contains(q.number())
                .contains(customer.name())
                .contains(ChineseAmounts.inWords(q.grossTotal()));
        assertThat(users.runAs("sales1", () -> quotations.get(q.id())).status())
                .as("a draft that went out is sent")
                .isEqualTo(QuotationStatus.SENT);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> users.runAs("sales1", () -> quotationMailing.sent(q.id()))
                                .get(0)
                                .status()
                        == MailStatus.SENT);
        assertThat(mvc.perform(get(page).with(users.as("sales1")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("报价单 " + q.number())
                .contains(email);
        assertThat(mvc.perform(get("/customers/" + customer.id()).with(users.as("sales1")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("报价单 " + q.number());
    }

    @Test
    void financeMailsAnInvoiceAndAStatementAndTheOrderTimelineRecordsIt() throws Exception {
        String email = address();
        CustomerView customer = customerWithContact(email);
        ProductView p = fixtures.product(ProductType.BOUGHT, "50.00", 2, "10");
        OrderView order = fixtures.draft("sales1", customer.id(), p, 2);
        users.runAs("sales1", () -> orders.confirm(order.id(), null));
        users.runAs(
                "warehouse",
                () -> fixtures.ship(order.id(), order.lines().get(0).id(), "2", "SF1"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> invoiceOf(order.id()) != null);
        InvoiceView invoice = invoiceOf(order.id());
        String path = "/finance/invoices/" + invoice.id() + "/email";

        mvc.perform(get(path).with(users.as("sales1"))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(users.as("manager"))).andExpect(status().isForbidden());
        assertThat(mvc.perform(get(path).with(users.as("finance")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(email)
                .contains(invoice.number());
        mvc.perform(post(path)
                        .with(users.as("finance"))
                        .with(csrf())
                        .param("to", email)
                        .param("subject", "发票 " + invoice.number())
                        .param("body", "请查收发票。"))
                .andExpect(status().is3xxRedirection());
        MimeMessage message = awaitOne(email);
        assertThat(pdfText(pdfOf(message)))
                .contains(invoice.number())
                .contains(ChineseAmounts.inWords(invoice.grossTotal()));
        assertThat(users.runAs("sales1", () -> orders.timeline(order.id(), 0))).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(TimelineType.EMAILED);
            assertThat(e.args()).containsExactly(invoice.number(), email);
        });

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String statement = "/finance/customers/" + customer.id() + "/statement/email?from=" + today.withDayOfYear(1);
        assertThat(mvc.perform(get(statement + "&to=" + today).with(users.as("finance")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(email);
        mvc.perform(post(statement + "&until=" + today)
                        .with(users.as("finance"))
                        .with(csrf())
                        .param("to", email)
                        .param("subject", "对账单")
                        .param("body", "请核对。"))
                .andExpect(status().is3xxRedirection());
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> smtp.to(email).size() == 2);
        MimeMessage statementMail = smtp.to(email).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().equals("对账单");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(pdfText(pdfOf(statementMail))).contains("对账单").contains(invoice.number());
    }

    private InvoiceView invoiceOf(long orderId) {
        var page = users.runAs(
                "finance",
                () -> receivables.invoices(new InvoiceFilter(null, null, null, false, orderId), PageRequest.of(0, 1)));
        return page.isEmpty() ? null : page.getContent().get(0);
    }

    @Test
    void aMailThatCannotBeSentIsRetriedThenBecomesATaskAndAdminSendsItAgain() throws Exception {
        String email = address();
        CustomerView customer = customerWithContact(email);
        QuotationView q = quotationFor(customer);
        TestMailServer.stop();
        try {
            users.runAs(
                    "sales1",
                    () -> quotationMailing.send(
                            q.id(), MailForm.of(email, new MailText("Quotation " + q.number(), "Dear buyer"))));
            for (int attempt = 1; attempt <= 5; attempt++) {
                int expected = attempt;
                if (attempt > 1) {
                    incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof MailQueued);
                }
                Awaitility.await()
                        .atMost(Duration.ofSeconds(15))
                        .until(() -> mail(q.id()).attempts() == expected);
            }
        } finally {
            TestMailServer.start();
        }
        SentMail failed = mail(q.id());
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.lastError()).isNotBlank();
        var sales1 = users.current("sales1");
        assertThat(users.runAs("sales1", () -> tasks.inbox(sales1, TaskStatus.OPEN, PageRequest.of(0, 200)))
                        .getContent())
                .anySatisfy(t -> {
                    assertThat(t.titleKey()).isEqualTo("mail.task.failed");
                    assertThat(t.titleArgs()).containsExactly(email, "Quotation " + q.number());
                    assertThat(t.link()).isEqualTo("/quotations/" + q.id());
                });
        assertThat(smtp.to(email)).isEmpty();

        mvc.perform(post("/admin/mail/" + failed.id() + "/retry")
                        .with(users.as("sales1"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/mail/" + failed.id() + "/retry")
                        .with(users.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(awaitOne(email).getSubject()).isEqualTo("Quotation " + q.number());
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> mail(q.id()).status() == MailStatus.SENT);
    }

    private SentMail mail(long quotationId) {
        return users.runAs("sales1", () -> quotationMailing.sent(quotationId)).get(0);
    }

    @Test
    void theSurveyLinkOfAResolvedTicketIsMailedAndWorks() throws Exception {
        String email = address();
        CustomerView customer = customerWithContact(email);
        var ticket = users.runAs("service", () -> {
            var t = tickets.open(new TicketData(
                    customer.id(),
                    null,
                    null,
                    null,
                    TicketType.QUESTION,
                    TicketPriority.NORMAL,
                    TicketChannel.EMAIL,
                    "操作问题 How to",
                    "客户询问",
                    null));
            return tickets.changeStatus(t.id(), t.version(), TicketStatus.RESOLVED, "explained", null, null);
        });
        mvc.perform(post("/tickets/" + ticket.id() + "/csat-email")
                        .with(users.as("sales1"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tickets/" + ticket.id() + "/csat-email")
                        .with(users.as("service"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        MimeMessage message = awaitOne(email);
        String body = textOf(message);
        assertThat(message.getSubject()).contains(ticket.number());
        Matcher link =
                Pattern.compile("http://localhost:8080(/csat/[A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        assertThat(mvc.perform(get(link.group(1)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(ticket.number());
    }

    @Test
    void anAdministratorMailsAResetLinkAndTheUserChoosesAPasswordOnce() throws Exception {
        String email = address();
        var user = users.create(Set.of(Role.SALES_REP));
        jdbc.update("update plt_user set email = ? where id = ?", email, user.id());

        mvc.perform(post("/admin/users/" + user.id() + "/reset-link")
                        .with(users.as("sales1"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + user.id() + "/reset-link")
                        .with(users.as("admin"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String body = textOf(awaitOne(email));
        Matcher link = Pattern.compile("http://localhost:8080(/password-reset/[A-Za-z0-9_-]+)")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        String path = link.group(1);
        assertThat(body).contains(user.username());

        assertThat(mvc.perform(get(path))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("password-reset-form");
        // too weak: refused at the field, the link still works
        assertThat(mvc.perform(post(path)
                                .with(csrf())
                                .param("newPassword", "1234567890")
                                .param("confirmPassword", "1234567890"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("is-invalid");
        String chosen = "Gr33n-Tea-Harbour-" + UUID.randomUUID().toString().substring(0, 4);
        mvc.perform(post(path).with(csrf()).param("newPassword", chosen).param("confirmPassword", chosen))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?passwordSet"));
        String hash = jdbc.queryForObject("select password_hash from plt_user where id = ?", String.class, user.id());
        assertThat(encoder.matches(chosen, hash)).isTrue();

        // used once: the same link now changes nothing
        assertThat(mvc.perform(post(path)
                                .with(csrf())
                                .param("newPassword", chosen + "x")
                                .param("confirmPassword", chosen + "x"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("password-reset-invalid");
        assertThat(encoder.matches(
                        chosen,
                        jdbc.queryForObject(
                                "select password_hash from plt_user where id = ?", String.class, user.id())))
                .isTrue();
        mvc.perform(get("/password-reset/unknown-token")).andExpect(status().isOk());
    }

    @Test
    void adminChangesATemplateAndMailsStartFromIt() throws Exception {
        mvc.perform(put("/api/v1/admin/mail-templates/QUOTATION/en")
                        .header("Authorization", "Bearer demo-sales1-key")
                        .contentType("application/json")
                        .content("{\"subject\":\"x\",\"body\":\"y\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/admin/mail-templates/QUOTATION/en")
                        .header("Authorization", "Bearer demo-admin-key")
                        .contentType("application/json")
                        .content("{\"subject\":\"Offer {number} by {company}\",\"body\":\"Hello {contact}\"}"))
                .andExpect(status().isOk());
        try {
            MailText text = templates.render(MailKind.QUOTATION, "en", Map.of("number", "QT-1", "contact", "Ms Li"));
            assertThat(text.subject()).isEqualTo("Offer QT-1 by Shanghai Yiti Automation Equipment Co., Ltd.");
            assertThat(text.body()).isEqualTo("Hello Ms Li");
            assertThat(templates
                            .render(MailKind.QUOTATION, "zh", Map.of("number", "QT-1"))
                            .subject())
                    .as("the Chinese template is its own")
                    .isEqualTo("上海一体自动化设备有限公司 报价单 QT-1");
            // a subject of two lines would forge mail headers: refused
            mvc.perform(put("/api/v1/admin/mail-templates/QUOTATION/en")
                            .header("Authorization", "Bearer demo-admin-key")
                            .contentType("application/json")
                            .content("{\"subject\":\"a\\nBcc: x@example.com\",\"body\":\"y\"}"))
                    .andExpect(status().isUnprocessableContent());
        } finally {
            users.runAs("admin", () -> {
                templates.reset(MailKind.QUOTATION, "en");
                return null;
            });
        }
        assertThat(templates
                        .render(MailKind.QUOTATION, "en", Map.of("number", "QT-1"))
                        .subject())
                .isEqualTo("Quotation QT-1 from Shanghai Yiti Automation Equipment Co., Ltd.");
    }
}
