package com.yiti.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ReflectionUtils;

/**
 * Every scheduled job on the benchmark database (issue 22: the late-order alert once took 51 s of a sign-in and ended
 * in a 500). Finds every {@code @Scheduled} method of the application's beans — a job added later is run too — and
 * runs each once, in turn, while a rep signs in and opens the home page, which must keep answering; reports each
 * job's time and the home page's slowest answer meanwhile to target/benchmark-jobs.md. Not a timed test: it fails
 * only when a job fails or the home page errs. {@code ./scripts/benchmark -Dtest=JobsBenchmark} runs it.
 */
@YitiTest
@EnabledIfSystemProperty(named = "yiti.benchmark", matches = "true")
@TestPropertySource(properties = "yiti.scheduling.enabled=true")
class JobsBenchmark {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void everyJobRunsOnTheBenchmarkDatabaseWhileRepsWork() throws Exception {
        long orders = jdbc.queryForObject("SELECT COUNT(*) FROM ord_sales_order", Long.class);
        List<String> rows = new ArrayList<>();
        for (Job job : jobs()) {
            long slowestHome = 0;
            int homeCalls = 0;
            CompletableFuture<Long> run = CompletableFuture.supplyAsync(job::run);
            while (!run.isDone()) {
                long start = System.nanoTime();
                mvc.perform(get("/").with(users.as("sales1"))).andExpect(status().isOk());
                slowestHome = Math.max(slowestHome, (System.nanoTime() - start) / 1_000_000);
                homeCalls++;
                TimeUnit.MILLISECONDS.sleep(200);
            }
            long millis = run.get(); // a job that failed fails the benchmark
            rows.add("| " + job.name() + " | " + millis + " | " + homeCalls + " | " + slowestHome + " |");
        }
        long openTasks = jdbc.queryForObject("SELECT COUNT(*) FROM plt_task WHERE status = 'OPEN'", Long.class);
        StringBuilder report = new StringBuilder("# Jobs benchmark\n\n")
                .append(orders)
                .append(" orders; ")
                .append(openTasks)
                .append(" open tasks afterwards.\n\n")
                .append("| job | ms | home page calls meanwhile | slowest home page ms |\n|---|---:|---:|---:|\n");
        rows.forEach(r -> report.append(r).append('\n'));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-jobs.md"), report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private record Job(String name, Object bean, Method method) {
        /** Runs the job once; its time in ms. */
        long run() {
            long start = System.nanoTime();
            ReflectionUtils.makeAccessible(method);
            ReflectionUtils.invokeMethod(method, bean);
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    private List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Object bean = context.getBean(name);
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getName().startsWith("com.yiti")) {
                continue;
            }
            ReflectionUtils.doWithMethods(
                    type,
                    m -> jobs.add(new Job(type.getSimpleName() + "." + m.getName(), bean, m)),
                    m -> m.isAnnotationPresent(Scheduled.class));
        }
        jobs.sort(Comparator.comparing(Job::name));
        assertThat(jobs).as("scheduled jobs").hasSizeGreaterThanOrEqualTo(8);
        return jobs;
    }
}
