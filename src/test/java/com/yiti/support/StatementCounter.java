package com.yiti.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Wraps the tests' DataSource in a counting proxy (datasource-proxy): while {@link #record} runs, every statement the
 * recording thread executes is kept, so a test can assert what a request costs in round trips to the database.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(ds)
                    .name(beanName)
                    .listener(new Listener())
                    .build();
        }
        return bean;
    }

    /** Runs the work and returns the SQL of every statement (a batch counts once) it executed on this thread. */
    public static List<String> record(Runnable work) {
        List<String> statements = new ArrayList<>();
        List<String> outer = RECORDING.get();
        RECORDING.set(statements);
        try {
            work.run();
        } finally {
            RECORDING.set(outer);
        }
        return statements;
    }

    public static <T> List<String> record(Supplier<T> work) {
        return record((Runnable) work::get);
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            List<String> statements = RECORDING.get();
            if (statements != null && !queryInfoList.isEmpty()) {
                statements.add(queryInfoList.get(0).getQuery());
                String trace = System.getProperty("yiti.trace.sql");
                if (trace != null && queryInfoList.get(0).getQuery().contains(trace)) {
                    System.out.println("TRACE "
                            + queryInfoList.get(0).getQuery().substring(0, 60) + " <- "
                            + java.util.Arrays.stream(Thread.currentThread().getStackTrace())
                                    .map(Object::toString)
                                    .filter(f -> f.startsWith("com.yiti") && !f.contains("support."))
                                    .limit(6)
                                    .toList());
                }
            }
        }
    }
}
