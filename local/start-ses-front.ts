import { ENTRIES } from "../shared/entries/entry-catalogue.js";
import type { LocalClock } from "./local-clock.js";
import { type SesEventPublisher, startSesEventPublisher } from "./start-ses-event-publisher.js";

/**
 * SES as every handler reaches it: the front that publishes the configuration set's Send events (to
 * ses-events) before the SES behind it answers. The one place the handlers' SES is chosen: the caller's
 * (`sesEndpoint`, e.g. one that outlives the stack), else the emulator thread's.
 */
export async function startSesFront(options: {
  /** The stack's SES port; 0 picks a free one. */
  port: number;
  sesEndpoint: string | undefined;
  emulatorSesUrl: string | undefined;
  invokeEntry: (entry: string, event: unknown) => Promise<unknown>;
  clock: Pick<LocalClock, "now">;
  log: (line: string) => void;
}): Promise<SesEventPublisher> {
  const upstreamUrl = options.sesEndpoint ?? options.emulatorSesUrl;
  if (!upstreamUrl) throw new Error("the emulator thread started no SES");
  return startSesEventPublisher({
    port: options.port,
    upstreamUrl,
    publish: async (event) => void (await options.invokeEntry(ENTRIES.sesEvents.entry, event)),
    now: () => options.clock.now(),
    log: options.log,
  });
}
