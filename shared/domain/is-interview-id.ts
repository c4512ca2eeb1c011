/** Interview ids are ULIDs: sortable by creation time, 26 Crockford base32 characters. */
export const INTERVIEW_ID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export function isInterviewId(value: string): boolean {
  return INTERVIEW_ID_PATTERN.test(value);
}
