/**
 * Platform: identity (users, roles, departments and data scopes, API keys), security, audit history, the task inbox, navigation,
 * languages and the web layout every other module renders into.
 */
@ApplicationModule(allowedDependencies = "shared")
package com.yiti.platform;

import org.springframework.modulith.ApplicationModule;
