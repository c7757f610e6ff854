package com.yiti.shared;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * Reads that may be served by a read replica when one is configured ({@code yiti.replica.url}): dashboards and
 * exports, which tolerate seconds of lag and would otherwise compete with order entry for the primary. The work runs
 * with a flag on its thread; a transaction that begins inside takes its connection from the replica. Only read-only
 * work belongs inside (the replica refuses writes); a transaction already open keeps its connection. Without a replica
 * the flag changes nothing.
 */
public final class ReplicaReads {

    private static final ThreadLocal<Boolean> REQUESTED = new ThreadLocal<>();

    /** Work that writes to a response as it reads. */
    public interface Streaming {
        void run() throws IOException;
    }

    private ReplicaReads() {}

    /** Runs read-only work, served by the replica if there is one. */
    public static <T> T call(Supplier<T> work) {
        Boolean before = REQUESTED.get();
        REQUESTED.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            restore(before);
        }
    }

    /** Runs read-only work that streams its result (an export), served by the replica if there is one. */
    public static void stream(Streaming work) throws IOException {
        Boolean before = REQUESTED.get();
        REQUESTED.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            restore(before);
        }
    }

    /** Whether the work on this thread asked for the replica. */
    public static boolean requested() {
        return Boolean.TRUE.equals(REQUESTED.get());
    }

    private static void restore(Boolean before) {
        if (before == null) {
            REQUESTED.remove();
        } else {
            REQUESTED.set(before);
        }
    }
}
