package com.yiti.platform.web;

import com.yiti.platform.DepartmentData;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class DepartmentForm {

    private Long id;

    @NotBlank
    @Size(max = 100)
    private String name;

    private Long parentId;

    private Long headId;

    private long version;

    DepartmentData data() {
        return new DepartmentData(name, parentId, headId);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getHeadId() {
        return headId;
    }

    public void setHeadId(Long headId) {
        this.headId = headId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
