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
    private static final ThreadLocal<List<Executed>> WITH_PARAMETERS = new ThreadLocal<>();

    /**
     * A statement as executed: its SQL, the values bound to it (the first set of a batch) in position order, and the
     * milliseconds it took.
     */
    public record Executed(String sql, List<Object> parameters, long millis) {}

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

    /** Runs the work and returns every statement it executed on this thread with the values bound to it. */
    public static List<Executed> recordWithParameters(Runnable work) {
        List<Executed> statements = new ArrayList<>();
        List<Executed> outer = WITH_PARAMETERS.get();
        WITH_PARAMETERS.set(statements);
        try {
            work.run();
        } finally {
            WITH_PARAMETERS.set(outer);
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
            List<Executed> withParameters = WITH_PARAMETERS.get();
            if (withParameters != null && !queryInfoList.isEmpty()) {
                QueryInfo first = queryInfoList.get(0);
                java.util.TreeMap<Integer, Object> values = new java.util.TreeMap<>();
                if (!first.getParametersList().isEmpty()) {
                    for (var op : first.getParametersList().get(0)) {
                        Object[] args = op.getArgs();
                        if (args.length >= 2 && args[0] instanceof Integer index) {
                            values.put(index, "setNull".equals(op.getMethod().getName()) ? null : args[1]);
                        }
                    }
                }
                withParameters.add(
                        new Executed(first.getQuery(), new ArrayList<>(values.values()), execInfo.getElapsedTime()));
            }
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
