import fc from "fast-check";
import { expect } from "vitest";
import * as z from "zod/mini";

/** What a schema answers for a body: its output, or undefined when it refuses the body. */
export function schemaAnswer(schema: z.core.$ZodType): (body: unknown) => unknown {
  return (body) => {
    const parsed = z.safeParse(schema, body);
    return parsed.success ? parsed.data : undefined;
  };
}

/** Same value and same key order: what a route hands its use case either way. */
export const sameAnswer = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Holds a fast path to its schema over `runs` bodies drawn from `bodies`: it fails the property where the fast
 * path answers a body the schema refuses, or answers it otherwise. Returns how many bodies the fast path
 * answered and how many valid ones it declined (declining is allowed; a test checks the count is not vacuous).
 */
export function fastPathAgainstSchema(
  fast: (body: unknown) => unknown,
  schema: z.core.$ZodType,
  bodies: fc.Arbitrary<unknown>,
  runs: number,
): { answered: number; declinedValid: number } {
  const answer = schemaAnswer(schema);
  let answered = 0;
  let declinedValid = 0;
  fc.assert(
    fc.property(bodies, (body) => {
      const fastAnswer = fast(body);
      const schemaAnswered = answer(body);
      if (fastAnswer === undefined) {
        if (schemaAnswered !== undefined) declinedValid++;
        return true;
      }
      answered++;
      return schemaAnswered !== undefined && sameAnswer(fastAnswer, schemaAnswered);
    }),
    { numRuns: runs },
  );
  return { answered, declinedValid };
}

/** Every body answered by the fast path (else it saves nothing), as the schema answers it. */
export function expectAnsweredAsSchema(
  fast: (body: unknown) => unknown,
  schema: z.core.$ZodType,
  bodies: readonly unknown[],
): void {
  const answer = schemaAnswer(schema);
  for (const body of bodies) {
    const fastAnswer = fast(body);
    expect(fastAnswer, JSON.stringify(body)).toBeDefined();
    expect(sameAnswer(fastAnswer, answer(body)), JSON.stringify(body)).toBe(true);
  }
}
