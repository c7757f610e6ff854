package com.yiti.platform;

import java.nio.file.Path;

/**
 * Where files that users upload live, shared by every node (decision 032): a directory (on a volume all nodes mount)
 * by default, or a bucket of S3-compatible storage ({@code yiti.files.store=s3}). A module asks for its own area once
 * and keeps files in it under keys it chose.
 */
public interface FileStore {

    /**
     * The area called {@code name}: in directory mode the given directory, in S3 mode the keys under
     * {@code <prefix><name>/} in the bucket.
     */
    StoredFiles area(String name, Path directory);

    /** Which store this is, for the operator (a directory or a bucket). */
    String describe();
}
