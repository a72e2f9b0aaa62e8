/**
 * A secret in a Dockerfile. Docker builds the file as written and resolves no Key Vault reference
 * (nor anything else a move could write): an `ENV` value stays in the image's configuration, an
 * `ARG` value and every `RUN` step's command in its history, for anyone who pulls the image to
 * read. Docker's own build check (SecretsUsedInArgOrEnv) says to use secret mounts instead: the
 * move is refused with that advice, worded for the instruction that holds the value.
 */
import { isDockerfile } from "../engine/file-type";

/** The parser directive that changes the line-continuation character (`# escape=\``), among the first lines' comments. */
const ESCAPE_DIRECTIVE = /^(?:[ \t]*#[ \t]*\w+[ \t]*=[^\n]*\n)*?[ \t]*#[ \t]*escape[ \t]*=[ \t]*([\\`])/i;

/**
 * The instruction's name (`ENV`, `ARG`, `RUN`) whose text holds `offset`, read from the top as
 * Docker reads it: a line ending in the escape character continues on the next, and comment and
 * blank lines inside a continued instruction leave it going. (A heredoc's body is read as lines
 * of their own: its first word stands for the instruction, and only the wording depends on it.)
 */
function instructionAt(text: string, offset: number): string | undefined {
  const escape = ESCAPE_DIRECTIVE.exec(text)?.[1] ?? "\\";
  let instruction: string | undefined;
  let continued = false;
  for (let lineStart = 0; lineStart <= offset; ) {
    const lineBreak = text.indexOf("\n", lineStart);
    const lineEnd = lineBreak === -1 ? text.length : lineBreak;
    const line = text.slice(lineStart, lineEnd).trimEnd();
    const comment = /^[ \t]*#/.test(line);
    if (!continued && !comment && line.trim() !== "") instruction = /^[ \t]*([A-Za-z]+)/.exec(line)?.[1]?.toUpperCase();
    if (!comment && line.trim() !== "") continued = line.endsWith(escape);
    lineStart = lineEnd + 1;
  }
  return instruction;
}

/** The variable an `ENV`/`ARG` value is assigned to: `NAME=` or the older `ENV NAME value` before it, the value perhaps inside a quoted string. */
function variableBefore(text: string, offset: number): string | undefined {
  const before = text.slice(Math.max(0, offset - 200), offset);
  const quotedStart = `(?:"[^"\\n]*|'[^'\\n]*)?$`;
  return new RegExp(`([A-Za-z_]\\w*)[ \\t]*=[ \\t]*${quotedStart}`).exec(before)?.[1] ?? new RegExp(`\\bENV[ \\t]+([A-Za-z_]\\w*)[ \\t]+${quotedStart}`, "i").exec(before)?.[1];
}

/** `RUN --mount=type=secret,id=api_key,env=API_KEY …` and the build command that supplies it. */
function buildSecret(variable: string): string {
  const id = variable.toLowerCase();
  return `RUN --mount=type=secret,id=${id},env=${variable} …, built with docker build --secret id=${id},env=${variable}, which "Run with secrets" can run with ${variable} set from Key Vault`;
}

const ROTATE = "Then rotate the old value: the images built so far and this file's history hold it.";

/**
 * Why a secret in a Dockerfile cannot be moved by rewriting it, and what works instead; undefined
 * for any other file.
 */
export function dockerfileRefusal(filePath: string, text: string, start: number): string | undefined {
  if (!isDockerfile(filePath)) return undefined;
  const instruction = instructionAt(text, start);
  const variable = (instruction === "ENV" || instruction === "ARG" ? variableBefore(text, start) : undefined) ?? "SECRET_NAME";
  if (instruction === "ENV") {
    return `Docker keeps an ENV value in the image (docker inspect shows it) and resolves no Key Vault reference: delete it and pass ${variable} when the container starts (docker run -e ${variable}, or compose's environment: or env_file:), which "Run with secrets" can set from Key Vault; a build step that needs it mounts it as a BuildKit secret (${buildSecret(variable)}). ${ROTATE}`;
  }
  if (instruction === "ARG") {
    return `Docker keeps a build argument's value in the image's history (docker history shows it) and resolves no Key Vault reference: delete it and mount it as a BuildKit secret in the step that needs it (${buildSecret(variable)}); a container that needs it when it runs gets it from docker run -e ${variable} or compose's env_file:. ${ROTATE}`;
  }
  return `Docker keeps each build step's command in the image's history and resolves no Key Vault reference: mount the value as a BuildKit secret in that step (${buildSecret(variable)}). ${ROTATE}`;
}
