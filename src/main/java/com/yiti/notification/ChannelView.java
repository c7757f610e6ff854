package com.yiti.notification;

/** A channel as ADMIN sees it; {@code code} is what a user's preferences name it by ({@code CHANNEL:3}). */
public record ChannelView(
        long id, String name, ChannelKind kind, String url, boolean enabled, String code, long version) {}
