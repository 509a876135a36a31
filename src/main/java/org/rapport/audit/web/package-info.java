/** The administrators' audit-log search screen. */
package org.rapport.audit.web;
