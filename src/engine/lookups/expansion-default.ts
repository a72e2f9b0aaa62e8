/**
 * The opening of a shell's or docker compose's expansion with a default, up to the default:
 * `${DB_PASSWORD:-`, `${DB_PASSWORD-`, `${X:=`, `${X=`. The engine names a compose list item's
 * default by it (key-name.ts), and the move takes the default out (fixes/fallback-read.ts).
 */
export const EXPANSION_DEFAULT_OPENING = String.raw`\$\{(?<variable>[A-Za-z_]\w{0,80}):?[-=]`;
