package com.yiti.notification;

/**
 * A channel ADMIN configures: a 企业微信 group robot, a 钉钉 group robot (each in its own message format, mentioning
 * the user by username), or any HTTP endpoint taking a JSON message.
 */
public enum ChannelKind {
    WECOM,
    DINGTALK,
    WEBHOOK
}
