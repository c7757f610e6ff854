package com.yiti.integration.internal;

import com.yiti.integration.SyncJobData;
import com.yiti.integration.SyncSource;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: the web shop's nightly customer file, a folder job (customers of system {@code shop}, run as sales1) switched
 * off, with its folder and a sample file, so ADMIN sees the setup and can press "Run now".
 */
@Component
@Order(91)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class SyncDemoData implements ApplicationRunner {

    static final String FOLDER = "shop-customers";

    private final SyncJobs jobs;
    private final SyncSources sources;

    SyncDemoData(SyncJobs jobs, SyncSources sources) {
        this.jobs = jobs;
        this.sources = sources;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (jobs.count() > 0) {
            return;
        }
        Path folder = Files.createDirectories(sources.folder(FOLDER));
        Path sample = folder.resolve("customers-sample.csv");
        if (!Files.exists(sample)) {
            Files.writeString(
                    sample,
                    "编号,客户名称,地区,币种\nWS-1001,网店客户 杭州云杉贸易,华东,CNY\nWS-1002,网店客户 成都青禾科技,西南,CNY\n",
                    StandardCharsets.UTF_8);
        }
        SystemActor.runAs("admin", Role.ADMIN, () -> {
            SyncJob job = SyncJob.of(new SyncJobData(
                    "网店客户 Web shop customers (demo)",
                    SyncSource.FOLDER,
                    FOLDER,
                    "*.csv",
                    null,
                    null,
                    "shop",
                    "customers",
                    "编号",
                    "客户名称=name\n地区=region\n币种=currency",
                    "0 0 2 * * *",
                    "sales1",
                    false));
            return jobs.save(job);
        });
    }
}
