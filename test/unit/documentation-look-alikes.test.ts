// Look-alikes found in documentation packages (HTML manuals, reStructuredText sources, examples):
// each test holds a negative of the class and a secret of similar shape that stays reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { scanText } from "../../src/engine";

const secrets = (content: string, filePath: string) => scanText({ content, filePath }).filter((finding) => finding.kind === "secret");

test("a Python format field's name, %(secret:…)s, is filled in when formatted, not a value", () => {
  assert.equal(secrets('cmd = Interpolate("fetch -p %(secret:orders/db-pass)s now")\n', "secrets.rst.txt").length, 0);
  assert.equal(secrets('cmd = Interpolate("wget -p &#39;%(secret:userpass)s&#39;")\n', "secrets.html").length, 0);
  assert.equal(secrets('secret: Qm7vT2xK9pLr4Wz8\n', "secrets.rst.txt").length, 1);
});

test("a PKCS #11 URI's token attribute is a token's label, not a credential", () => {
  assert.equal(secrets("URL: pkcs11:model=Widget;manufacturer=Acme;serial=7;token=Orders%20Signing%20Card;id=%02;type=cert\n", "tls.html").length, 0);
  assert.equal(secrets('"pkcs11:token=ordershsm;pin-value=4321 /usr/lib/pkcs11/libsofthsm2.so"\n', "reference.rst.txt").length, 0);
  assert.equal(secrets("https://orders.example.com/api?format=json;token=Zr8kQ2mVx7Lp4Tn9Wc3B\n", "notes.txt").length, 1);
});

test("a name inside quotes written as HTML entities is mentioned, not assigned", () => {
  assert.equal(secrets('<span class="c1">#&quot;secret:rotate&quot;: &quot;rule:orders_admin or rule:orders_owner&quot;</span>\n', "policy.html").length, 0);
  assert.equal(secrets('<pre>docker run -e &quot;ORDERS_DB_PASSWORD=Qm7vT2xK9pLr4Wz8&quot; orders</pre>\n', "deploy.html").length, 1);
});

test("an INI section's header in a manual's example names the section, as it does in an INI file", () => {
  assert.equal(secrets("    [secretstore:hardware]\n    plugin = orders_hsm\n", "backends.rst.txt").length, 0);
  assert.equal(secrets("    [secretstore:hardware]\n    password = Qm7vT2xK9pLr4Wz8\n", "backends.rst.txt").length, 1);
});

test("code rendered as HTML: a value that runs into a tag, or a call cut at an entity, is an expression", () => {
  assert.equal(secrets('<span class="keyword">const</span> QString ORDERS_KEY = QStringLiteral(<span class="stringliteral">&quot;orders&quot;</span>);\n', "orders_8cpp_source.html").length, 0);
  assert.equal(secrets('    orderKey = order.locationData.range[<span class="hljs-number">0</span>]\n', "lexer.html").length, 0);
  assert.equal(secrets("<div class=\"line\">  key_reference r_key = ORDERS_V2F(p_e-&gt;m_value);</div>\n", "a00042_source.html").length, 0);
  assert.equal(secrets("    orders_secret = Zr8kQ2mVx7Lp4Tn9Wc3B\n", "deploy.html").length, 1);
  assert.equal(secrets("    orders_secret = Zr8k(Q2mVx7Lp4Tn9Wc3B&amp;more\n", "deploy.html").length, 1);
});

test("a call cut at the comma between its arguments, its first one indexed, is an expression; a random value before a comma is not", () => {
  assert.equal(secrets("  if not IsBound(r.secret) then\n    r.ordersecret := Joined(parts[2], suffix);\n  fi;\n", "orders.gi").length, 0);
  assert.equal(secrets("    r.ordersecret := Zr8k(Q2mVx7Lp4Tn9Wc3B, more\n", "orders.gi").length, 1);
  assert.equal(secrets("    orders_secret = Zr8kQ2mVx7Lp4Tn9Wc3B, more\n", "orders.gi").length, 1);
});

test("an Objective-C boxed expression or an object literal's first key is code; a random value in brackets is not", () => {
  assert.equal(secrets("    NSDictionary *opts = @{ OrdersQualityKey : @(OrdersQualityMax) };\n", "literals.rst.txt").length, 0);
  assert.equal(secrets("    ordersToken.lineIndent = {preLineIndent: @indent} if indented\n", "lexer.html").length, 0);
  assert.equal(secrets("password: @(Zr8kQ2mVx7Lp)\n", "notes.txt").length, 1);
});

test("a link to a heading's anchor joins the heading's words; it holds no value", () => {
  assert.equal(secrets('<a class="reference internal" href="#Orders-band-pass-filter:-Prices-and-Volumes">Orders</a>\n', "filters.html").length, 0);
  assert.equal(secrets("band_pass: Zr8kQ2mVx7Lp4Tn9Wc3B\n", "filters.html").length, 1);
});

test("a minifier's !0 or !1 under a password's name in a page's inline script is code, not a value", () => {
  assert.equal(secrets("<script>for(k in{radio:!0,file:!0,password:!0,image:!0})o.kinds[k]=function(t){return function(e){return e.kind===t}}(k);</script>\n", "vignette.html").length, 0);
  assert.equal(secrets("<script>var s={remember:!1,password:!1})a[k]=function(t){return t}</script>\n", "vignette.html").length, 0);
  assert.equal(secrets("password: !0Kq7vRzm2Lp9Tx\n", "vignette.html").length, 1);
  assert.equal(secrets("password=!0,Kq7vRzm2Lp9Tx\n", "vignette.html").length, 1);
});

test("a phrase in square brackets after a prompt stands for what is typed there, not a value", () => {
  const transcript = "shell% kpasswd alice@EXAMPLE.ORG\nPassword for alice@EXAMPLE.ORG:  [current password]\nEnter new password:              [choose a new password]\n";
  assert.equal(secrets(transcript, "admin/changing-passwords.html").length, 0);
  assert.equal(secrets("db_password = [whatever you chose]\n", "install.txt").length, 0);
  // A random value after the bracket is a value, as before, whatever follows it.
  assert.equal(secrets("Enter new password:  [Qm7vT2xK9pLr4Wz8\n", "admin/changing-passwords.html").length, 1);
  assert.equal(secrets("db_password = [Qm7vT2xK9pLr4Wz8 here]\n", "install.txt").length, 1);
});

test("`PWXe=` by chance inside Ascii85 data (quotes among its characters) on an old Mac file's `\\r` lines is no password's name", () => {
  // Made-up Ascii85 (`!` to `u`), as Adobe Illustrator keeps its private data in an EPS file's comments.
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const line = () => `%${Array.from({ length: 100 }, () => String.fromCharCode(33 + (next() % 85))).join("")}`;
  const value = ["1Rq7", "<!Kt!<X#)Tq"].join("");
  const middle = `%Qe&Tf@Lkmdpra.Hbscnus'Ardfgh*Kper:M&\\Z/<PWXe=${value}'\`M-N?abcd)e\`[f?.gh&j-`;
  const lines = [line(), line(), middle.padEnd(101, "Kq"), line(), line()];
  assert.equal(lines[2]!.length, 101);
  const eps = `%!PS-Adobe-3.1 EPSF-3.0\r%%Creator: Illustrator\r%AI12_CompressedData\r${lines.join("\r")}\r%%EOF\r`;
  assert.equal(secrets(eps, "examples/www/logo.eps").length, 0);
  assert.equal(secrets(eps.replaceAll("\r", "\n"), "examples/www/logo.eps").length, 0);
  // Settings on `\r` lines of one width are not such a block: each name is one.
  const first = ["DB_PASSWORD_PRIMARY=", "Kq9vRz2mLx7TpWn4Yb8cHd3Jf6Gs1Ue5", "Aw0Zr9Tq8Pm7Nl6Kj5Hg4Fd3"].join("");
  const second = ["DB_PASSWORD_REPLICA=", "Zm4nQ8wRt2Yk6Lp9Xv3Bc7Hd1Jf5Gs0", "Ue9Aw8Zr7Tq6Pm5Nl4Kj3Hg2"].join("");
  assert.equal(secrets(`${first}\r${second}\r`, "deploy/app.env").length, 2);
});

test("Angular's template reference variable in a tag, #password=\"ngModel\", names a directive, not a value", () => {
  const form = '<input type="password" name="pwd" #pwd="ngModel" required>\n<form #signupForm="ngForm">\n  <input [(ngModel)]="user.passphrase" #passphrase="ngModel" minlength="8">\n';
  assert.equal(secrets(form, "README.md").length, 0);
  assert.equal(secrets(form, "src/app/signup.component.html").length, 0);
  // A password written into a tag's attribute is still one, and so is a commented-out setting.
  const password = ["Tq8", "wLm3", "Zr5k"].join("");
  assert.equal(secrets(`<input type="password" #pwd="${password}">\n`, "signup.component.html").length, 1);
  assert.equal(secrets(`host = "db.internal" #password="${password}"\n`, "settings.sh").length, 1);
});

test("a document's list of a credential's field names is no value; a password before other words, or before settings, still is", () => {
  assert.equal(secrets("- `crm` : object with the CRM credentials: `username`, `password`, `clientSecret`, `clientToken`. Optional.\n", "README.md").length, 0);
  assert.equal(secrets("The login credentials: 'account', 'passphrase' and 'api_key'.\n", "docs/setup.txt").length, 0);
  const password = ["Tq8", "wLm3", "Zr5k"].join("");
  assert.equal(secrets(`CRM credentials: \`${password}\`, then restart the service.\n`, "README.md").length, 1);
  assert.equal(secrets(`credentials: \`${password}\`, \`backup\`, \`restore\`\n`, "README.md").length, 1, "no field that names a secret after it");
  assert.equal(secrets(`credentials: \`${password}\`, \`password\`\n`, "README.md").length, 1, "a generated value first");
  assert.equal(secrets(`password: frodo1, token: ${password}\n`, "notes.txt").length, 2, "settings, not a list");
});

test("Angular's template reference variable on a wrapped tag's own line, #password=\"ngModel\", names a directive too", () => {
  const form = '<input id="password" type="password" name="password"\n    #password="ngModel" class="form-control"\n    [(ngModel)]="driver.password">\n';
  assert.equal(secrets(form, "src/app/drivers/edit-driver.component.html").length, 0);
  // A commented-out setting on its own line is still one, and so is a password on a wrapped tag's line.
  const password = ["Tq8", "wLm3", "Zr5k"].join("");
  assert.equal(secrets(`  #password="${password}"\n`, "deploy/settings.sh").length, 1);
  assert.equal(secrets(`<input type="password"\n    #pwd="${password}">\n`, "signup.component.html").length, 1);
});

test("a minifier's short name closing an object under a secret's name in a page's inline script is code, not a value", () => {
  assert.equal(secrets("<script>var R={lazy:F,__SECRET_INTERNALS_ORDERS_DO_NOT_USE:Ob};if(!Qa)throw new Error(\"hooks\")</script>\n", "report.html").length, 0);
  assert.equal(secrets("<script>var R={memo:M,dbPassword:Q};export{R as default}</script>\n", "report.html").length, 0);
  assert.equal(secrets("password: Kq7vR};zm2Lp9Tx\n", "report.html").length, 1);
  assert.equal(secrets("password=Kq7vRzm2Lp9Tx};\n", "report.html").length, 1);
});

test("browser automation packages: a minifier's short name, digit or null, then the next member or operand, under a secret's name in a report page's inline script is code", () => {
  const script = "<script>class Z extends TransformStream{constructor({password:c,strength:u}){super({start(){Object.assign(this,{password:c,signed:u,pending:new Uint8Array})}})}}</script>\n";
  assert.equal(secrets(script, "playwright-report/index.html").length, 0);
  assert.equal(secrets("<script>var K=T({},Da,{ctrlKey:0,shiftKey:0,getModifierState:Cc});if(h.password){h.password=null,v[11]!=h.check}</script>\n", "report.html").length, 0);
  // A value that only starts with a short run and a comma is still one.
  assert.equal(secrets("password: Kq,7vRzm2Lp9Tx\n", "report.html").length, 1);
  assert.equal(secrets("password=Kq7,vRzm2Lp9Tx\n", "report.html").length, 1);
});
