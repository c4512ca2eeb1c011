import { useRef } from "preact/hooks";

/**
 * The Idempotency-Key for sending `request` (a write's body, as JSON): the same key for as long as the
 * request is the same, a new one once it changes. So a person who clicks again after an answer was lost
 * (the API stored the interview, the connection dropped before the 201) gets that first answer back
 * instead of a second interview; a changed form is a new request.
 */
export function useRetryKey(): (request: string) => string {
  const last = useRef<{ request: string; key: string }>();
  return (request) => {
    if (last.current?.request !== request) last.current = { request, key: crypto.randomUUID() };
    return last.current.key;
  };
}
