package com.yiti.approval;

import java.util.List;

/** A document type's flow in its current version. */
public record FlowView(
        long id,
        String documentType,
        String name,
        boolean active,
        int currentVersion,
        List<FlowData.Step> steps,
        long version) {}
