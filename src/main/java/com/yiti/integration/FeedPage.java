package com.yiti.integration;

import java.util.List;
import java.util.Map;

/**
 * One page of a feed table: rows changed at or after {@code since}, oldest change first, each with its
 * {@code changed_at}; {@code next} is the cursor of the following page (empty at the end: keep the last
 * {@code changed_at} as the next run's {@code since}).
 */
public record FeedPage(String table, String since, List<Map<String, Object>> rows, String next) {}
