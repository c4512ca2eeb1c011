import fc from "fast-check";

/**
 * Property tests run the same cases on every machine, so a CI run is reproducible: FC_SEED=<n> explores
 * other cases (FC_SEED=random for a fresh seed each run, printed by fast-check on a failure).
 */
const chosen = process.env.FC_SEED ?? "20261201";
if (chosen !== "random") {
  const seed = Number(chosen);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not "${chosen}"`);
  fc.configureGlobal({ seed });
}
