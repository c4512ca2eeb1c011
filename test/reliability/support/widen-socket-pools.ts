import { Agent } from "node:http";
import { dynamoDocumentClient } from "../../../functions/clients/dynamo-document-client.js";
import { schedulerClient } from "../../../functions/clients/scheduler-client.js";
import { sesClient } from "../../../functions/clients/ses-client.js";

/**
 * Gives the handlers' AWS clients in this process a socket per request in flight. A scenario plays a hundred
 * Lambda invocations at once through ONE process's clients, whose agents allow 50 sockets each (the SDK's
 * default): the rest queue inside the agent, and the SDK's 1 s connection timeout counts that queueing, so
 * calls failed as "did not establish a connection" with the store idle. Claims were left `sending`, their
 * schedules' retries waited two minutes of real time for them to go stale, and a run's length swung from
 * seconds to minutes. In production each invocation is its own Lambda with its own sockets, which this
 * restores; the timeouts stay as configured. Call once the endpoints point where the handlers should go.
 */
export function widenSocketPools(): void {
  for (const client of [dynamoDocumentClient(), schedulerClient(), sesClient()]) {
    const handler = client.config.requestHandler as {
      updateHttpClientConfig?: (k: string, v: unknown) => void;
    };
    if (typeof handler.updateHttpClientConfig !== "function")
      throw new Error("the SDK's request handler can no longer be configured after construction");
    handler.updateHttpClientConfig(
      "httpAgent",
      new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY }),
    );
  }
}
