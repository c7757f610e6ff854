package com.yiti.platform;

/** What ADMIN enters for a department: its name, the department above it (none for the top) and its head. */
public record DepartmentData(String name, Long parentId, Long headId) {}
