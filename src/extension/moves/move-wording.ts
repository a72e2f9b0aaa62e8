// How a move's messages say what happened to the file. A plan describes its replacement either as
// what now stands in the file (`process.env.ORDERS_URL`) or as a removal (`removes Orders:Url from
// the file`), and a sentence has to read right with both.

/** What the file does after the move: "the file now uses process.env.X", or "the move removes X from the file". */
export function fileAfterMove(replacementDescription: string): string {
  return isRemoval(replacementDescription) ? `the move ${replacementDescription}` : `the file now uses ${replacementDescription}`;
}

/** The same, for a move that was not made: "the file would use …", or "the move removes …". */
export function fileAfterPlannedMove(replacementDescription: string): string {
  return isRemoval(replacementDescription) ? `the move ${replacementDescription}` : `the file would use ${replacementDescription}`;
}

function isRemoval(replacementDescription: string): boolean {
  return replacementDescription.startsWith("removes ");
}
