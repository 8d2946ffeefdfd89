/** Report tables written as XLSX and CSV, shared by every report of the module. */
package by.egov.academy.reporting.export;
