package com.yiti.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.yiti.imports.ImportJobView;
import com.yiti.imports.ImportStatus;
import com.yiti.imports.Imports;
import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15: 100,000 customer rows (.xlsx, with a contact each) checked and imported, timed, with the heap sampled
 * while it runs (the sheet is streamed, never held whole). Writes target/benchmark-import.md. Not part of the test
 * run: {@code ./mvnw test -Dtest=ImportBenchmark -Dyiti.benchmark=true [-Dyiti.benchmark.rows=100000]}.
 */
@YitiTest
@EnabledIfSystemProperty(named = "yiti.benchmark", matches = "true")
class ImportBenchmark {

    @Autowired
    Imports imports;

    @Autowired
    TestUsers users;

    @Test
    void importsOneHundredThousandCustomers() throws Exception {
        int rows = Integer.getInteger("yiti.benchmark.rows", 100_000);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        byte[] file;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("customers");
            String[] header = {"客户编码*", "客户名称*", "负责人（用户名）*", "区域", "账期（天）", "联系人", "联系人手机", "联系人邮箱"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                first.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("BM" + run + "-" + r);
                row.createCell(1).setCellValue("基准客户" + run + "第" + r + "号有限公司");
                row.createCell(2).setCellValue(r % 2 == 0 ? "sales1" : "sales2");
                row.createCell(3).setCellValue("华东");
                row.createCell(4).setCellValue(30);
                row.createCell(5).setCellValue("联系人" + r);
                row.createCell(6).setCellValue(String.format("139%08d", r));
                row.createCell(7).setCellValue("c" + r + "@bench.example.cn");
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        ImportJobView job = users.runAs("admin", () -> imports.upload("customers", "bench.xlsx", file));
        ImportJobView checked = await(job.id(), ImportStatus.CHECKED);
        long checkedAt = System.nanoTime();
        users.runAs("admin", () -> imports.run(job.id()));
        ImportJobView done = await(job.id(), ImportStatus.DONE);
        long doneAt = System.nanoTime();
        sampler.interrupt();
        double check = (checkedAt - start) / 1e9;
        double write = (doneAt - checkedAt) / 1e9;
        String report = String.format(
                "# Import benchmark%n%n%d customer rows (.xlsx, %.1f MB, one contact each), on this machine:%n%n"
                        + "| step | seconds |%n|---|---|%n| dry run (upload to checked) | %.1f |%n| import | %.1f |%n"
                        + "| total | %.1f |%n%nCreated %d, refused %d. Peak heap seen while importing: %d MB (max heap %d MB).%n",
                rows,
                file.length / 1e6,
                check,
                write,
                check + write,
                done.createdRows(),
                done.refusedRows(),
                peak.get() / 1024 / 1024,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        Files.writeString(Path.of("target", "benchmark-import.md"), report);
        System.out.println(report);
        assertThat(checked.validRows()).isEqualTo(rows);
        assertThat(done.createdRows()).isEqualTo(rows);
    }

    private ImportJobView await(long id, ImportStatus status) {
        Awaitility.await()
                .atMost(Duration.ofMinutes(20))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> users.runAs("admin", () -> imports.get(id)).status() == status);
        return users.runAs("admin", () -> imports.get(id));
    }
}
