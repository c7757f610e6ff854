package com.yiti.integration.web;

import com.yiti.integration.SyncJobData;
import com.yiti.integration.SyncJobView;
import com.yiti.integration.SyncSource;

/** The sync job form; the Authorization header is write-only (left blank, the one set before stays). */
public class SyncJobForm {

    private String name;
    private SyncSource source = SyncSource.FOLDER;
    private String location;
    private String filePattern = "*.csv";
    private String authHeader;
    private String itemsPath;
    private String system;
    private String kind;
    private String idColumn = "external_id";
    private String fieldMap;
    private String cron = "0 0 2 * * *";
    private String runAs;
    private boolean active = true;
    private long version;

    static SyncJobForm of(SyncJobView j) {
        SyncJobForm f = new SyncJobForm();
        f.name = j.name();
        f.source = j.source();
        f.location = j.location();
        f.filePattern = j.filePattern();
        f.itemsPath = j.itemsPath();
        f.system = j.system();
        f.kind = j.kind();
        f.idColumn = j.idColumn();
        f.fieldMap = j.fieldMap();
        f.cron = j.cron();
        f.runAs = j.runAs();
        f.active = j.active();
        f.version = j.version();
        return f;
    }

    SyncJobData toData() {
        return new SyncJobData(
                name,
                source,
                location,
                filePattern,
                authHeader,
                itemsPath,
                system,
                kind,
                idColumn,
                fieldMap,
                cron,
                runAs,
                active);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SyncSource getSource() {
        return source;
    }

    public void setSource(SyncSource source) {
        this.source = source;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getFilePattern() {
        return filePattern;
    }

    public void setFilePattern(String filePattern) {
        this.filePattern = filePattern;
    }

    public String getAuthHeader() {
        return authHeader;
    }

    public void setAuthHeader(String authHeader) {
        this.authHeader = authHeader;
    }

    public String getItemsPath() {
        return itemsPath;
    }

    public void setItemsPath(String itemsPath) {
        this.itemsPath = itemsPath;
    }

    public String getSystem() {
        return system;
    }

    public void setSystem(String system) {
        this.system = system;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getIdColumn() {
        return idColumn;
    }

    public void setIdColumn(String idColumn) {
        this.idColumn = idColumn;
    }

    public String getFieldMap() {
        return fieldMap;
    }

    public void setFieldMap(String fieldMap) {
        this.fieldMap = fieldMap;
    }

    public String getCron() {
        return cron;
    }

    public void setCron(String cron) {
        this.cron = cron;
    }

    public String getRunAs() {
        return runAs;
    }

    public void setRunAs(String runAs) {
        this.runAs = runAs;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
