/**
 * What every screen and endpoint shares: error mapping (problem+json for the API, error pages
 * for the UI), language resolution, the clock, the brand and base URL, and the page layout model.
 * Depends on no capability module.
 *
 * <p>Owns no data and publishes no events.
 *
 * <p>Tables: none.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package dev.accord.platform;
