/** A character above U+007F (with the u flag, a lone surrogate too): what a 7-bit ASCII text has none of. */
export const NON_ASCII = /\P{ASCII}/u;
