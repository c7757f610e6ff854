package com.yiti.shared;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Collects changes to a summary row set over a whole transaction and writes them once, just before it commits. The
 * summary rows are then locked only for the moment of the commit (not from the first change on), and a writer that
 * sorts its keys locks them in one order in every transaction, so two transactions never wait for each other
 * crosswise. Outside a transaction the change is written at once.
 */
public final class BeforeCommit {

    private BeforeCommit() {}

    /**
     * Adds to this transaction's collection under the key (created on first use), written by {@code write} before
     * the commit.
     */
    public static <C> void collect(Object key, Supplier<C> create, Consumer<C> add, Consumer<C> write) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            C once = create.get();
            add.accept(once);
            write.accept(once);
            return;
        }
        @SuppressWarnings("unchecked")
        C pending = (C) TransactionSynchronizationManager.getResource(key);
        if (pending == null) {
            C created = create.get();
            TransactionSynchronizationManager.bindResource(key, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write.accept(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            pending = created;
        }
        add.accept(pending);
    }
}
