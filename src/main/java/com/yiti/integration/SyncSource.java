package com.yiti.integration;

/** Where a sync job takes its records: CSV or Excel files dropped in a folder, or a REST endpoint returning JSON. */
public enum SyncSource {
    FOLDER,
    REST
}
