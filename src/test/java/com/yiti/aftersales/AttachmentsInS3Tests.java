package com.yiti.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.platform.FileStore;
import com.yiti.support.CrmFixtures;
import com.yiti.support.LocalS3;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code yiti.files.store=s3} a ticket's files go to the bucket (no node's disk), are served from it to those who
 * see the ticket, and an upload whose transaction rolls back leaves nothing in the bucket.
 */
@YitiTest
class AttachmentsInS3Tests {

    static final LocalS3 S3 = new LocalS3("yiti-attachments");

    static final byte[] PDF = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        registry.add("yiti.files.store", () -> "s3");
        registry.add("yiti.files.s3.endpoint", S3::endpoint);
        registry.add("yiti.files.s3.bucket", S3::bucket);
        registry.add("yiti.files.s3.prefix", () -> "test");
        registry.add("yiti.files.s3.access-key", () -> LocalS3.ACCESS_KEY);
        registry.add("yiti.files.s3.secret-key", () -> LocalS3.SECRET_KEY);
    }

    @AfterAll
    static void stop() throws Exception {
        S3.close();
    }

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

    @Autowired
    FileStore store;

    @Autowired
    TransactionTemplate transactions;

    TicketView ticketOfSales1() {
        return AttachmentTests.ticketOfSales1(crm, users, tickets, "发票扫描件 Scanned delivery note");
    }

    @Test
    void aFileGoesToTheBucketAndIsServedFromItToThoseWhoSeeTheTicket() throws Exception {
        assertThat(store.describe()).isEqualTo("s3://yiti-attachments/test/");
        TicketView t = ticketOfSales1();
        int before = S3.keys("test/attachments/").size();
        mvc.perform(multipart("/tickets/" + t.id() + "/attachments")
                        .file(new MockMultipartFile("file", "note.pdf", "application/pdf", PDF))
                        .with(users.as("service"))
                        .with(csrf()))
                .andExpect(flash().attribute("message", "attachment.saved"));
        assertThat(S3.keys("test/attachments/")).hasSize(before + 1);
        AttachmentView a = users.runAs("service", () -> attachments.of(t.id())).get(0);
        mvc.perform(get("/tickets/" + t.id() + "/attachments/" + a.id()).with(users.as("sales1")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().longValue("Content-Length", PDF.length))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/tickets/" + t.id() + "/attachments/" + a.id()).with(users.as("sales2")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUploadThatRollsBackLeavesNothingInTheBucket() {
        TicketView t = ticketOfSales1();
        int before = S3.keys("test/attachments/").size();
        users.runAs("service", () -> {
            transactions.executeWithoutResult(tx -> {
                attachments.attach(t.id(), "note.pdf", PDF);
                assertThat(S3.keys("test/attachments/")).hasSize(before + 1);
                tx.setRollbackOnly();
            });
            return null;
        });
        assertThat(S3.keys("test/attachments/")).hasSize(before);
        assertThat(users.runAs("service", () -> attachments.of(t.id()))).isEmpty();
    }
}
