import { dynamoGetInterview } from "../../shared/adapters/dynamo-get-interview.js";
import { dynamoReplaceInterview } from "../../shared/adapters/dynamo-replace-interview.js";

/** The store operations of an entry that changes one interview: read it, write its next version. */
export const MUTATION_STORE_OPS = { get: dynamoGetInterview, replace: dynamoReplaceInterview };
