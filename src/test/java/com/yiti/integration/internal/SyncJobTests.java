package com.yiti.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import com.yiti.integration.ExternalSync;
import com.yiti.integration.SyncFailureStatus;
import com.yiti.integration.SyncFailureView;
import com.yiti.integration.SyncJobData;
import com.yiti.integration.SyncJobManagement;
import com.yiti.integration.SyncJobView;
import com.yiti.integration.SyncRunStatus;
import com.yiti.integration.SyncRunView;
import com.yiti.integration.SyncSource;
import com.yiti.platform.TaskManagement;
import com.yiti.support.CrmFixtures;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Scheduled sync (issue 20): files dropped in a folder and a REST endpoint come in by their external ids; a bad file
 * and bad records are kept, told to ADMIN and correctable; a run killed midway is continued by the next without loss
 * or duplicates.
 */
@YitiTest
class SyncJobTests {

    @Autowired
    SyncJobManagement jobs;

    @Autowired
    SyncRunner runner;

    @Autowired
    SyncScheduler scheduler;

    @Autowired
    SyncSources sources;

    @MockitoSpyBean
    ExternalSync sync;

    @Autowired
    TestUsers users;

    @Autowired
    TaskManagement tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private SyncJobView folderJob(String folder) throws Exception {
        Files.createDirectories(sources.inbox().resolve(folder));
        return users.runAs(
                "admin",
                () -> jobs.create(new SyncJobData(
                        "客户同步 " + folder,
                        SyncSource.FOLDER,
                        folder,
                        "*.csv",
                        null,
                        null,
                        "erp",
                        "customers",
                        "编号",
                        "客户名称=name\n币种=currency",
                        "0 0 2 * * *",
                        "sales1",
                        true)));
    }

    private static String folder() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void drop(String folder, String file, String csv) throws Exception {
        Files.writeString(sources.inbox().resolve(folder).resolve(file), csv, StandardCharsets.UTF_8);
    }

    private List<SyncRunView> runs(long jobId) {
        return users.runAs(
                "admin", () -> jobs.runs(jobId, PageRequest.of(0, 50)).getContent());
    }

    private int customersNamed(String name) {
        return jdbc.queryForObject("select count(*) from cus_customer where name = ?", Integer.class, name);
    }

    private int refs(String externalIdPrefix) {
        return jdbc.queryForObject(
                "select count(*) from int_external_ref where source_system = 'erp' and external_id like ?",
                Integer.class,
                externalIdPrefix + "%");
    }

    @Test
    void aFileWithBadRecordsKeepsThemToCorrectAndABadFileFailsAndTellsAdmin() throws Exception {
        String folder = folder();
        SyncJobView job = folderJob(folder);
        String p = "F" + UUID.randomUUID().toString().substring(0, 6);
        String good = CrmFixtures.unique("同步客户 Synced");
        drop(
                folder,
                "a-customers.csv",
                "编号,客户名称,币种\n" + p + "-1," + good + ",CNY\n" + p + "-2,,CNY\n," + good + " 无编号,CNY\n");
        Files.write(sources.inbox().resolve(folder).resolve("b-broken.csv"), new byte[] {'a', 0, 'b', 0});

        users.runAs("admin", () -> jobs.runNow(job.id()));
        assertThat(scheduler.runDue()).isGreaterThanOrEqualTo(1);

        List<SyncRunView> made = runs(job.id());
        SyncRunView broken = made.get(0);
        SyncRunView partial = made.get(1);
        assertThat(partial.status()).isEqualTo(SyncRunStatus.PARTIAL);
        assertThat(partial.sourceName()).isEqualTo("a-customers.csv");
        assertThat(partial.created()).isEqualTo(1);
        assertThat(partial.failed()).isEqualTo(2);
        assertThat(partial.recordsDone()).isEqualTo(3);
        assertThat(broken.status()).isEqualTo(SyncRunStatus.FAILED);
        assertThat(broken.errorCode()).isEqualTo("import.file.type");
        assertThat(customersNamed(good)).isEqualTo(1);
        // both files left the folder: read into processed/, refused into failed/
        try (Stream<Path> left = Files.list(sources.inbox().resolve(folder))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(sources.inbox().resolve(folder).resolve("failed").toFile().list())
                .hasSize(1);
        assertThat(sources.inbox().resolve(folder).resolve("processed").toFile().list())
                .hasSize(1);

        // ADMIN has a task and a mail about the job
        assertThat(users.runAs("admin", () -> tasks.openRecordRefs(SyncAlerts.RULE)))
                .contains("sync-job:" + job.id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_message where record_ref in (?, ?)",
                        Integer.class,
                        "sync-run:" + partial.id(),
                        "sync-run:" + broken.id()))
                .isPositive();

        // the failed records, with the column at fault, corrected and applied
        List<SyncFailureView> open = users.runAs(
                "admin",
                () -> jobs.failures(job.id(), SyncFailureStatus.OPEN, PageRequest.of(0, 10))
                        .getContent());
        assertThat(open).hasSize(2);
        SyncFailureView noName = open.stream()
                .filter(f -> (p + "-2").equals(f.externalId()))
                .findFirst()
                .orElseThrow();
        assertThat(noName.errorField()).isEqualTo("客户名称");
        SyncFailureView noId =
                open.stream().filter(f -> f.externalId() == null).findFirst().orElseThrow();
        assertThat(noId.errorCode()).isEqualTo("sync.record.noId");

        // a correction still wrong stays open with its error; a right one is applied
        SyncFailureView still = users.runAs(
                "admin", () -> jobs.retry(noName.id(), noName.version(), Map.of("编号", p + "-2", "币种", "CNY")));
        assertThat(still.status()).isEqualTo(SyncFailureStatus.OPEN);
        assertThat(still.attempts()).isEqualTo(2);
        SyncFailureView fixed = users.runAs(
                "admin",
                () -> jobs.retry(
                        still.id(), still.version(), Map.of("编号", p + "-2", "客户名称", good + " 二", "币种", "CNY")));
        assertThat(fixed.status()).isEqualTo(SyncFailureStatus.FIXED);
        assertThat(customersNamed(good + " 二")).isEqualTo(1);

        // the web pages show the job, its runs and the failed record
        mvc.perform(get("/admin/sync-jobs").with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(job.name())));
        mvc.perform(get("/admin/sync-jobs/" + job.id()).with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("a-customers.csv")));
        mvc.perform(get("/admin/sync-jobs/" + job.id() + "/failures/" + noId.id())
                        .with(users.as("admin")))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/sync-jobs/" + job.id() + "/failures/" + noId.id() + "/dismiss")
                        .with(users.as("admin"))
                        .with(csrf())
                        .param("version", String.valueOf(noId.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(users.runAs("admin", () -> jobs.failure(noId.id())).status()).isEqualTo(SyncFailureStatus.DISMISSED);

        // the same file again changes the records, never duplicates them; a clean run closes ADMIN's task
        drop(folder, "c-again.csv", "编号,客户名称,币种\n" + p + "-1," + good + ",CNY\n");
        runner.run(job.id(), "hand");
        assertThat(runs(job.id()).get(0).updated()).isEqualTo(1);
        assertThat(runs(job.id()).get(0).status()).isEqualTo(SyncRunStatus.SUCCEEDED);
        assertThat(customersNamed(good)).isEqualTo(1);
        assertThat(users.runAs("admin", () -> tasks.openRecordRefs(SyncAlerts.RULE)))
                .doesNotContain("sync-job:" + job.id());
    }

    @Test
    void aRunKilledMidwayIsContinuedByTheNextWithoutLossOrDuplicates() throws Exception {
        String folder = folder();
        SyncJobView job = folderJob(folder);
        String p = "K" + UUID.randomUUID().toString().substring(0, 6);
        String name = CrmFixtures.unique("中断客户 Killed");
        StringBuilder csv = new StringBuilder("编号,客户名称,币种\n");
        for (int i = 1; i <= 6; i++) {
            csv.append(p)
                    .append('-')
                    .append(i)
                    .append(',')
                    .append(name)
                    .append(' ')
                    .append(i)
                    .append(",CNY\n");
        }
        drop(folder, "customers.csv", csv.toString());

        // the node dies while it applies the fourth record (an Error, like the JVM going away: nothing catches it)
        AtomicInteger calls = new AtomicInteger();
        doAnswer(call -> {
                    if (calls.incrementAndGet() == 4) {
                        throw new Error("node killed");
                    }
                    return call.callRealMethod();
                })
                .when(sync)
                .upsert(anyString(), anyString(), anyString(), any());
        assertThatThrownBy(() -> runner.run(job.id(), "schedule")).hasMessage("node killed");
        reset(sync);

        SyncRunView killed = runs(job.id()).get(0);
        assertThat(killed.status()).isEqualTo(SyncRunStatus.RUNNING);
        assertThat(killed.recordsDone()).isEqualTo(3);
        assertThat(refs(p)).isEqualTo(3);
        assertThat(sources.inbox().resolve(folder).resolve("customers.csv")).exists();

        // the next run (another node, or this one restarted) marks it interrupted and continues after record 3
        runner.run(job.id(), "schedule");
        List<SyncRunView> after = runs(job.id());
        SyncRunView continued = after.get(0);
        assertThat(after.get(1).status()).isEqualTo(SyncRunStatus.INTERRUPTED);
        assertThat(continued.status()).isEqualTo(SyncRunStatus.SUCCEEDED);
        assertThat(continued.resumedFrom()).isEqualTo(killed.id());
        assertThat(continued.resumeAt()).isEqualTo(3);
        assertThat(continued.created()).isEqualTo(3);
        assertThat(continued.updated()).isZero();
        assertThat(refs(p)).isEqualTo(6);
        for (int i = 1; i <= 6; i++) {
            assertThat(customersNamed(name + " " + i)).as("customer " + i).isEqualTo(1);
        }
    }

    @Test
    void aRestEndpointIsPulledAndItsFailureIsARun() throws Exception {
        String p = "R" + UUID.randomUUID().toString().substring(0, 6);
        String name = CrmFixtures.unique("接口客户 Pulled");
        String body = "{\"data\":[{\"id\":\"" + p + "-1\",\"name\":\"" + name + "\",\"currency\":\"CNY\"},"
                + "{\"id\":\"" + p + "-2\",\"name\":\"" + name + " 2\",\"currency\":\"CNY\",\"creditLimit\":null}]}";
        AtomicInteger answer = new AtomicInteger(200);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/customers", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (!"Bearer shop-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
            } else if (answer.get() != 200) {
                exchange.sendResponseHeaders(answer.get(), -1);
            } else {
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/customers";
            SyncJobView job = users.runAs(
                    "admin",
                    () -> jobs.create(new SyncJobData(
                            "网店客户 " + p,
                            SyncSource.REST,
                            url,
                            null,
                            "Bearer shop-token",
                            "/data",
                            "erp",
                            "customers",
                            "id",
                            null,
                            "0 */15 * * * *",
                            "sales1",
                            true)));
            assertThat(job.authHeaderSet()).isTrue();
            runner.run(job.id(), "hand");
            SyncRunView first = runs(job.id()).get(0);
            assertThat(first.status()).isEqualTo(SyncRunStatus.SUCCEEDED);
            assertThat(first.created()).isEqualTo(2);
            assertThat(customersNamed(name + " 2")).isEqualTo(1);

            answer.set(503);
            runner.run(job.id(), "hand");
            SyncRunView down = runs(job.id()).get(0);
            assertThat(down.status()).isEqualTo(SyncRunStatus.FAILED);
            assertThat(down.errorCode()).isEqualTo("sync.source.http");
            assertThat(down.errorArgs()).containsExactly("503");

            answer.set(200);
            runner.run(job.id(), "hand");
            assertThat(runs(job.id()).get(0).updated()).isEqualTo(2);
            assertThat(customersNamed(name)).isEqualTo(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void onlyAdminKeepsSyncJobsAndBadSettingsAreRefusedAtTheirField() throws Exception {
        mvc.perform(get("/api/v1/sync-jobs").header("Authorization", "Bearer demo-admin-key"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/sync-jobs").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/sync-jobs").with(users.as("manager"))).andExpect(status().isForbidden());
        String body = "{\"name\":\"坏计划\",\"source\":\"FOLDER\",\"location\":\"x\",\"system\":\"erp\","
                + "\"kind\":\"customers\",\"cron\":\"every night\",\"runAs\":\"sales1\"}";
        mvc.perform(post("/api/v1/sync-jobs")
                        .header("Authorization", "Bearer demo-admin-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("cron"));
        mvc.perform(post("/api/v1/sync-jobs")
                        .header("Authorization", "Bearer demo-admin-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("every night", "0 0 2 * * *").replace("\"x\"", "\"../../etc\"")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("location"));
        mvc.perform(post("/api/v1/sync-jobs")
                        .header("Authorization", "Bearer demo-admin-key")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("every night", "0 0 2 * * *")
                                .replace(
                                        "\"FOLDER\",\"location\":\"x\"",
                                        "\"REST\",\"location\":\"http://169.254.169.254/latest\"")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("location"));
    }
}
