/**
 * What replaces a secret, by file type. The README copies this table.
 *
 * | File | Default replacement | Other styles | Follow-up notes |
 * |---|---|---|---|
 * | `local.settings.json`, ARM template (`"$schema"` …`deploymentTemplate.json`) under `appSettings` / `connectionStrings`, App Service settings JSON (`[{ "name", "value", "slotSetting" }]`) | the whole JSON string becomes `"@Microsoft.KeyVault(SecretUri=<vault>/secrets/<name>/)"` (trailing `/` = latest version) | removeValue (object members) | grant the app's identity Key Vault Secrets User; local.settings.json: "Run with secrets" locally |
 * | ARM template `parameters.<p>.defaultValue` | the member is removed; a `string` type becomes `securestring` | — | supply it at deployment (getSecret, parameters-file reference) |
 * | ARM template elsewhere | refused (nothing resolves a reference there) | keyVaultReference | use a securestring parameter |
 * | ARM parameters file (`deploymentParameters.json` schema), `parameters.<p>.value` | the member becomes `"reference": { "keyVault": { "id": <vault resource id> }, "secretName": <name> }`; FixPlanError needsVaultResource without the id | — | the template's parameter is securestring; the vault allows template deployment |
 * | ARM parameters file elsewhere | refused | keyVaultReference | — |
 * | Bicep (`*.bicep`) under `appSettings` / `connectionStrings` | the string content becomes the reference (quotes kept) | — | as App Service |
 * | Bicep `param p string = '…'` | the default is removed and `@secure()` added (kept when present) | keyVaultReference | supply it at deployment |
 * | Bicep elsewhere | refused | keyVaultReference | use a `@secure()` parameter |
 * | `appsettings*.json` | the member `"Key": "value"` is removed (with its comma and trailing comment; comments elsewhere kept) | keyVaultReference | Program.cs must call `AddAzureKeyVault`; secret `A--B` is read as `A:B` |
 * | other JSON | the string becomes the reference | removeValue | nothing resolves it by itself |
 * | `.env*` | `KEY="@Microsoft.KeyVault(SecretUri=…)"`: the value after `=` is replaced; its quotes are kept, and an unquoted value gets `"…"` (a shell sourcing the file cannot parse a bare `(`) | removeValue (deletes the line) | "Run with secrets" resolves it |
 * | TS / JS | `process.env.NAME`; browser code (`'use client'`, `VITE_`/`NEXT_PUBLIC_`/`REACT_APP_` reads) is refused | keyVaultReference | `string \| undefined` in TS; set NAME |
 * | Python | `os.environ["NAME"]` (`.encode()` for `b"…"`); `import os` added after shebang, docstring and `from __future__` | keyVaultReference | set NAME |
 * | C# | `Environment.GetEnvironmentVariable("NAME")` | configuration: `configuration["A:B"]`; keyVaultReference | `const` cannot hold it; AddAzureKeyVault for configuration |
 * | Java, Kotlin, Groovy | `System.getenv("NAME")` | keyVaultReference | set NAME |
 * | Go | `os.Getenv("NAME")`; `"os"` added to the import block (or `import "os"` after `package`); `const X = "…"` becomes `var` | keyVaultReference | set NAME |
 * | PowerShell | `$env:NAME` (inside `"…"`: `${env:NAME}`) | keyVaultReference | set NAME |
 * | Shell | `"${NAME}"` (inside `"…"`: `${NAME}`) | keyVaultReference | set NAME |
 * | Ruby, PHP | `ENV.fetch("NAME")`, `getenv('NAME')` | keyVaultReference | set NAME |
 * | `*.bicepparam` | `readEnvironmentVariable('NAME')` (`az.getSecret` would need the subscription and resource group) | keyVaultReference | set NAME where the deployment runs |
 * | Terraform `variable "p" { default = "…" }` / a `.tfvars` line `p = "…"` | the default line becomes `sensitive = true` (dropped when the variable has one) / the line is removed | keyVaultReference | set TF_VAR_p from the vault |
 * | Terraform App Service setting (`app_settings = { … }` entry, `connection_string { value }`) | `@Microsoft.KeyVault(SecretUri=…)` | keyVaultReference | the app's identity reads the vault |
 * | other Terraform whole-string argument of a resource, module, provider, locals or output block | `data.azurerm_key_vault_secret.<label>.value`, and a `data "azurerm_key_vault_secret"` block after the enclosing block (reused when one reads the same secret of the same vault); FixPlanError needsVaultResource without the vault's id | keyVaultReference | Terraform's identity reads the vault; the state holds the value |
 * | Rust | `&*std::env::var("NAME").expect("NAME is not set")`, without `&*` before `.to_string()` and the like; a const, static or byte string is refused | keyVaultReference | set NAME |
 * | Swift, Scala | `ProcessInfo.processInfo.environment["NAME"]!` (`import Foundation` added unless a framework brings it), `sys.env("NAME")` | keyVaultReference | set NAME |
 * | C, C++ | `getenv("NAME")` / `std::getenv("NAME")`, `<stdlib.h>` / `<cstdlib>` included; a char array is refused | keyVaultReference | NULL when unset |
 * | Lua, Perl, R, Elixir | `os.getenv("NAME")`, `$ENV{NAME}`, `Sys.getenv("NAME")`, `System.fetch_env!("NAME")` | keyVaultReference | Elixir: config/runtime.exs |
 * | CMake (`CMakeLists.txt`, `*.cmake`) | `"$ENV{NAME}"` (inside a quoted argument `$ENV{NAME}`), for a quoted or an unquoted argument | keyVaultReference | read when cmake configures the build |
 * | Visual Basic, F# | `Environment.GetEnvironmentVariable("NAME")` (F#: `System.` before it) | keyVaultReference | `Const`, `[<Literal>]` cannot hold it |
 * | Dart | `Platform.environment['NAME']!`, `import 'dart:io';` added, `const` made `final`; a Flutter app (`package:flutter` imported) is refused | keyVaultReference | set NAME |
 * | Jsonnet | `std.extVar("NAME")`; a `|||` text block, a field name or an import's path is refused | keyVaultReference | pass `--ext-str NAME` |
 * | other source code (Objective-C, Julia…) | refused | keyVaultReference | — |
 * | docker compose (`docker-compose*.yml`, `compose*.yaml`) | `${NAME}` in place of the value | keyVaultReference | compose reads it from the environment or `.env` |
 * | GitHub workflows (`.github/workflows/`) | `${{ secrets.NAME }}` (`GITHUB_` becomes `GH_`) | keyVaultReference | add the Actions secret |
 * | Azure Pipelines (`azure-pipelines*.yml`) | `$(<secret name>)` | keyVaultReference | link a variable group to the vault |
 * | Spring Boot's `application*.yml`, `bootstrap*.yml` and their `.properties` | `${NAME}`, which Spring resolves from its environment when the application starts | keyVaultReference | set NAME |
 * | other YAML (Kubernetes…) | `${NAME}`, for envsubst / Helm / Kustomize at deploy time | keyVaultReference (a plain scalar gets quoted) | or the Secrets Store CSI driver |
 * | XML (`*.config`) | `${<secret name>}`, the token of a configuration builder in Token mode | environmentVariable: `${NAME}` (EnvironmentConfigBuilder); keyVaultReference | add AzureKeyVaultConfigBuilder |
 * | other XML (Android resources, Hibernate, Spring) | the value becomes the reference (a configuration value is refused) | — | nothing resolves it by itself |
 * | `.npmrc` | `${NPM_TOKEN}` (npm expands it; `NPM_<KEY>` for `_password`, `_auth`) | — | set NPM_TOKEN |
 * | anything else (ini, properties, toml, conf, text) | the quoted string, or the value after `=` / `:`, becomes the reference | — | nothing resolves it by itself |
 * | a file its tool reads by itself (`.pgpass`, `.netrc`, `.htpasswd`, MySQL's `my.cnf`, `.pypirc`, `.docker/config.json`, Rails' `config/master.key`, `.gem/credentials`, lockfiles) | refused before the table applies (tool-files.ts), with what works for that tool | — | — |
 * | a notebook cell (the notebook editor's; the `.ipynb` file itself is refused) | as code in the cell's language; under a cell magic in the language it runs: `%%bash`, `%%sh`, `%%script bash` as Shell, `%%script node`, `%%perl`, `%%ruby`, `%%R` as theirs, `%%time`, `%%capture` as Python; `%%javascript`, `%%html`, `%%writefile`, `%%sql` and magics not known are refused (cell-magic.ts) | — | — |
 * | a Dockerfile (`Dockerfile*`, `Containerfile*`, `*.dockerfile`) | refused before the table applies (dockerfile.ts): an `ENV` value stays in the image, an `ARG` value and a `RUN` command in its history, and Docker resolves no reference; the reason names BuildKit secrets (`RUN --mount=type=secret,…`) and `docker run -e` / compose's `env_file:` | — | — |
 *
 * NAME is environmentVariableFor(setting, secret name), numbered where another secret's replacement reads it (see planMove).
 * "set NAME", the Key Vault provider's note and a .env reference's note also say the identity that
 * reads the secret needs only read access, the Key Vault Secrets User role (readAccessNote).
 *
 * A literal that holds more than the value (`"Bearer ghp_…"`): the value is cut out of it and the
 * rest kept, `"Bearer " + process.env.GITHUB_TOKEN` (parenthesised where the literal is an operand
 * of something tighter than `+`), or interpolated where strings already interpolate (shell,
 * PowerShell "…", Bicep parameters, YAML, XML tokens). Where the whole setting is replaced (a
 * reference, a removed member) the whole setting value is what gets stored. A value inside a
 * string whose source is not its runtime value (escapes, interpolation) is refused.
 *
 * A value over several lines (a PEM key) is replaced whole by the one-line replacement above: a
 * quoted .env value, a YAML block scalar (`|`, `>-`: indicator and lines) or quoted scalar, XML
 * element text. What is stored is what the file's reader gives the program: a YAML block chomped
 * and folded as its indicator says, a quoted YAML scalar folded into spaces, line breaks as LF. An
 * XML attribute over several lines (parsers read its line breaks as spaces) is refused.
 *
 * For configuration values (App Configuration) the same table applies with these differences:
 * C# defaults to `configuration["Orders:ServiceUrl"]`, App Service settings take
 * `@Microsoft.AppConfiguration(Endpoint=…; Key=…; Label=…)`, other code reads `ORDERS__SERVICEURL` from the
 * environment, and Key Vault references are never written.
 */
import { shippedCodeRefusal } from "./browser-code";
import { codeReplacement } from "./code-replacement";
import { dotenvReplacement, npmrcReplacement, plainReplacement, xmlReplacement, yamlReplacement } from "./config-replacement";
import { FixPlanError } from "./errors";
import { fallbackReplacement } from "./fallback-read";
import { jsonReplacement } from "./json-replacement";
import { terraformReplacement } from "./terraform";
import type { Replacement, ReplacementRequest } from "./replacement-common";

export type { Replacement, ReplacementRequest } from "./replacement-common";

export function planReplacement(request: ReplacementRequest): Replacement {
  const { kind } = request;
  // (A default of a read the code does already: the read stays, the default goes.)
  if (request.fallbackRead) return fallbackReplacement(request, request.fallbackRead);
  switch (kind.family) {
    case "json":
      return jsonReplacement(request, kind.flavour);
    case "dotenv":
      return dotenvReplacement(request);
    case "yaml":
      return yamlReplacement(request, kind.dialect);
    case "xml":
      return xmlReplacement(request);
    case "code":
      if (kind.language === "terraform") return terraformReplacement(request);
      if (kind.language !== "other") return codeReplacement(request, kind.language);
      if (request.purpose === "secret") {
        const shipped = shippedCodeRefusal(request.text, request.filePath);
        if (shipped !== undefined) throw new FixPlanError("unsupported", shipped);
      }
      if (request.style === undefined) {
        const choice = request.purpose === "secret" ? "choose the keyVaultReference style, or move the value by hand" : "move the value by hand";
        throw new FixPlanError("unsupported", `No environment read is known for this language: ${choice}.`);
      }
      return plainReplacement(request, "this language");
    case "npmrc":
      return npmrcReplacement(request);
    case "plain":
      return plainReplacement(request, "this file type");
  }
}
