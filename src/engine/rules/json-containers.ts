/**
 * Members of JSON objects that a rule knows by the object's name, not the members' own (`"bearer":
 * { "<host>": "…" }`, `"functionKeys": { "<key name>": "…" }`). The object is looked for on a woken
 * line only (a search from there to the end of the text, for every line that names one, would cost
 * the square of its length); its members may follow on the next lines, and each is read once.
 */

export interface ContainerMember {
  readonly name: string;
  readonly value: string;
  /** Offset of the value's first character in the text. */
  readonly valueStart: number;
}

/**
 * Reads the members of each container `container` finds on the line `[lineStart, lineEnd)` (`g`
 * flag), with `member` (`dy` flags, groups `name` and `value`), at most `most` a container, from
 * `readUntil` on. Returns where reading stopped, for the next line's call.
 */
export function readContainerMembers(
  text: string,
  lineStart: number,
  lineEnd: number,
  patterns: { readonly container: RegExp; readonly member: RegExp; readonly most: number },
  readUntil: number,
  onMember: (member: ContainerMember) => void,
): number {
  const { container, member, most } = patterns;
  for (const found of text.slice(lineStart, lineEnd).matchAll(container)) {
    const membersFrom = lineStart + found.index + found[0].length;
    if (membersFrom < readUntil) continue;
    member.lastIndex = membersFrom;
    for (let n = 0; n < most; n++) {
      const match = member.exec(text);
      if (!match) break;
      onMember({ name: match.groups!.name!, value: match.groups!.value!, valueStart: match.indices!.groups!.value![0] });
    }
    readUntil = Math.max(readUntil, member.lastIndex);
  }
  return readUntil;
}
