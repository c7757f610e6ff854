package com.yiti.imports.internal;

import com.yiti.imports.ImportRowErrorView;
import com.yiti.imports.RowError;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The uploaded file and the row errors of a job, written and read in bulk. */
@Component
public class ImportStore {

    /** Row errors kept per job (the counts stay exact beyond it). */
    public static final int MAX_ERRORS = 50_000;

    private static final String SEP = "\u001f";
    private final JdbcTemplate jdbc;

    ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void saveFile(long jobId, byte[] content) {
        jdbc.update("insert into imp_job_file (job_id, content) values (?, ?)", jobId, content);
    }

    public byte[] file(long jobId) {
        return jdbc.queryForObject("select content from imp_job_file where job_id = ?", byte[].class, jobId);
    }

    public void clearErrors(long jobId) {
        jdbc.update("delete from imp_row_error where job_id = ?", jobId);
    }

    public void addErrors(long jobId, List<Map.Entry<Integer, RowError>> errors) {
        if (errors.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into imp_row_error (job_id, row_no, column_key, message_key, message_args) values (?, ?, ?, ?, ?)",
                errors,
                500,
                (ps, e) -> {
                    ps.setLong(1, jobId);
                    ps.setInt(2, e.getKey());
                    ps.setString(3, e.getValue().column());
                    ps.setString(4, e.getValue().messageKey());
                    String args = String.join(SEP, e.getValue().args());
                    ps.setString(5, args.isEmpty() ? null : args.substring(0, Math.min(args.length(), 500)));
                });
    }

    public int errorCount(long jobId) {
        Integer n = jdbc.queryForObject("select count(*) from imp_row_error where job_id = ?", Integer.class, jobId);
        return n == null ? 0 : n;
    }

    public List<ImportRowErrorView> errors(long jobId, int offset, int limit) {
        return jdbc.query(
                "select row_no, column_key, message_key, message_args from imp_row_error where job_id = ?"
                        + " order by row_no, id limit ? offset ?",
                (rs, i) -> view(rs),
                jobId,
                limit,
                offset);
    }

    public List<ImportRowErrorView> allErrors(long jobId) {
        return jdbc.query(
                "select row_no, column_key, message_key, message_args from imp_row_error where job_id = ?"
                        + " order by row_no, id",
                (rs, i) -> view(rs),
                jobId);
    }

    private static ImportRowErrorView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        String args = rs.getString(4);
        return new ImportRowErrorView(
                rs.getInt(1),
                rs.getString(2),
                rs.getString(3),
                args == null ? List.of() : Arrays.asList(args.split(SEP, -1)));
    }
}
