package com.yiti.aftersales;

import java.time.Instant;

public record CommentView(long id, String body, boolean internal, String author, Instant createdAt) {}
