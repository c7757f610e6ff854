package com.yiti.platform;

import org.springframework.core.io.Resource;

/** One area of the {@link FileStore}: files under keys the owning module chose (random, never a user's word). */
public interface StoredFiles {

    /** Stores the content under the key; readers see the whole file or none of it. */
    void put(String key, byte[] content);

    /**
     * Stores the content within the caller's transaction: if it rolls back, the file is removed again, so a refused
     * upload leaves no orphan behind.
     */
    default void putWithTransaction(String key, byte[] content) {
        put(key, content);
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            if (status != STATUS_COMMITTED) {
                                delete(key);
                            }
                        }
                    });
        }
    }

    /** The file under the key, read when the caller opens it (a missing file fails then). */
    Resource read(String key);

    /** Removes the file under the key; a missing one is not an error. */
    void delete(String key);
}
