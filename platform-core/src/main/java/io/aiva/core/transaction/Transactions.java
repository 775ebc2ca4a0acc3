package io.aiva.core.transaction;

import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs work in one transaction, for the places (interceptors, adapters) that must put their own
 * writes in the same transaction as the work they wrap.
 */
@ApplicationScoped
public class Transactions {

    @Transactional(rollbackOn = Exception.class)
    public <T> T inOne(Callable<T> work) throws Exception {
        return work.call();
    }

    /** In a transaction of its own, committed on return whatever transaction the caller is in. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void runOnItsOwn(Runnable work) {
        work.run();
    }
}
