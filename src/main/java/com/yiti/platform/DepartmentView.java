package com.yiti.platform;

import java.util.List;

/**
 * A department as lists and the API show it: where it sits in the tree (parent, depth from the top), its head and its
 * members.
 */
public record DepartmentView(
        long id,
        String name,
        Long parentId,
        String parentName,
        int depth,
        Long headId,
        String headName,
        List<Member> members,
        long version) {

    public record Member(long id, String username, String displayName) {}
}
