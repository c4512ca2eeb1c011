import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import type { ApiRoute } from "../../shared/api/api-routes.js";

export type TableAccess = ApiRoute["access"]["table"];

/**
 * Reading the single table: items by key, or a query (on the table or one of its indexes). No batch reads:
 * nothing reads several items by key at once any more (the contact markers became the owner's quota record).
 */
export const TABLE_READ_ACTIONS = ["dynamodb:GetItem", "dynamodb:Query"] as const;
/** Writing adds single-item writes only: every consistency decision is one conditional write (DESIGN.md). */
export const TABLE_WRITE_ACTIONS = [
  ...TABLE_READ_ACTIONS,
  "dynamodb:PutItem",
  "dynamodb:UpdateItem",
] as const;
/** Granted on top of writing only to a function that deletes items (`deletesItems` in its entry's access). */
export const TABLE_DELETE_ACTION = "dynamodb:DeleteItem";

/**
 * Grants exactly `access` on the table, instead of Table.grantReadData/grantReadWriteData, which add
 * scans, batch writes, streams and `index/*` (and DeleteItem to every writer, where a stray delete would
 * lose a whole interview). Item actions apply to the table; queries also to the named indexes.
 */
export function grantTableAccess(
  grantee: iam.IGrantable,
  table: dynamodb.ITable,
  indexNames: readonly string[],
  access: TableAccess,
  /** Also dynamodb:DeleteItem; only with `access` "write". */
  deletesItems = false,
): void {
  if (access === "none") return;
  const itemActions: string[] = (access === "write" ? TABLE_WRITE_ACTIONS : TABLE_READ_ACTIONS).filter(
    (action) => action !== "dynamodb:Query",
  );
  if (deletesItems && access === "write") itemActions.push(TABLE_DELETE_ACTION);
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: itemActions, resources: [table.tableArn] }),
  );
  grantee.grantPrincipal.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: ["dynamodb:Query"],
      resources: [table.tableArn, ...indexNames.map((name) => `${table.tableArn}/index/${name}`)],
    }),
  );
}
