import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { closeServer } from "../close-server.js";
import { listenOn } from "../listen-on.js";
import { RAW_HEADERS } from "./raw-headers.js";
import { type RawCall, storeSnapshot } from "./store-snapshot.js";
import { WriteJournal } from "./write-journal.js";

const JOURNAL_FILE = "writes.journal";
const LOCK_FILE = "store.lock";

/**
 * The journal in `dir`, with a lock so that two stores never append to one journal. A directory that still
 * holds the LevelDB store of an earlier version (and no journal yet) is read once into a first snapshot.
 */
export async function openStoreJournal(dir: string, dynalite: (o: object) => Server) {
  mkdirSync(dir, { recursive: true });
  const lock = join(dir, LOCK_FILE);
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, "utf8").trim());
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid))
      throw new Error(`The local store in ${dir} is in use by process ${pid}.`);
  }
  writeFileSync(lock, String(process.pid));
  const release = () => rmSync(lock, { force: true });
  try {
    const file = join(dir, JOURNAL_FILE);
    const legacy = !existsSync(file) && existsSync(join(dir, "CURRENT"));
    const { journal, entries } = WriteJournal.open(file);
    if (legacy) {
      const old = dynalite({ path: dir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
      const port = await listenOn(old, 0);
      try {
        const call: RawCall = async (op, body) => {
          const res = await fetch(`http://127.0.0.1:${port}/`, {
            method: "POST",
            headers: { ...RAW_HEADERS, "x-amz-target": `DynamoDB_20120810.${op}` },
            body: JSON.stringify(body),
          });
          return { status: res.status, json: (await res.json()) as Record<string, unknown> };
        };
        const snapshot = await storeSnapshot(call);
        journal.replaceWith(snapshot);
        entries.push(...snapshot);
      } finally {
        await closeServer(old);
      }
    }
    return {
      journal,
      entries,
      release: () => {
        journal.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
