import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { localConfig } from "./local-config.js";
import { JWT_KEY_FILE, LocalJwt } from "./local-jwt.js";

const subject = process.argv[2] ?? "";
if (!/^[A-Za-z0-9@._+-]{1,128}$/.test(subject)) {
  console.error("Usage: npm run -s token -- <user>   (1-128 letters, digits or @._+-)");
  process.exit(2);
}
const dataDir = localConfig().FOLLOWUP_DATA_DIR;
// A key made here would sign tokens no running stack accepts (it reads its own data dir's key).
if (!existsSync(join(dataDir, JWT_KEY_FILE))) {
  console.error(
    `no local stack in ${resolve(dataDir)} (${JWT_KEY_FILE} is missing): start it with \`npm start\`, or set FOLLOWUP_DATA_DIR to the one it uses`,
  );
  process.exit(2);
}
const jwt = await LocalJwt.open(dataDir);
console.log(await jwt.sign(subject));
