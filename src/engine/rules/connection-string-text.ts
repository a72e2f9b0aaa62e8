/**
 * One character of a connection string, or the seam where code splits it into literals joined by
 * `&`, `+` or `.` (`"Server=db;" & "Password=…"`): the connection-string rules read past a seam as
 * if the string went on. A regex source fragment; give it a bound (`{0,600}?`).
 */
export const CONNECTION_STRING_CHARACTER = `(?:[^"'\\n]|["'][ \\t]{0,5}[&+.][ \\t]{0,5}["'])`;
