package com.yiti.platform;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in its own transaction and, if the database picked it as a deadlock victim (or a lock wait
 * timed out), runs it once more from the start, so a deadlock between two people reaches neither of them. When the
 * caller already has a transaction (a form or API request with its one-time key) the work joins it behind a savepoint
 * and the caller owns the retry: work refused by a rule is rolled back to the savepoint and forgotten by the
 * persistence context, so the page shown again with the error reads what is stored, not what the refused work had
 * changed in memory.
 */
@Component
public class TransactionRetry {

    /**
     * A request attribute the API's error handler sets when the database chose the request's transaction as a
     * deadlock victim: the request's owner of the transaction (the idempotency filter) runs it once more.
     */
    public static final String RETRYABLE_REQUEST = "com.yiti.platform.TransactionRetry.retryable";

    private static final Logger log = LoggerFactory.getLogger(TransactionRetry.class);

    private final TransactionTemplate transactions;

    TransactionRetry(PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @jakarta.persistence.PersistenceContext
    private jakarta.persistence.EntityManager entityManager;

    public <T> T run(String what, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return behindSavepoint(work);
        }
        try {
            return transactions.execute(status -> work.get());
        } catch (PessimisticLockingFailureException e) {
            log.info("{}: lock conflict ({}), retrying once", what, e.getClass().getSimpleName());
            return transactions.execute(status -> work.get());
        }
    }

    private <T> T behindSavepoint(Supplier<T> work) {
        org.hibernate.Session session = entityManager.unwrap(org.hibernate.Session.class);
        java.sql.Savepoint savepoint = session.doReturningWork(java.sql.Connection::setSavepoint);
        try {
            T result = work.get();
            session.doWork(connection -> connection.releaseSavepoint(savepoint));
            return result;
        } catch (PessimisticLockingFailureException e) {
            throw e; // the database rolled the whole transaction back: its owner runs it again
        } catch (RuntimeException e) {
            session.doWork(connection -> connection.rollback(savepoint));
            entityManager.clear();
            throw e;
        }
    }
}
