/** Byte sizes (as DynamoDB JSON, a slight over-estimate of DynamoDB's own sizing) of the items a request writes. */
export function itemSizesIn(body: string): number[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  const sizes: number[] = [];
  const visit = (v: unknown) => {
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (o.Item && typeof o.Item === "object") sizes.push(Buffer.byteLength(JSON.stringify(o.Item)));
    for (const child of Object.values(o)) if (child && typeof child === "object") visit(child);
  };
  visit(parsed);
  return sizes;
}
