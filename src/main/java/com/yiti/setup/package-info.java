/**
 * What a company sets once before it can sell: its own profile (names, unified social credit code, bank, logo and
 * seal for printed documents) and the reference data every module chooses from (tax rates, payment terms). Knows no
 * business module; the modules read it.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform"})
package com.yiti.setup;

import org.springframework.modulith.ApplicationModule;
