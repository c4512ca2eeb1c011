import type { InterviewStore } from "../ports/interview-store.js";
import type { DocumentClient } from "./document-client.js";
import { dynamoClaimStep } from "./dynamo-claim-step.js";
import { dynamoCreateInterview } from "./dynamo-create-interview.js";
import { dynamoGetInterview } from "./dynamo-get-interview.js";
import { dynamoListByApplication } from "./dynamo-list-by-application.js";
import { dynamoListByOwner } from "./dynamo-list-by-owner.js";
import { dynamoListNeedingAttention } from "./dynamo-list-needing-attention.js";
import { dynamoRemoveInterview } from "./dynamo-remove-interview.js";
import { dynamoReplaceInterview } from "./dynamo-replace-interview.js";
import type { InterviewStoreOps } from "./interview-store-of.js";

/** Every operation of the interview store on the table, for a process that calls them all. */
export const DYNAMO_INTERVIEW_STORE_OPS: InterviewStoreOps<keyof InterviewStore> = {
  get: dynamoGetInterview,
  create: dynamoCreateInterview,
  replace: dynamoReplaceInterview,
  claimStep: dynamoClaimStep,
  remove: dynamoRemoveInterview,
  listByOwner: dynamoListByOwner,
  listByApplication: dynamoListByApplication,
  listNeedingAttention: dynamoListNeedingAttention,
};

/**
 * The interview store on a single DynamoDB table (one item per interview; see DESIGN.md), whole. Each
 * operation is a module of its own (dynamo-*.ts beside this one); a Lambda builds only those it calls
 * (`interviewStoreOf`).
 */
export class DynamoInterviewStore implements InterviewStore {
  readonly get: InterviewStore["get"];
  readonly create: InterviewStore["create"];
  readonly replace: InterviewStore["replace"];
  readonly claimStep: InterviewStore["claimStep"];
  readonly remove: InterviewStore["remove"];
  readonly listByOwner: InterviewStore["listByOwner"];
  readonly listByApplication: InterviewStore["listByApplication"];
  readonly listNeedingAttention: InterviewStore["listNeedingAttention"];

  constructor(client: DocumentClient, tableName: string) {
    const table = { client, tableName };
    const ops = DYNAMO_INTERVIEW_STORE_OPS;
    this.get = ops.get(table);
    this.create = ops.create(table);
    this.replace = ops.replace(table);
    this.claimStep = ops.claimStep(table);
    this.remove = ops.remove(table);
    this.listByOwner = ops.listByOwner(table);
    this.listByApplication = ops.listByApplication(table);
    this.listNeedingAttention = ops.listNeedingAttention(table);
  }
}
