package com.yiti.platform.internal;

import com.yiti.platform.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleScopes extends JpaRepository<RoleScope, Role> {}
