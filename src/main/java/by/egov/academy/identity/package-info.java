/**
 * Accounts, roles, sign-in, API tokens and the access scope of the signed-in user
 * (a regional coordinator's oblast, a site operator's district). Depends only on the platform;
 * territory names it needs come through the {@link by.egov.academy.identity.TerritoryCatalog} port
 * that the directory implements, so the directory may depend on identity and not the other way round.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = "platform")
package by.egov.academy.identity;
