package com.yiti.platform;

import org.springframework.core.io.Resource;

/** One area of the {@link FileStore}: files under keys the owning module chose (random, never a user's word). */
public interface StoredFiles {

    /** Stores the content under the key; readers see the whole file or none of it. */
    void put(String key, byte[] content);

    /** The file under the key, read when the caller opens it (a missing file fails then). */
    Resource read(String key);

    /** Removes the file under the key; a missing one is not an error. */
    void delete(String key);
}
