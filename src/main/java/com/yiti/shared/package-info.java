/**
 * Small building blocks every module may use: the audited entity base, paging, not-found signalling. Kept small on
 * purpose; business concepts belong to their module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.yiti.shared;

import org.springframework.modulith.ApplicationModule;
