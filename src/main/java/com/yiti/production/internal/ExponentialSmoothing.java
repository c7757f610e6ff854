package com.yiti.production.internal;

import java.util.Arrays;

/**
 * Monthly demand forecasting by exponential smoothing (decision 042), the methods of Hyndman and Athanasopoulos,
 * <i>Forecasting: Principles and Practice</i>, ch. 8: Holt-Winters with additive seasonality (season of 12) when
 * there are two full years of history, Holt's linear trend with at least four months, simple smoothing below that.
 * The smoothing parameters are the ones, on a coarse grid, with the least squared one-step-ahead error over the
 * history. Forecasts are never negative (demand is not).
 */
public final class ExponentialSmoothing {

    public static final int SEASON = 12;

    private static final double[] GRID = {0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    /** A fitted method: its name and the next months it forecasts. */
    public record Forecast(String method, double[] values) {}

    private ExponentialSmoothing() {}

    /** The next {@code horizon} months after a monthly history (oldest first). */
    public static Forecast forecast(double[] history, int horizon) {
        if (history.length == 0) {
            return new Forecast("NONE", new double[horizon]);
        }
        if (history.length >= 2 * SEASON) {
            return new Forecast("HOLT_WINTERS", holtWinters(history, horizon));
        }
        if (history.length >= 4) {
            return new Forecast("HOLT", holt(history, horizon));
        }
        return new Forecast("SES", simple(history, horizon));
    }

    /**
     * Mean absolute percentage error of the method on the last {@code heldOut} months, fitted on the months before
     * them; months with no demand are left out (a percentage of nothing is undefined). Null when there is nothing to
     * measure.
     */
    public static Double mape(double[] history, int heldOut) {
        if (history.length <= heldOut + 1) {
            return null;
        }
        double[] fit = Arrays.copyOf(history, history.length - heldOut);
        double[] predicted = forecast(fit, heldOut).values();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < heldOut; i++) {
            double actual = history[fit.length + i];
            if (actual > 0) {
                sum += Math.abs(actual - predicted[i]) / actual;
                n++;
            }
        }
        return n == 0 ? null : 100 * sum / n;
    }

    static double[] simple(double[] y, int horizon) {
        double best = Double.MAX_VALUE;
        double level = y[0];
        for (double alpha : GRID) {
            double l = y[0];
            double sse = 0;
            for (int t = 1; t < y.length; t++) {
                double e = y[t] - l;
                sse += e * e;
                l = l + alpha * e;
            }
            if (sse < best) {
                best = sse;
                level = l;
            }
        }
        double[] f = new double[horizon];
        Arrays.fill(f, Math.max(0, level));
        return f;
    }

    static double[] holt(double[] y, int horizon) {
        double best = Double.MAX_VALUE;
        double level = y[0];
        double trend = 0;
        for (double alpha : GRID) {
            for (double beta : GRID) {
                double l = y[0];
                double b = y[1] - y[0];
                double sse = 0;
                for (int t = 1; t < y.length; t++) {
                    double e = y[t] - (l + b);
                    sse += e * e;
                    double previous = l;
                    l = alpha * y[t] + (1 - alpha) * (l + b);
                    b = beta * (l - previous) + (1 - beta) * b;
                }
                if (sse < best) {
                    best = sse;
                    level = l;
                    trend = b;
                }
            }
        }
        double[] f = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            f[h] = Math.max(0, level + (h + 1) * trend);
        }
        return f;
    }

    static double[] holtWinters(double[] y, int horizon) {
        int m = SEASON;
        double best = Double.MAX_VALUE;
        double[] bestForecast = null;
        for (double alpha : GRID) {
            for (double beta : new double[] {0.05, 0.1, 0.2}) {
                for (double gamma : new double[] {0.05, 0.1, 0.2, 0.3}) {
                    // initial trend from the first two seasons' means, level at the end of the first season, and
                    // seasonal indices from the first season with its trend taken out
                    double firstMean = mean(y, 0, m);
                    double secondMean = mean(y, m, 2 * m);
                    double b = (secondMean - firstMean) / m;
                    double l = firstMean + b * (m - 1) / 2.0;
                    double[] s = new double[m];
                    for (int i = 0; i < m; i++) {
                        s[i] = y[i] - (firstMean + b * (i - (m - 1) / 2.0));
                    }
                    double sse = 0;
                    for (int t = m; t < y.length; t++) {
                        double season = s[t % m];
                        double e = y[t] - (l + b + season);
                        sse += e * e;
                        double previous = l;
                        l = alpha * (y[t] - season) + (1 - alpha) * (l + b);
                        b = beta * (l - previous) + (1 - beta) * b;
                        s[t % m] = gamma * (y[t] - l) + (1 - gamma) * season;
                    }
                    if (sse < best) {
                        best = sse;
                        bestForecast = new double[horizon];
                        for (int h = 0; h < horizon; h++) {
                            bestForecast[h] = Math.max(0, l + (h + 1) * b + s[(y.length + h) % m]);
                        }
                    }
                }
            }
        }
        return bestForecast;
    }

    private static double mean(double[] y, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += y[i];
        }
        return sum / (to - from);
    }
}
