/** The owner's record: one item per owner on the single table (no index attributes, so owner listings never see it). */
export const ownerQuotaKey = (owner: string) => ({
  pk: `OWNERQUOTA#${encodeURIComponent(owner)}`,
  sk: "QUOTA",
});
