// What the quick fix leaves in code must still build: Rust lifetimes and F# type variables are no
// quotes, a borrow of the read lives as long as its place needs, and a constant that code uses as
// a constant stays one (or the move is refused). Each output here was checked with rustc, javac
// or g++ where this machine had them when the test was written.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";
import { constantUseElsewhere, constantUseRefusal, FixPlanError, mergePlanEdits, planMove, suggestedSecretName } from "../../src/fixes";
import type { MovePlan, ReplacementStyle, TextEdit } from "../../src/fixes";
import { applyPlan, secretIn, TEST_VAULT } from "./move-plan-helpers";

// Made-up values, assembled at run time so this file does not hold a detectable secret.
const PASSWORD = "Xk9mP" + "2vL7qR4tWz8Nb3c";
const TOKEN = "ghp_" + "V8mQ2xL7kR4wZ9tN3bC6pJ1sH5dF0gY2aU7e";
const VAULT = TEST_VAULT;


const apply = applyPlan;

function move(text: string, filePath: string, style?: ReplacementStyle): { plan: MovePlan; after: string } {
  const finding = secretIn(text, filePath);
  const secretName = suggestedSecretName(text, filePath, finding);
  const plan = planMove({ text, filePath, finding, secretName, vaultUrl: VAULT, ...(style ? { style } : {}) });
  const secret = text.slice(finding.range.startOffset, finding.range.endOffset);
  assert.ok(secret === PASSWORD || secret === TOKEN);
  assert.equal(plan.value, secret, "the value stored is the secret, not the code around it");
  const after = apply(text, plan);
  assert.ok(!after.includes(secret), "the secret left the file");
  return { plan, after };
}

/** The move is refused with `code`, and the message holds `words` (and never the secret). */
function refused(text: string, filePath: string, code: string, words: RegExp, style?: ReplacementStyle): void {
  const finding = secretIn(text, filePath);
  assert.throws(
    () => planMove({ text, filePath, finding, secretName: "password", vaultUrl: VAULT, ...(style ? { style } : {}) }),
    (error: unknown) => error instanceof FixPlanError && error.code === code && words.test(error.message) && !error.message.includes(PASSWORD),
    `${filePath}: ${text}`,
  );
}

const REFERENCE = `@Microsoft.KeyVault(SecretUri=${VAULT}/secrets/password/)`;

test("a Rust lifetime on the value's line is no quote: the literal, and only it, is replaced", () => {
  const text = `pub fn f() -> usize { let password: &'static str = "${PASSWORD}"; password.len() }\n`;
  assert.equal(move(text, "src/k.rs", "keyVaultReference").after, `pub fn f() -> usize { let password: &'static str = "${REFERENCE}"; password.len() }\n`);
  const generic = `fn f<'a>(x: &'a str) {}\npub fn g() { let v: Vec<&'static str> = vec!["x"]; let password = "${PASSWORD}"; f(password); }\n`;
  assert.equal(move(generic, "src/c.rs").after, generic.replace(`"${PASSWORD}"`, '&*std::env::var("PASSWORD").expect("PASSWORD is not set")'));
});

test("an F# type variable on the value's line is no quote", () => {
  const text = `let connect (x: 'a) = let password = "${PASSWORD}" in password\n`;
  assert.equal(move(text, "src/a.fs").after, `let connect (x: 'a) = let password = System.Environment.GetEnvironmentVariable("PASSWORD") in password\n`);
  assert.equal(move(text, "src/a.fs", "keyVaultReference").after, `let connect (x: 'a) = let password = "${REFERENCE}" in password\n`);
});

test("a string that does not close, or a character literal, is never rewritten: the fix cannot tell where the value ends", () => {
  // (A template literal left open to the file's end; C++14's digit separator, read as a quote that
  // runs to the line's end; Go's rune literal holding more than one character.)
  refused(`const a = \`x;\nconst password = "${PASSWORD}";\n`, "src/a.js", "noBounds", /does not close/);
  refused(`int main() { int n = 1'000; const char *password = "${PASSWORD}"; }\n`, "a.cpp", "noBounds", /does not close/);
  refused(`int main() { int n = 1'000; const char *password = "${PASSWORD}"; }\n`, "a.cpp", "noBounds", /does not close/, "keyVaultReference");
  refused(`package a\n\nvar password = '${PASSWORD}'\n`, "a.go", "noBounds", /character literal/, "keyVaultReference");
});

const READ = 'std::env::var("PASSWORD").expect("PASSWORD is not set")';
const STRING_NOTE = /now a String.*read PASSWORD into a variable first and borrow it/;

test("Rust: &* borrows the read only where the borrow lives long enough; elsewhere the String stands, with a note", () => {
  // A let's whole initializer, and an argument of a function call that is a statement: borrowed.
  const local = move(`pub fn f() -> usize { let password: &str = "${PASSWORD}"; password.len() }\n`, "src/a.rs");
  assert.equal(local.after, `pub fn f() -> usize { let password: &str = &*${READ}; password.len() }\n`);
  assert.ok(!local.plan.notes.some((note) => STRING_NOTE.test(note)));
  const argument = move(`fn login(_u: &str, _p: &str) {}\npub fn f() { login("app", "${TOKEN}"); }\n`, "src/a.rs");
  assert.match(argument.after, /\{ login\("app", &\*std::env::var\("[A-Z_]+"\)\.expect\("[A-Z_]+ is not set"\)\); \}/);
  // A map's insert (E0716 with &*), a &'static str, a variable the block returns: the String, and the note.
  const inserted = move(`use std::collections::HashMap;\npub fn f() -> usize { let mut m = HashMap::new(); m.insert("password", "${PASSWORD}"); m.len() }\n`, "src/a.rs");
  assert.equal(inserted.after, `use std::collections::HashMap;\npub fn f() -> usize { let mut m = HashMap::new(); m.insert("password", ${READ}); m.len() }\n`);
  assert.ok(inserted.plan.notes.some((note) => STRING_NOTE.test(note)));
  const forever = move(`pub fn f() -> usize { let password: &'static str = "${PASSWORD}"; password.len() }\n`, "src/a.rs");
  assert.equal(forever.after, `pub fn f() -> usize { let password: &'static str = ${READ}; password.len() }\n`);
  assert.ok(forever.plan.notes.some((note) => STRING_NOTE.test(note)));
  const returned = move(`pub fn f() -> &'static str {\n    let password = "${PASSWORD}";\n    password\n}\npub fn g() -> usize { let password = "x"; password.len() }\n`, "src/a.rs");
  assert.match(returned.after, new RegExp(String.raw`let password = std::env::var`));
  assert.ok(returned.plan.notes.some((note) => STRING_NOTE.test(note)));
  // A method's or a builder's argument takes a &str for the call: borrowed, as the literal was.
  const method = move(`struct Cfg;\nimpl Cfg { fn password(&mut self, _p: &str) -> &mut Cfg { self } }\npub fn f(cfg: &mut Cfg) { cfg.password("${PASSWORD}"); }\n`, "src/a.rs");
  assert.match(method.after, /cfg\.password\(&\*std::env::var\(/);
  assert.ok(!method.plan.notes.some((note) => STRING_NOTE.test(note)));
  const builder = move(`pub fn f() -> usize { Client::builder().password("${PASSWORD}").build().len() }\n`, "src/a.rs");
  assert.match(builder.after, /\.password\(&\*std::env::var\(/);
  // A struct literal's field outlives the statement: the String, and the note.
  const field = move(`pub struct Opts { pub password: String }\npub fn f() -> Opts { Opts { password: "${PASSWORD}" } }\n`, "src/a.rs");
  assert.match(field.after, /Opts \{ password: std::env::var\(/);
  assert.ok(field.plan.notes.some((note) => STRING_NOTE.test(note)));
  // A struct literal that is a `let`'s whole initializer keeps the borrows in its fields alive as
  // long as the variable (temporary lifetime extension), so a `&str` field takes the borrow.
  const bound = move(`pub struct Smtp<'a> { pub host: &'a str, pub password: &'a str }\npub fn f() -> usize {\n    let smtp = Smtp {\n        host: "smtp.example.com",\n        password: "${PASSWORD}",\n    };\n    smtp.password.len()\n}\n`, "src/a.rs");
  assert.match(bound.after, /password: &\*std::env::var\("PASSWORD"\)\.expect\("PASSWORD is not set"\),/);
  assert.ok(!bound.plan.notes.some((note) => STRING_NOTE.test(note)));
  const pathed = move(`pub fn f() -> usize { let smtp = mail::Smtp { host: "h", password: "${PASSWORD}" }; smtp.password.len() }\n`, "src/a.rs");
  assert.match(pathed.after, /password: &\*std::env::var\(/);
  // (The next block's `password` tail is not this one's.)
  const kept = move(`pub fn f() -> String { let password = "${PASSWORD}"; password.to_owned() }\npub fn g() -> &'static str { let password = "x"; password }\n`, "src/a.rs");
  assert.match(kept.after, /let password = &\*std::env::var/);
});

const COMPILE_TIME = /known when the program is compiled/;

test("C++: a constexpr or constinit variable, or a constexpr or consteval function's body, is refused: std::getenv is no constant", () => {
  refused(`constexpr const char* password = "${PASSWORD}";\n`, "src/a.cpp", "unsupported", COMPILE_TIME);
  refused(`struct Keys { static constexpr const char* password = "${PASSWORD}"; };\n`, "src/a.cpp", "unsupported", COMPILE_TIME);
  refused(`constinit const char* password = "${PASSWORD}";\n`, "src/a.cpp", "unsupported", COMPILE_TIME);
  refused(`consteval const char* f() {\n  const char* password = "${PASSWORD}";\n  return password;\n}\n`, "src/a.cpp", "unsupported", COMPILE_TIME);
  refused(`constexpr const char* f(bool b) {\n  if (b) { const char* password = "${PASSWORD}"; return password; }\n  return "";\n}\n`, "src/a.cpp", "unsupported", COMPILE_TIME);
  // An `if constexpr` block of an ordinary function reads the environment like any other.
  const branch = `#include <cstdlib>\ntemplate <bool B> const char* f() {\n  if constexpr (B) { const char* password = "${PASSWORD}"; return password; }\n  return "";\n}\n`;
  assert.equal(move(branch, "src/a.cpp").after, branch.replace(`"${PASSWORD}"`, 'std::getenv("PASSWORD")'));
});

/** A refusal that names the constant, the line that uses it, and what that use is. */
function constantUsed(name: string, line: number, what: string): RegExp {
  return new RegExp(String.raw`constant ${name}, and line ${line} uses it as ${what}\b`);
}

test("a constant the file uses as a constant is not turned into a read at run time: the refusal names the use's line", () => {
  // Java: a final String is a constant variable, which a case label takes.
  const java = `class A {\n    static final String PASSWORD = "${PASSWORD}";\n    int f(String k) {\n        switch (k) { case PASSWORD: return 1; default: return 0; }\n    }\n}\n`;
  refused(java, "A.java", "unsupported", constantUsed("PASSWORD", 4, "a case label"));
  // C#: an attribute's argument, a case label, a default parameter, a pattern, another const.
  const keys = `namespace A;\npublic static class Keys\n{\n    public const string Password = "${PASSWORD}";\n}\n`;
  refused(`${keys}public class C\n{\n    [Obsolete(Keys.Password)] void F() { }\n}\n`, "A.cs", "unsupported", constantUsed("Password", 8, "an attribute's argument"));
  refused(`${keys}public class C\n{\n    int F(string k) { switch (k) { case Keys.Password: return 1; } return 0; }\n}\n`, "A.cs", "unsupported", constantUsed("Password", 8, "a case label"));
  refused(`${keys}public class C\n{\n    void G(string p = Keys.Password) { }\n}\n`, "A.cs", "unsupported", constantUsed("Password", 8, "a parameter's default"));
  refused(`${keys}public class C\n{\n    bool G(string p) => p is Keys.Password;\n}\n`, "A.cs", "unsupported", constantUsed("Password", 8, "a pattern"));
  refused(`${keys}public class C\n{\n    const string Both = Keys.Password + "!";\n}\n`, "A.cs", "unsupported", constantUsed("Password", 8, "another constant's value"));
  // Kotlin: an annotation's argument.
  refused(`object C { const val PASSWORD = "${PASSWORD}" }\n@Named(C.PASSWORD) class X\n`, "C.kt", "unsupported", constantUsed("PASSWORD", 2, "an annotation's argument"));
  // Go: an array's length, another constant, a line of a const block.
  refused(`package a\n\nconst Password string = "${PASSWORD}"\n\nvar x = [len(Password)]int{}\n`, "a.go", "unsupported", constantUsed("Password", 5, "an array's length"));
  refused(`package a\n\nconst Password = "${PASSWORD}"\nconst Other = Password + "x"\n`, "a.go", "unsupported", constantUsed("Password", 4, "another constant's value"));
  refused(`package a\n\nconst Password = "${PASSWORD}"\n\nconst (\n\tA = 1\n\tOther = Password + "x"\n)\n`, "a.go", "unsupported", constantUsed("Password", 7, "a line of a const \\( … \\) block"));
});

test("a constant used only as a value, or named in a comment or a string, still moves", () => {
  const java = `class A {\n    static final String PASSWORD = "${PASSWORD}";\n    // case PASSWORD: was here\n    String f() { return "case PASSWORD:" + PASSWORD; }\n}\n`;
  assert.match(move(java, "A.java").after, /static final String PASSWORD = Objects\.requireNonNull\(System\.getenv\("PASSWORD"\), "PASSWORD is not set"\);/);
  const csharp = `using System;\nclass C {\n    private const string Password = "${PASSWORD}";\n    string F(string[] d) => d[Key(Password)] + Password;\n}\n`;
  assert.match(move(csharp, "C.cs").after, /private static readonly string Password = Environment\.GetEnvironmentVariable\("PASSWORD"\) \?\? throw new InvalidOperationException\("PASSWORD is not set"\);/);
  assert.match(move(`package a\n\nconst Password = "${PASSWORD}"\n\nfunc F() int { return len(Password) }\n`, "a.go").after, /var Password = os\.Getenv\("PASSWORD"\)/);
  // A case guard (`when`) and a collection expression take any value, as expressions do.
  const guarded = `using System;\nusing System.Collections.Generic;\nclass C {\n    const string Password = "${PASSWORD}";\n    int F(object o) { switch (o) { case string s when s == Password: return 1; } return 0; }\n    List<string> L() { List<string> l = [Normalize(Password)]; return l; }\n    static string Normalize(string s) => s;\n}\n`;
  assert.match(move(guarded, "C.cs").after, /static readonly string Password = Environment\.GetEnvironmentVariable\("PASSWORD"\) \?\? throw new InvalidOperationException\("PASSWORD is not set"\);/);
});

test("the plan names the constant it makes a variable, and another file's use of it as a constant is found", () => {
  const { plan } = move(`package a\n\nconst Password = "${PASSWORD}"\n`, "a.go");
  assert.deepEqual(plan.constantMadeVariable, { name: "Password", language: "go", reach: "folder" });
  assert.equal(move(`package a\n\nvar Password = "${PASSWORD}"\n`, "a.go").plan.constantMadeVariable, undefined);
  const files = [
    { path: "doc.go", language: "go" as const, text: "package a\n\n// const Header = Password + \"!\" in a comment is no use\n" },
    { path: "header.go", language: "go" as const, text: 'package a\n\nimport "fmt"\n\nconst Header = "Basic " + Password\n\nfunc F() { fmt.Println(Header) }\n' },
  ];
  assert.deepEqual(constantUseElsewhere("Password", files), { path: "header.go", line: 5, what: "another constant's value" });
  assert.equal(constantUseElsewhere("Password", [files[0]!, { path: "use.go", language: "go", text: "package a\n\nfunc G() int { return len(Password) }\n" }]), undefined);
  assert.match(constantUseRefusal("Password", "line 5 of header.go", "another constant's value"), /^The value is the constant Password, and line 5 of header\.go uses it as another constant's value, /);
});

test("which other files may use the constant a move makes a variable: none for a private one or a local, the program's for the rest", () => {
  const reach = (text: string, filePath: string) => move(text, filePath).plan.constantMadeVariable?.reach;
  // C#: a member without a modifier is private, and a local has none; a partial type's other parts see its privates.
  assert.equal(reach(`class K { const string Password = "${PASSWORD}"; }\n`, "K.cs"), "file");
  assert.equal(reach(`class K { void F() { const string password = "${PASSWORD}"; } }\n`, "K.cs"), "file");
  assert.equal(reach(`public static class K { public const string Password = "${PASSWORD}"; }\n`, "K.cs"), "program");
  assert.equal(reach(`static class K { internal const string Password = "${PASSWORD}"; }\n`, "K.cs"), "program");
  assert.equal(reach(`partial class K { const string Password = "${PASSWORD}"; }\n`, "K.cs"), "program");
  // Java and Kotlin: anything but private; Dart: a name without a leading underscore.
  assert.equal(reach(`class K { private static final String PASSWORD = "${PASSWORD}"; }\n`, "K.java"), "file");
  assert.equal(reach(`class K { static final String PASSWORD = "${PASSWORD}"; }\n`, "K.java"), "program");
  assert.equal(reach(`private const val PASSWORD = "${PASSWORD}"\n`, "K.kt"), "file");
  assert.equal(reach(`object K { const val PASSWORD = "${PASSWORD}" }\n`, "K.kt"), "program");
  assert.equal(reach(`const _password = "${PASSWORD}";\n`, "k.dart"), "file");
  assert.equal(reach(`const password = "${PASSWORD}";\n`, "k.dart"), "program");
  // A local, in a method's or a function's body, is seen by no other file.
  assert.equal(reach(`class K {\n    void f() {\n        final String password = "${PASSWORD}";\n    }\n}\n`, "K.java"), "file");
  assert.equal(reach(`class K {\n    Runnable r = () -> {\n        final String password = "${PASSWORD}";\n    };\n}\n`, "K.java"), "file");
  assert.equal(reach(`void main() {\n  const password = "${PASSWORD}";\n}\n`, "k.dart"), "file");
  // The type that declares it: the innermost named one around it (a Kotlin companion object's class).
  const owner = (text: string, filePath: string) => move(text, filePath).plan.constantMadeVariable?.owner;
  assert.equal(owner(`namespace A {\n    public static class Keys {\n        static void F() { }\n        public const string Password = "${PASSWORD}";\n    }\n}\n`, "Keys.cs"), "Keys");
  assert.equal(owner(`class Outer {\n    static class Inner { }\n    public static final String PASSWORD = "${PASSWORD}";\n}\n`, "Outer.java"), "Outer");
  assert.equal(owner(`class Keys {\n    companion object {\n        const val PASSWORD = "${PASSWORD}"\n    }\n}\n`, "Keys.kt"), "Keys");
  assert.equal(owner(`const val PASSWORD = "${PASSWORD}"\n`, "Keys.kt"), undefined);
  // A brace in a string or a comment opens and closes no body: the field is still the type's, not a method's local.
  const unbalanced = `class Keys {\n    static String open() { return "{"; } // {\n    /* } */\n    public static final String PASSWORD = "${PASSWORD}";\n}\n`;
  assert.equal(reach(unbalanced, "Keys.java"), "program");
  assert.equal(owner(unbalanced, "Keys.java"), "Keys");
  assert.equal(owner(`public static class Keys {\n    public const string Format = "}}{0}";\n    public const string Password = "${PASSWORD}";\n}\n`, "Keys.cs"), "Keys");
});

test("Java: an interface's String field is a constant without saying so: its own file's case label refuses the move, and other files are asked", () => {
  const keys = `interface Keys {\n    String PASSWORD = "${PASSWORD}";\n}\n`;
  const { plan, after } = move(keys, "Keys.java");
  assert.deepEqual(plan.constantMadeVariable, { name: "PASSWORD", language: "java", reach: "program", owner: "Keys" });
  assert.match(after, /String PASSWORD = Objects\.requireNonNull\(System\.getenv\("PASSWORD"\), "PASSWORD is not set"\);/);
  const used = `interface Keys {\n    String PASSWORD = "${PASSWORD}";\n    static int f(String s) {\n        switch (s) {\n            case PASSWORD: return 1;\n        }\n        return 0;\n    }\n}\n`;
  assert.throws(() => planMove({ text: used, filePath: "Keys.java", finding: secretIn(used, "Keys.java"), secretName: "PASSWORD", vaultUrl: VAULT }), (error: unknown) => error instanceof FixPlanError && /line 5 uses it as a case label/.test(error.message));
});

test("another file's use of a C#, Java or Kotlin constant: a qualified use counts, a bare name counts unless that file declares its own", () => {
  const keys = { path: "src/Keys.cs", language: "csharp" as const, text: "" };
  const switchOn = (label: string) => `class Router {\n    int Route(string header) {\n        switch (header) {\n            case ${label}: return 1;\n        }\n        return 0;\n    }\n}\n`;
  assert.deepEqual(constantUseElsewhere("ApiPassword", [keys, { path: "src/Router.cs", language: "csharp", text: switchOn("Keys.ApiPassword") }]), { path: "src/Router.cs", line: 4, what: "a case label" });
  // (`using static Keys;` brings the bare name in.)
  assert.deepEqual(constantUseElsewhere("ApiPassword", [{ path: "Router.cs", language: "csharp", text: `using static Keys;\n${switchOn("ApiPassword")}` }])?.line, 5);
  const ownConstant = `class Other {\n    const string ApiPassword = "x";\n${switchOn("ApiPassword")}}\n`;
  assert.equal(constantUseElsewhere("ApiPassword", [{ path: "Other.cs", language: "csharp", text: ownConstant }]), undefined);
  assert.equal(constantUseElsewhere("ApiPassword", [{ path: "Other.cs", language: "csharp", text: ownConstant.replace("case ApiPassword:", "case Keys.ApiPassword:") }])?.what, "a case label");
  // Through another type, the name is that type's constant; through the owner, or bare, it may be this one.
  const cipher = { path: "Unwrap.cs", language: "csharp" as const, text: switchOn("Cipher.ApiPassword") };
  assert.equal(constantUseElsewhere("ApiPassword", [cipher], "Keys"), undefined);
  assert.equal(constantUseElsewhere("ApiPassword", [{ ...cipher, text: switchOn("Billing.Keys.ApiPassword") }], "Keys")?.line, 4);
  assert.equal(constantUseElsewhere("ApiPassword", [{ ...cipher, text: switchOn("ApiPassword") }], "Keys")?.line, 4);
  assert.equal(constantUseElsewhere("API_TOKEN", [{ path: "Client.kt", language: "kotlin", text: "@Headers(Keys.Companion.API_TOKEN)\nfun get() = 1\n" }], "Keys")?.what, "an annotation's argument");
  // A Java constant as a Kotlin annotation's argument; a use as a value is no use as a constant.
  assert.deepEqual(constantUseElsewhere("API_TOKEN", [{ path: "Client.kt", language: "kotlin", text: 'interface Client {\n    @Headers(Keys.API_TOKEN)\n    fun get(): String\n}\n' }]), { path: "Client.kt", line: 2, what: "an annotation's argument" });
  assert.equal(constantUseElsewhere("API_TOKEN", [{ path: "Client.java", language: "java", text: "class Client { String token() { return Keys.API_TOKEN; } }\n" }]), undefined);
});

test("C#: a local const loses its const; a member's const becomes static readonly wherever the member stands on its line", () => {
  const read = 'Environment.GetEnvironmentVariable("PASSWORD") ?? throw new InvalidOperationException("PASSWORD is not set")';
  // A local, in a method of a one-line class and in a method's nested block.
  assert.equal(move(`using System;\nclass B { void F() { const string password = "${PASSWORD}"; } }\n`, "B.cs").after, `using System;\nclass B { void F() { string password = ${read}; } }\n`);
  assert.equal(move(`using System;\nclass B {\n    void F(bool b) {\n        if (b) {\n            const string password = "${PASSWORD}";\n        }\n    }\n}\n`, "B.cs").after, `using System;\nclass B {\n    void F(bool b) {\n        if (b) {\n            string password = ${read};\n        }\n    }\n}\n`);
  // A member after the class's brace on its line, with two modifiers, or with none.
  assert.equal(move(`using System;\nclass F { protected internal const string Password = "${PASSWORD}"; }\n`, "F.cs").after, `using System;\nclass F { protected internal static readonly string Password = ${read}; }\n`);
  const bare = move(`using System;\nclass F\n{\n    const string Password = "${PASSWORD}";\n}\n`, "F.cs");
  assert.equal(bare.after, `using System;\nclass F\n{\n    static readonly string Password = ${read};\n}\n`);
  assert.ok(!bare.plan.notes.some((note) => /C# const/.test(note)));
});

test("Go: a line of a var block or an assignment gets no note about const blocks", () => {
  const constBlockNote = /const \( … \) block/;
  assert.ok(!move(`package a\n\nvar password = "${PASSWORD}"\n`, "a.go").plan.notes.some((note) => constBlockNote.test(note)));
  assert.ok(!move(`package a\n\nvar (\n\tpassword = "${PASSWORD}"\n)\n`, "a.go").plan.notes.some((note) => constBlockNote.test(note)));
  assert.ok(!move(`package a\n\nfunc F() string {\n\tvar password string\n\tpassword = "${PASSWORD}"\n\treturn password\n}\n`, "a.go").plan.notes.some((note) => constBlockNote.test(note)));
});

test("Go: a line of a const ( … ) block leaves it as a var, with its comment; where it cannot (iota, a line that repeats it, another line using it), it is refused", () => {
  const read = 'os.Getenv("PASSWORD")';
  // The block is closed before the line and opened again after it, however far above it opened.
  const manyConstants = Array.from({ length: 150 }, (_, index) => `\tLimit${index} = ${index}\n`).join("");
  assert.equal(
    move(`package a\n\nconst (\n${manyConstants}\n\t// The database's.\n\tpassword = "${PASSWORD}"\n\tTimeout = 30\n)\n`, "a.go").after,
    `package a\n\nimport "os"\n\nconst (\n${manyConstants})\n\n// The database's.\nvar password = ${read}\n\nconst (\n\tTimeout = 30\n)\n`,
  );
  // The block's first or last line: its `const (` or `)` goes instead.
  assert.equal(move(`package a\n\nconst (\n\tpassword string = "${PASSWORD}" // rotated monthly\n\tTimeout = 30\n)\n`, "a.go").after, `package a\n\nimport "os"\n\nvar password string = ${read} // rotated monthly\n\nconst (\n\tTimeout = 30\n)\n`);
  assert.equal(move(`package a\r\n\r\nconst (\r\n\tTimeout = 30\r\n\tpassword = "${PASSWORD}"\r\n)\r\n`, "a.go").after, `package a\r\n\r\nimport "os"\r\n\r\nconst (\r\n\tTimeout = 30\r\n)\r\n\r\nvar password = ${read}\r\n`);
  refused(`package a\n\nconst (\n\tLevel = iota\n\tpassword = "${PASSWORD}"\n)\n`, "a.go", "unsupported", /const \( … \) block that counts with iota/);
  refused(`package a\n\nconst (\n\tpassword = "${PASSWORD}"\n\tbackupPassword\n)\n`, "a.go", "unsupported", /next line repeats this line's value/);
  refused(`package a\n\nconst (\n\tpassword = "${PASSWORD}"\n\tdsn = "app:" + password + "@db"\n)\n`, "a.go", "unsupported", /another line uses password/);
});

test("Go: two neighbouring lines of a const ( … ) block moved by Move All become two vars, with no empty const ( ) between them", () => {
  const moveAll = (text: string, order: "first line first" | "last line first"): string => {
    const findings = scanText({ content: text, filePath: "a.go" }).filter((finding) => finding.kind === "secret");
    assert.equal(findings.length, 2);
    const taken: TextEdit[] = [];
    for (const finding of order === "first line first" ? findings : [...findings].reverse()) {
      assert.ok(mergePlanEdits(taken, planMove({ text, filePath: "a.go", finding, secretName: suggestedSecretName(text, "a.go", finding), vaultUrl: VAULT }).edits));
    }
    return apply(text, { edits: [...taken].sort((a, b) => a.start - b.start || a.end - b.end) });
  };
  const reads = 'var password = os.Getenv("PASSWORD")\n\nvar githubToken = os.Getenv("GITHUB_TOKEN")';
  for (const order of ["first line first", "last line first"] as const) {
    assert.equal(
      moveAll(`package a\n\nconst (\n\tpassword    = "${PASSWORD}"\n\tgithubToken = "${TOKEN}"\n\tTimeout     = 30\n)\n`, order),
      `package a\n\nimport "os"\n\n${reads}\n\nconst (\n\tTimeout     = 30\n)\n`,
      order,
    );
    assert.equal(
      moveAll(`package a\n\nconst (\n\tTimeout = 30\n\tpassword = "${PASSWORD}"\n\n\t// Rotated monthly.\n\tgithubToken = "${TOKEN}"\n)\n`, order),
      `package a\n\nimport "os"\n\nconst (\n\tTimeout = 30\n)\n\n${reads.replace("\n\nvar", "\n\n// Rotated monthly.\nvar")}\n`,
      order,
    );
  }
});

test("Go: the note says os.Getenv gives an empty string where the variable is unset", () => {
  const { plan, after } = move(`package a\n\nimport "os"\n\nfunc F() string {\n\tpassword := "${PASSWORD}"\n\treturn password\n}\n`, "a.go");
  assert.equal(after, `package a\n\nimport "os"\n\nfunc F() string {\n\tpassword := os.Getenv("PASSWORD")\n\treturn password\n}\n`);
  assert.ok(plan.notes.includes(`os.Getenv("PASSWORD") returns "" where PASSWORD is not set: check it where the value is used, so the program stops with a clear error instead of going on without the value.`), plan.notes.join("\n"));
});

test("Go: a string flag's default gets a note that the usage text prints it; another argument does not", () => {
  const flagNote = /usage text \(-h, or a mistyped flag\) prints a string flag's default/;
  const flag = move(`package main\n\nimport (\n\t"flag"\n\t"os"\n)\n\nvar apiKey = flag.String("api-key", "${TOKEN}", "the API key")\n`, "main.go");
  assert.equal(flag.after, `package main\n\nimport (\n\t"flag"\n\t"os"\n)\n\nvar apiKey = flag.String("api-key", os.Getenv("MAIN_GITHUB_TOKEN"), "the API key")\n`);
  assert.ok(flag.plan.notes.some((note) => flagNote.test(note)), flag.plan.notes.join("\n"));
  assert.ok(move(`package main\n\nfunc main() {\n\tcmd.Flags().StringVarP(&token, "token", "t", "${TOKEN}", "the token")\n}\n`, "main.go").plan.notes.some((note) => flagNote.test(note)));
  assert.ok(!move(`package main\n\nfunc main() {\n\treq.Header.Set("X-Token", "${TOKEN}")\n}\n`, "main.go").plan.notes.some((note) => flagNote.test(note)));
});

test("C: a designated initializer's member reads getenv, and stdlib.h is included for it", () => {
  const { after } = move(`#include <stdio.h>\n\nstruct db_config cfg_for(void) {\n    struct db_config cfg = {\n        .user = "orders",\n        .password = "${PASSWORD}",\n    };\n    return cfg;\n}\n`, "src/db.c");
  assert.equal(after, `#include <stdlib.h>\n#include <stdio.h>\n\nstruct db_config cfg_for(void) {\n    struct db_config cfg = {\n        .user = "orders",\n        .password = getenv("PASSWORD"),\n    };\n    return cfg;\n}\n`);
});

test("C++: the note says a std::string made from getenv's nullptr is undefined behaviour; C's says NULL", () => {
  const cpp = move(`#include <cstdlib>\n#include <string>\n\nstd::string password() {\n    std::string password = "${PASSWORD}";\n    return password;\n}\n`, "src/db.cpp");
  assert.equal(cpp.after, `#include <cstdlib>\n#include <string>\n\nstd::string password() {\n    std::string password = std::getenv("PASSWORD");\n    return password;\n}\n`);
  assert.ok(cpp.plan.notes.includes("std::getenv returns nullptr when PASSWORD is not set, and a std::string made from nullptr is undefined behaviour: check it before the value is used."), cpp.plan.notes.join("\n"));
  assert.ok(move(`#include <stdlib.h>\n\nconst char *password(void) {\n    const char *password = "${PASSWORD}";\n    return password;\n}\n`, "src/db.c").plan.notes.includes("getenv returns NULL when PASSWORD is not set: check it before the value is used."));
});

test("a value written into an environment variable is named by it, and the line that now sets the variable to itself is noted", () => {
  const itself = "This line now sets GITHUB_TOKEN to its own value: once the environment provides it, the line can go.";
  const go = move(`package main\n\nimport "os"\n\nfunc main() {\n\tos.Setenv("GITHUB_TOKEN", "${TOKEN}")\n}\n`, "main.go");
  assert.equal(go.after, `package main\n\nimport "os"\n\nfunc main() {\n\tos.Setenv("GITHUB_TOKEN", os.Getenv("GITHUB_TOKEN"))\n}\n`);
  assert.ok(go.plan.notes.includes(itself), go.plan.notes.join("\n"));
  const python = move(`import os\nos.environ.setdefault("GITHUB_TOKEN", "${TOKEN}")\n`, "app/settings.py");
  assert.equal(python.after, `import os\nos.environ.setdefault("GITHUB_TOKEN", os.environ["GITHUB_TOKEN"])\n`);
  assert.ok(python.plan.notes.includes(itself), python.plan.notes.join("\n"));
});

test("C: a macro's value is named by the macro, and the macro reads getenv", () => {
  const { plan, after } = move(`#include <stdlib.h>\n\n#define GITHUB_TOKEN "${TOKEN}"\n`, "src/client.c");
  assert.equal(after, `#include <stdlib.h>\n\n#define GITHUB_TOKEN getenv("GITHUB_TOKEN")\n`);
  assert.equal(plan.environmentVariable, "GITHUB_TOKEN");
});
