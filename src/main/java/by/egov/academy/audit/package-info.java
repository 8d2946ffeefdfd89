/**
 * Trust and operations: the audit log (every write to a business table, recorded by database triggers with
 * who, when, from which address, the row before and after and the changed keys; searchable by the programme
 * office, never editable) and a person's data (an official's export as JSON and erasure to a tombstone).
 * It reads the directory's and participation's tables with SQL, as the owner of the log about them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "platform")
package by.egov.academy.audit;
