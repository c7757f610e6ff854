package com.yiti.platform.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class TeamForm {

    private Long id;

    @NotBlank
    @Size(max = 100)
    private String name;

    private Long managerId;

    private long version;

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

    public Long getManagerId() {
        return managerId;
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
