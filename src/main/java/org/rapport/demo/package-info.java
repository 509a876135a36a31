/**
 * Realistic, clearly fictional career-office data for demos and benchmarks: students of the fictional
 * Northfield University, its career advisors, and organisations across industries. Sizes run from a handful
 * to tens of thousands of students; rows are written in batches, never one transaction per row.
 */
package org.rapport.demo;
