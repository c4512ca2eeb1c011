/**
 * How to log in, for an error line, both ways: `followup` is on the PATH only after `npm link` (or a
 * global install), while a checkout runs the CLI as `npm run -s cli --` (README "Command line").
 */
export function loginHint(url = "URL"): string {
  return `run \`followup login --url ${url} --token -\` (against the local stack: \`npm run -s cli -- login --local <you>\`)`;
}
