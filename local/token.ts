import { localConfig } from "./local-config.js";
import { LocalJwt } from "./local-jwt.js";

const subject = process.argv[2] ?? "";
if (!/^[A-Za-z0-9@._+-]{1,128}$/.test(subject)) {
  console.error("Usage: npm run -s token -- <user>   (1-128 letters, digits or @._+-)");
  process.exit(2);
}
const jwt = await LocalJwt.open(localConfig().FOLLOWUP_DATA_DIR);
console.log(await jwt.sign(subject));
