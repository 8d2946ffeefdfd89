/**
 * The directory of Belarus: territories (reference data), organisations and officials,
 * their pages, REST API and the import of officials from CSV and XLSX.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory", allowedDependencies = {"platform", "identity"})
package by.egov.academy.directory;
