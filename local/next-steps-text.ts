/** Where a running local stack answers, as `npm start` prints it. */
export interface StackUrls {
  apiUrl: string;
  sesUrl: string;
  dataDir: string;
}

const DEFAULT_PORT = "3000";

/** `s` as one shell word: as it is when it needs no quoting, else in single quotes. */
const shellWord = (s: string) => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`);

/**
 * The "Next:" commands `npm start` prints, ready to paste for this stack: `npm run token` signs with
 * FOLLOWUP_DATA_DIR's key (else .data's) and `npm run example` dates the interview from the clock of the
 * stack on PORT (else 3000), so a stack on another data dir or port needs them named.
 */
export function nextStepsText(stack: StackUrls, env: { FOLLOWUP_DATA_DIR?: string | undefined }): string {
  const port = new URL(stack.apiUrl).port || "80";
  const tokenCommand = `${env.FOLLOWUP_DATA_DIR ? `FOLLOWUP_DATA_DIR=${shellWord(stack.dataDir)} ` : ""}npm run -s token -- sam`;
  const exampleCommand = `${port === DEFAULT_PORT ? "" : `PORT=${port} `}npm run -s example`;
  return `Next:
  TOKEN=$(${tokenCommand})
  ${exampleCommand} | curl -s -X POST ${stack.apiUrl}/interviews -H "authorization: Bearer $TOKEN" \\
       -H 'content-type: application/json' -d @-
  curl -s -X POST ${stack.apiUrl}/_local/clock -H 'content-type: application/json' -d '{"advance":"P30D"}'
  Open ${stack.sesUrl} to read the emails that went out.`;
}
