/** A whole number written with at least `width` digits, zeros first: `padDigits(7)` is "07". */
export const padDigits = (n: number, width = 2): string => String(n).padStart(width, "0");
