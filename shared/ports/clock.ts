/** Where "now" comes from. Planning, claims and timelines all ask this, never `new Date()` directly. */
export interface Clock {
  now(): Date;
}
