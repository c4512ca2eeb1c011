/** Message-IDs in the headers of an attached or quoted original (after the top-level header block). */
export function originalMessageIds(body: string, own: string | undefined): string[] {
  const ids: string[] = [];
  for (const m of body.matchAll(/^[ \t>]*Message-ID:[ \t]*(?:\r?\n[ \t]+)?(<[^<>\s]{3,250}>)/gim)) {
    const id = m[1];
    if (id && id !== own && !ids.includes(id)) ids.push(id);
    if (ids.length >= 10) break;
  }
  return ids;
}
