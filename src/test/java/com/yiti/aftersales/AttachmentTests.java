package com.yiti.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.customer.CustomerView;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Files on tickets: only real images and PDFs, within the size limit, and only for those who see the ticket. */
@YitiTest
class AttachmentTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CrmFixtures crm;

    @Autowired
    TicketManagement tickets;

    @Autowired
    AttachmentManagement attachments;

    TicketView ticketOfSales1() {
        return ticketOfSales1(crm, users, tickets, "照片 Photo of the damage");
    }

    /** A repair ticket SERVICE opened for a new customer of sales1 (the attachment tests' ticket). */
    static TicketView ticketOfSales1(CrmFixtures crm, TestUsers users, TicketManagement tickets, String subject) {
        CustomerView customer = crm.customerOf("sales1");
        return users.runAs(
                "service",
                () -> tickets.open(new TicketData(
                        customer.id(),
                        null,
                        null,
                        null,
                        TicketType.REPAIR,
                        TicketPriority.NORMAL,
                        TicketChannel.EMAIL,
                        subject,
                        "客户发来文件",
                        null)));
    }

    @Test
    void aPhotoIsStoredAndServedOnlyToThoseWhoSeeTheTicket() throws Exception {
        TicketView t = ticketOfSales1();
        mvc.perform(multipart("/tickets/" + t.id() + "/attachments")
                        .file(new MockMultipartFile("file", "damage.png", "image/png", PNG))
                        .with(users.as("service"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "attachment.saved"));
        AttachmentView a = users.runAs("service", () -> attachments.of(t.id())).get(0);
        assertThat(a.contentType()).isEqualTo("image/png");
        mvc.perform(get("/tickets/" + t.id() + "/attachments/" + a.id()).with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(PNG));
        mvc.perform(get("/tickets/" + t.id() + "/attachments/" + a.id()).with(users.as("sales2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tickets/" + t.id() + "/attachments/" + a.id()).with(users.as("warehouse")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tickets/" + t.id()).with(users.as("service")))
                .andExpect(content().string(containsString("damage.png")));
    }

    @Test
    void aFileThatIsNotAnImageOrPdfOrIsTooLargeIsRefusedAndNothingIsStored() throws Exception {
        TicketView t = ticketOfSales1();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/tickets/" + t.id() + "/attachments")
                        .file(new MockMultipartFile("file", "photo.png", "image/png", html))
                        .with(users.as("service"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "attachment.wrongType"));
        byte[] big = Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        mvc.perform(multipart("/tickets/" + t.id() + "/attachments")
                        .file(new MockMultipartFile("file", "big.png", "image/png", big))
                        .with(users.as("service"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "attachment.tooLarge"));
        assertThat(users.runAs("service", () -> attachments.of(t.id()))).isEmpty();
        mvc.perform(multipart("/tickets/" + t.id() + "/attachments")
                        .file(new MockMultipartFile(
                                "file", "x.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                        .with(users.as("manager"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }
}
