package com.yiti.notification;

/** What ADMIN enters for a channel. */
public record ChannelData(String name, ChannelKind kind, String url, boolean enabled) {}
