import {
  type AttributeValue,
  BatchWriteItemCommand,
  DynamoDBClient,
  QueryCommand,
  type WriteRequest,
} from "@aws-sdk/client-dynamodb";
import { LOCAL_REGION, LOCAL_TABLE } from "../../local/local-names.js";
import { runConcurrently } from "./run-concurrently.js";

/** DynamoDB's BatchWriteItem limit. */
const BATCH = 25;

/**
 * `count` copies of a registered interview's item written straight to the stack's table (BatchWriteItem,
 * `concurrency` batches at a time), each under an id of its own: what the table holds with that many
 * interviews, for the memory figure, without registering each through the API (which the bench times
 * separately, on far fewer). Their schedules are not created: the far-future filler schedules stand in.
 */
export async function addFillerInterviews(
  dynamoUrl: string,
  templateId: string,
  count: number,
  opts: { concurrency: number; budgetMs: number },
) {
  if (count <= 0) return { created: 0, perSecond: 0, errors: 0 };
  const client = new DynamoDBClient({
    region: LOCAL_REGION,
    endpoint: dynamoUrl,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  try {
    const found = await client.send(
      new QueryCommand({
        TableName: LOCAL_TABLE,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": { S: `INTERVIEW#${templateId}` } },
      }),
    );
    const template = JSON.stringify(found.Items ?? []);
    if (template === "[]") throw new Error(`interview ${templateId} is not in the table`);
    let errors = 0;
    const batches = Math.ceil(count / BATCH);
    const run = await runConcurrently(batches, opts.concurrency, opts.budgetMs, async (b) => {
      // Usually one item per interview; a batch takes more calls if an interview has more.
      let requests: WriteRequest[] = [];
      for (let i = b * BATCH; i < Math.min(count, (b + 1) * BATCH); i++) {
        const id = `01FILLER${String(i).padStart(18, "0")}`;
        const items = JSON.parse(template.replaceAll(templateId, id)) as Record<string, AttributeValue>[];
        requests.push(...items.map((Item) => ({ PutRequest: { Item } })));
      }
      try {
        while (requests.length > 0) {
          const out = await client.send(
            new BatchWriteItemCommand({ RequestItems: { [LOCAL_TABLE]: requests.slice(0, BATCH) } }),
          );
          requests = [...(out.UnprocessedItems?.[LOCAL_TABLE] ?? []), ...requests.slice(BATCH)];
        }
      } catch {
        errors++;
      }
    });
    const written = Math.min(count, run.results.length * BATCH);
    return {
      created: written - errors * BATCH,
      perSecond: Math.round(written / (run.elapsedMs / 1000)),
      errors,
    };
  } finally {
    client.destroy();
  }
}
