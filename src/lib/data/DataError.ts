import { formatIssue, type Issue } from "../validate/Issue.ts";

/** Thrown when the data package has problems: the message lists them all, one per line. */
export class DataError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(`${issues.length} problem(s) in the data package:\n${issues.map(formatIssue).join("\n")}`);
    this.name = "DataError";
    this.issues = issues;
  }
}
