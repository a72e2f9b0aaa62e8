import { SECRETS_GUIDE } from "./docs";
import { LIBPQ_KEYWORD } from "./connection-string-text";
import { tryAtob } from "../base64";
import { inInterpolatingString, LEADING_INTERPOLATION_FIELD } from "../interpolating-string";
import { backticksInterpolate, doubleQuotesInterpolate, fileExtensionOf, isDockerfile, isShellScript, isYamlFile, quoteLikeLanguageOf, singleQuotesMarkCharacters, typeFollowsAs, typeFollowsName, designatesMembers } from "../file-type";
import { isDocumentationPassword, isPlaceholder } from "../placeholder";
import { LiteralGates } from "../literal-gates";
import { lineEndOf, lineStartsOf } from "../line-starts";
import { countBelow } from "../sorted-offsets";
import { allMatches } from "../regex-matches";
import { literalAssignedBefore, OPTIONAL_TYPE_ANNOTATION } from "./assigned-literals";
import { shannonEntropy } from "./entropy";
import { endsInArnField } from "./arn";
import { isWordyIdentifier } from "./identifier-words";
import { endsASentence, isHelpColumnSlot, isMysqlAccessDenied, isSentenceWordAfterFlag, isTwoWordDescription, listsFieldNames, opensBracketedPhrase, startsASentence } from "./prose";
import { declaresType, designatedMemberAt, isPythonQuotedTypeAnnotation, isTypeOfGoDeclaration, typeAnnotationLength, typedDeclarationAt, visualBasicDeclarationAt } from "./declarations";
import { segmentsOf } from "./name-segments";
import { tupleAssignmentOf } from "./tuple-assignments";
import { lookupDefaultsInLine } from "./lookup-defaults";
import { KEYWORD_ARGUMENT } from "../lookups/keyword-arguments";
import { lineSpanOf, plainCallView } from "./plain-call-view";
import { FORMATTED_URL_PASSWORD_KEYWORDS, formattedSecretArguments } from "./format-arguments";
import type { TupleMember } from "./tuple-assignments";
import { isPassphrase, isWordsWithSpaces } from "./passphrase";
import type { FileType, RuleContext, RuleHit, ScannerRule } from "./types";
import { isNotKeyOfAnotherWord, PUBLIC_KEY_START, SECRETISH_NAME, secretStrength } from "./secret-names";
import type { Strength } from "./secret-names";
import { IDENTIFIER, acceptable, authorizationSchemeLength, hasWordyVariable, isAnonymousFtpPassword, isSecretUnderName, looksRandom } from "./secret-values";
import { isGeneratedBase64, readsAsWords } from "./value-shapes";
import { atCodeLevel, cannotBeExpression, ENTITY_QUOTE, entityQuotedValueAt, hasInterpolation, inComment, quoteLikeStringAt, readValue } from "./line-reading";
import { isTranslatedText, isTranslationFile } from "./translation-files";
import { hasPasswordHashFormat } from "./password-hashes";
import { isTestPath } from "../undeployed-paths";

/**
 * Secrets without a vendor format: a value assigned to a name that says it is a password, a
 * secret, a token or a key, in any common syntax (code, JSON, YAML, .env, XML attributes,
 * .properties, command-line flags, HTTP headers, .netrc). The name is the evidence, so most of
 * the work here is saying no: to expressions, references, placeholders, identifiers and paths.
 */

const DOCS = SECRETS_GUIDE;

/** A URL up to its query string whose host is reserved for documentation. */
const DOCUMENTATION_URL_BEFORE = /[A-Za-z][\w+.-]*:\/\/(?:[^/?#\s"'@]*@)?(?:[\w-]+\.)*(?:example\.(?:com|net|org)|example|invalid)(?::\d+)?(?:\/[^\s"'?#]*)?\?[^\s"'#]*$/i;

/** `scmVersion=`, `api-key=`: an option's name and its `=`, nothing after it. */
const NEXT_OPTION_NAME = /^[A-Za-z_][\w.-]{0,80}=$/;
/** The rest of a line up to a comment (` #`, ` ;`) and trailing blanks: a bare value with spaces. */
const BARE_PASSPHRASE = /^[^\s#;]+(?:[ ][^\s#;]+){0,7}(?=[ \t]*(?:[ \t][#;].*)?\r?$)/;
/**
 * A CI service's badge URL up to its query parameter: Codecov's
 * (`codecov.io/gh/org/repo/branch/main/graph/badge.svg?`) and Travis CI's status image
 * (`travis-ci.com/org/repo.svg?`), whose `token=` is the status image token of a private repository,
 * and CircleCI's (`circleci.com/gh/org/repo.png?`, `dl.circleci.com/status-badge/img/…/main.svg?`),
 * whose `circle-token=` is a project's status token, made for the badge.
 */
const BADGE_URL_BEFORE = /(?:codecov\.io\/[^\s"'?]*\/badge\.svg|travis-ci\.(?:com|org)\/[^\s"'?]*\.svg|circleci\.com\/[^\s"'?]*\.(?:svg|png))\?(?:[^\s"'#]*&)?$/;
/**
 * A Firebase Storage download URL's `token=` (`…firebasestorage.googleapis.com/v0/b/…/o/…?alt=media&token=<uuid>`):
 * it opens that one public object, as a link shared for it does.
 */
const FIREBASE_DOWNLOAD_URL_BEFORE = /firebasestorage\.googleapis\.com\/v0\/b\/[^\s"'?]*\?(?:[^\s"'#]*&)?$/;
/**
 * An old-style Google Sheets link's `key=` (`docs.google.com/spreadsheet/ccc?key=<id>`,
 * `spreadsheets.google.com/pub?key=`): the document's id, which opens that one shared sheet as
 * its link does. (Google's API keys go to `*.googleapis.com` and are found there.)
 */
const GOOGLE_SHEETS_LINK_BEFORE = /(?:docs\.google\.com\/spreadsheets?|spreadsheets\d?\.google\.com)\/[^\s"'?]*\?(?:[^\s"'#]*&)?$/;
/** Thirty characters or more of letters in both cases and digits (maybe `-` and `_`), each class present. */
const MIXED_RANDOM_30 = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=\D*\d)[A-Za-z0-9_-]{30,200}$/;
/** After a closing quote: `%` formatting or `.format(`, which fill the literal in when the code runs. */
const BUILT_FROM_LITERAL = /^\s*(?:%\s*[\w(]|\.format\()/;
/** After a closing quote: `+` and a variable (not another literal, which would be more of the value). */
const PREFIX_OF_VARIABLE = /^[ \t]*\+[ \t]*[A-Za-z_$]/;
/**
 * `pass` alone, or after a word that says which stage of a run it is (an ordinal, a function's or
 * a renderer's): a compiler's, an algorithm's or a test suite's pass. (`db_pass`, `ssh_pass` open something.)
 */
const STAGE_PASS = /^(?:(?:first|second|third|final|last|next|prev|previous|current|cur|func|function|render|compile|compiler|opt|optimi[sz]ation)_?)?pass$/i;
/**
 * Whether the code after a literal uses the variable `name` as the key of a slot made on first use:
 * `glob[name] || (glob[name] = {…})`, `globalThis[name] ??= …`. A module keeps its one shared
 * object on the global object so under a key of its own, random so that no other code's clashes;
 * the literal is read and written there, never sent anywhere.
 */
function keysSlotMadeOnFirstUse(name: string, after: string): boolean {
  if (!/^[A-Za-z_]\w*$/.test(name) || !after.includes(`[${name}]`)) return false;
  const slot = `[\\w$.]+\\[${name}\\]\\s*`;
  return new RegExp(`${slot}(?:\\|\\||\\?\\?)\\s*\\(\\s*${slot}=(?!=)|${slot}(?:\\|\\||\\?\\?)=`).test(after.slice(0, 400));
}
/** After a closing quote: `+`, or Perl's and PHP's ` . ` between blanks, and an expression. */
const CONCATENATION_AFTER = /^(?:[ \t]*\+|[ \t]+\.[ \t]+)[ \t]*[A-Za-z_$(]/;
/**
 * After a bare value: a blank, a `.` and a name, as SQL qualifies a column (`a . col_key`) and Perl
 * and PHP join strings. (A value read from a setting ends at the blank before a comment or the line's end.)
 */
const DOT_GOES_ON_AFTER = /^[ \t]+\.[ \t]*[A-Za-z_$]/;
/** Under a password's name, a literal before `+ variable` shorter than this is only the value's fixed part. */
const SHORTEST_PASSWORD_PART = 6;

/**
 * `name OP value` where OP is one of = : := ?= => == != === !== (or a space before a quote, as in
 * Gradle's `password 'x'` and .netrc's `password x`). Names may be quoted keys or XML attributes.
 * (`?=`: a Makefile's conditional assignment, `API_KEY ?= …`, which sets the value a build uses;
 * `||=` and `??=`, Ruby's and JavaScript's, set it the same way when nothing else has.)
 * (Scala's pair `"password" -> "…"` in a `Map(…)`, kept in Scala files only, and Jsonnet's hidden
 * fields `password:: "…"` and `:::`, before a literal: elsewhere `->` is a member's access or a
 * case's arrow, and `::` a scope's.)
 * (C#'s auto-property initialiser, `Password { get; set; } = "…"`, and Kotlin's getter, `val
 * apiToken get() = "…"`: the accessors come between the name and its `=`.)
 */
/**
 * The value may be wrapped in a call that only converts or marks it: `new String(…)`, Go's
 * `[]byte(…)`, and the wrappers infrastructure code puts around every literal it sets, which leave
 * a password as plain as before: the Azure SDK for Go's `to.Ptr("…")`, Pulumi's Go
 * `pulumi.String("…")`, and Pulumi's `pulumi.secret("…")`, `Output.secret("…")` and .NET
 * `Output.CreateSecret("…")` (which mark the output secret but keep the literal in the program).
 * Their Go relatives too: go-autorest's `to.StringPtr("…")`, `ptr.To("…")`, the AWS SDK's
 * `aws.String("…")`, Pulumi's `pulumi.ToSecret(…)`; two may nest (`pulumi.ToSecret(pulumi.String("…"))`).
 * Pydantic's `SecretStr("…")` and `SecretBytes(b"…")`, Puppet's `Sensitive('…')` and Terraform's
 * `sensitive("…")` only hide the value from logs and plans; `JSON.stringify("…")` quotes it for a
 * bundler's `define` (`"process.env.MAPS_SECRET": JSON.stringify("…")`). Ruby keeps key bytes as
 * base64 or hex and converts them where they are set: `Base64.decode64("…")`, `["…"].pack("H*")`.
 * attrs' classic `password = attr.ib(default="…")` gives a class's field its default.
 * Exported for the test that {@link secretishAssignments} finds what this regex finds.
 */
export const ASSIGNMENT = /(?<![\w$@.-])(?<![:+]!)(?<![^/]\/)(?<!:\/\/)(?<name>[A-Za-z_$@][\w$.-]{0,80}?|\d[A-Za-z][\w$.-]{0,80}?)(?:\[\d*\])?(?:[ \t]*\{[ \t]*(?:(?:private|protected|internal)[ \t]+)?(?:get|set|init)[ \t]*;[^{}\n]{0,60}\}|[ \t]+get\(\)(?=[ \t]*=(?!=)))?["'\]]{0,2}(?:\}(?=[ \t]*=(?![=~>])))?[ \t]{0,20}(?<op>:=|\?=|\|\|=|\?\?=|=>|->(?=[ \t]*["'])|===?|!==?|<-|:{2,3}(?=[ \t]*@?["'])|:(?!:)|=|[ \t](?=@?["'])|[ \t]+is[ \t]+(?=["']))[ \t]{0,20}(?:new\s+String\(|String::from\(|\[\]byte\(|to\.(?:String)?Ptr\(|ptr\.To\(|aws\.String\(|pulumi\.(?:String(?:Ptr)?|secret|ToSecret)\(|(?:pulumi\.)?Output\.(?:secret|CreateSecret)\(|Secret(?:Str|Bytes)\(|attr\.ib\(\s*default\s*=\s*|[Ss]ensitive\(|JSON\.stringify\(|Base64\.(?:strict_|urlsafe_)?decode64\(|\[(?=[ \t]*["'][^"'\n]{1,300}["'][ \t]*\]\.pack\()|\(){0,2}/dg;
/** `"value" == name`: a comparison with the literal first. */
const REVERSED_COMPARISON = /(["'`])(?<value>[^"'`\n]{4,300})\1[ \t]{0,5}(?:===?|!==?)[ \t]{0,5}(?<name>[A-Za-z_$][\w$.]{0,80})/dg;
/** XML: `<add key="DbPassword" value="…"/>` — the key attribute names the value attribute. */
// (Android's manifest prefixes both: `<meta-data android:name="com.acme.API_SECRET" android:value="…"/>`.)
const KEY_VALUE_ATTRIBUTES = /\b(?:android:)?(?:key|name)\s*=\s*"(?<name>[^"]{1,100})"\s+(?:android:)?value\s*=\s*"(?<value>[^"]{1,300})"/dgi;
/**
 * A name and a value as neighbouring string arguments: `buildConfigField("String", "API_KEY",
 * "\"…\"")`, `put("client_secret", "…")`, `setProperty("db.password", "…")`.
 */
const NAME_VALUE_ARGUMENTS = /(["'])(?<name>[A-Za-z_][\w.-]{1,80})\1(?=[ \t]{0,5},[ \t]{0,5}(?<q>["'])\\?"?(?<value>[^"'\\\n]{4,300})\\?"?\k<q>)/dg;
/**
 * Four quoted names in a row, or three and an ellipsis, or three and one more after "and" or "or"
 * as prose lists them: a list of names, not a name and its value.
 */
const QUOTED_NAME_LIST = /(["'])[A-Za-z_][\w.-]*\1(?:\s*,\s*(["'])[A-Za-z_][\w.-]*\2){2}(?:\s*,\s*(?:(["'])[A-Za-z_][\w.-]*\3|…|\.\.\.)|,?[ \t]+(?:and|or)[ \t]+(["'])[A-Za-z_][\w.-]*\4)/;
/**
 * A quoted user's name and a comma, right before another quoted string: `'username', `. Not as a
 * setter's first argument: `config.set('email', 'password', '…')` names a section, then the option
 * whose value follows.
 */
const QUOTED_USER_NAME_BEFORE = /(?<!\b(?:set|hset|put)\([ \t]{0,5})(["'])(?:user(?:_?name)?|login|uid|email)\1[ \t]{0,5},[ \t]{0,5}$/i;
/** `krb5_cc_file`, `ntlmv2-only`: lower-case words (maybe with a digit) joined by `_` or `-`, an option's name. */
const OPTION_NAME = /^[a-z][a-z0-9]{0,11}(?:[_-][a-z][a-z0-9]{0,11}){1,5}$/;
/**
 * Jenkins credentials.xml keeps secrets as `<secret>{…}</secret>`, sealed with a key that sits
 * beside it on the controller. (Not in Maven's settings.xml, whose `<password>{…}</password>` is
 * sealed with a master password kept apart, as Maven's guide advises.)
 */
const XML_BRACED_ELEMENT = /<(?<name>[A-Za-z_][\w.-]{0,60})>\{(?<value>[^<{}\n]{8,400})\}<\/\k<name>>/dg;
const MAVEN_SETTINGS = /(?:^|[/\\_-])settings(?:-security)?\.xml$/i;
const MAVEN_SEALED = /^\{[A-Za-z0-9+/]{16,200}={0,2}\}$/;
/**
 * An element whose first attribute, `name` (or `key`), names its text: Hibernate's `<property
 * name="hibernate.connection.password">…</property>`. (A few attributes may follow the name.)
 */
const XML_NAMED_ELEMENT = /<(?<tag>[A-Za-z_][\w.:-]{0,60})[ \t]+(?:name|key)[ \t]*=[ \t]*"(?<name>[^"\n]{1,100})"(?:[ \t]+[\w:.-]{1,40}[ \t]*=[ \t]*"[^"\n]{0,200}"){0,3}[ \t]*>(?<value>[^<\s]{4,300})<\/\k<tag>>/dg;
/** `<password>…</password>` elements, the text maybe in a CDATA section. */
const XML_ELEMENT = /<(?<name>[A-Za-z_][\w.-]{0,60})>(?:<!\[CDATA\[)?(?<value>[^<\s]{4,300}?)(?:\]\]>)?<\/\k<name>>/dg;
/** An Ant element that replaces tokens, up to its `token` attribute. */
const ANT_FILTER_BEFORE = /<(?:filter|replacefilter|replacetoken|replace)\b[^<>]*$/;
/** After AsciiDoc's `pass:`: the substitutions to apply (`c,a,r`, `quotes`), none or more, then `[`. */
const ASCIIDOC_PASSTHROUGH_AFTER = /^(?:[a-z_]{1,20}(?:,[a-z_]{1,20}){0,9})?\[/;
/** Inside an RFC 7512 PKCS #11 URI, before one of its attributes: `pkcs11:model=…;manufacturer=…;`. */
const PKCS11_URI_BEFORE = /\bpkcs11:(?:[\w.%-]+=[^\s;"'<>&]*;)*$/;
/** An HTML entity that a bare value's reader stops at: `&gt;`, `&lt;`, `&amp;`, `&quot;`. */
const HTML_ENTITY_AT = /^&(?:gt|lt|amp|quot|#\d{2,3});/;
/**
 * A call's name and its `(`, never closed, then a name (maybe before `->`'s `-`, or indexed):
 * `PB_DS_V2F(p_e-`, `Concatenation(nn[2]`; maybe inside another call, `calldataload(add(offset`.
 */
const CALL_LEFT_OPEN = /^(?:[A-Za-z_][\w.]*\(){1,3}([A-Za-z_]\w*)(?:\[\w+\])?-?$/;
/** A call's name, its `(` and maybe the `{` or `[` of a first argument, with nothing after them: `generateKey({`. */
const OPENS_CALL_ARGUMENTS = /^[A-Za-z_$][\w$.]*\([{[]?$/;
/** A parameter's name and its type's colon (`input:`, `seed?:`), as a function type's list opens. */
const TYPED_PARAMETER_NAME = /^[A-Za-z_$][\w$]*\??:$/;
/** An access modifier right before a name: a class's field (TypeScript's, C#'s, Java's). */
const MEMBER_MODIFIER_BEFORE = /(?:^|\s)(?:public|private|protected|readonly)[ \t]+$/;
/**
 * A tag's name or a quoted attribute, then blanks and the `#` of an attribute: inside a tag, where
 * `#name` is Angular's template reference variable (and Vue's slot shorthand), not a comment.
 */
const ATTRIBUTE_SIGIL_BEFORE = /(?:<[A-Za-z][\w.-]*|=(?:"[^"\n]*"|'[^'\n]*'))[ \t]+#$/;
/**
 * Only blanks, then the `#`, in an HTML template: a tag's attributes wrapped one or a few to a
 * line (an Angular form's `<input …` then `#password="ngModel"` on the next). HTML has no `#`
 * comment, so the line is the tag's.
 */
const WRAPPED_ATTRIBUTE_SIGIL_BEFORE = /^[ \t]+#$/;
const HTML_EXTENSIONS = new Set(["html", "htm"]);
/** Whether the `#` that ends `before` opens an attribute of a tag (see ATTRIBUTE_SIGIL_BEFORE, WRAPPED_ATTRIBUTE_SIGIL_BEFORE). */
function isAttributeSigil(before: string, filePath: string): boolean {
  return ATTRIBUTE_SIGIL_BEFORE.test(before) || (WRAPPED_ATTRIBUTE_SIGIL_BEFORE.test(before) && HTML_EXTENSIONS.has(fileExtensionOf(filePath)));
}
/** The directive a template reference variable is given, by its exported name in camelCase: `="ngModel"`, `="ngForm"`, `="matMenu"`. */
const EXPORTED_DIRECTIVE_AFTER = /^=(["'])[a-z]+(?:[A-Z][a-z]+)+\1/;
/** An HTML entity for a quote, right before a name: `&quot;`, `&#34;`, `&#39;`, `&apos;`. */
const ENTITY_QUOTE_BEFORE = new RegExp(`${ENTITY_QUOTE}$`, "i");

/** Inside a shell's test, before the `$` name it reads: `if test "$x,`, `[ "`, `[[ `. */
const SHELL_TEST_BEFORE = /(?:^|[\s;&|(!])(?:test|\[\[?)[ \t][^;&|\]]*$/;

/** A word of a sentence and a blank, right before a name: "The magic pass", "the second pass". */
const PROSE_WORD_BEFORE = /(?:^|[\s/*#])[A-Za-z]+[ \t]+$/;

/**
 * Switches that take no secret, though their names hold a secret's word: a tool asks for the
 * password (rclone's `--sftp-ask-password`) or makes a random key (kadmin's `addprinc -randkey`),
 * and etcd's `--initial-cluster-token`, which names a cluster so that two never join by mistake.
 * So do adduser's `--disabled-password` (an account no password logs in to) and its kin.
 * What follows them is an argument.
 */
// (`openssl req -newkey rsa:2048`, `-newkey ec:params.pem`: the kind of key to make, not a key.)
const SECRETLESS_SWITCH = /(?:^|-)(?:ask|prompt(?:-for)?|no)-pass(?:word)?$|-password-prompt$|^disabled?-pass(?:word)?$|^randkey$|^newkey$|^initial-cluster-token$/i;
/**
 * gpg's flags that select a key by its id or fingerprint (`--recv-key 1A698DE9E2E56300`,
 * `--default-key`, `--local-user`): they name a public key, which is no secret.
 */
const GPG_KEY_ID_FLAG = /^(?:recv-key|default-key|trusted-key|local-user|sign-key|lsign-key|quick-sign-key|quick-lsign-key|edit-key|encrypt-to|hidden-encrypt-to|search-key|delete-key|export-key)$/i;

/** Command-line flags: `--password x`, `-Password x`, `--token=x`, `-p x` for tools where -p means a password. */
// One blank between flag and value: two or more line up a help text's columns (`--password  Prompt for…`).
// (After a blank, a value never starts with `-`: that is the next flag, which must be matched in its
// turn: `vercel deploy --prebuilt --token=…`.)
const FLAG = /(?:^|\s)(?<flag>--?[A-Za-z][\w-]{0,40})(?:=|[ \t](?!-))(?<q>["']?)(?<value>[^\s"'`]{1,300})\k<q>/dg;
/**
 * A session cookie as frameworks name it (Django's `sessionid`, Express's `connect.sid`, Java's
 * `JSESSIONID`, PHP's `PHPSESSID`, ASP.NET's, Laravel's, Rails' `_<app>_session`), then its value.
 */
const SESSION_COOKIE =
  /(?:^|[\s;"'=:])(?<name>sessionid|session_id|session|sid|connect\.sid|JSESSIONID|PHPSESSID|ASP\.NET_SessionId|\.AspNetCore\.(?:Session|Cookies)|\.ASPXAUTH|laravel_session|_[a-z0-9]{1,30}(?:_[a-z0-9]{1,30}){0,3}_session)=(?<value>[A-Za-z0-9%._~+/-]{16,4096}={0,2})(?=$|[;\s"'&])/dg;
/** The types of CMake's cache entries, between a name's `:` and its `=` (`DB_PASSWORD:STRING=…`). */
const CMAKE_CACHE_TYPES = "BOOL|PATH|FILEPATH|STRING|INTERNAL|STATIC|UNINITIALIZED";
/**
 * A definition on a command line: CMake's `-DNAME=…` and `-D NAME:STRING=…` (a cache entry's
 * type between the name and `=`), a C compiler's `-DNAME=\\"…\\"`, a JVM's `-DdbPassword=…`. The
 * name is what follows `-D`.
 */
const DEFINE_FLAG = new RegExp(String.raw`(?:^|[\s"'])-D[ \t]?["']?(?<name>[A-Za-z_][\w-]{0,80})(?::(?:${CMAKE_CACHE_TYPES}))?=(?<q>\\?["']?)(?<value>[^\s"'\x60\\;)]{1,300})\k<q>(?=[\s"';)]|$)`, "dg");
/** A CMake cache entry's type after `NAME:` (`DB_PASSWORD:STRING=…` in CMakeCache.txt, after `-D`). */
const CMAKE_CACHE_TYPE = new RegExp(`^(?:${CMAKE_CACHE_TYPES})=`);
/** A JVM system property with a dotted name: `-Djavax.net.ssl.keyStorePassword=…`, `-Dspring.datasource.password=…`. */
const JVM_PROPERTY = /(?:^|[\s"'])-D(?<name>[A-Za-z_][\w-]{0,60}\.[\w.-]{1,120})=(?<q>["']?)(?<value>[^\s"'`;)]{1,300})\k<q>/dg;
// …quoted too: `-p'S3cret'`, `-p"S3cret"` (the shell takes the quotes off); or the whole argument
// quoted, as an exec-form command lists it: `["mysqladmin", "ping", "-uroot", "-pS3cret"]`.
const GLUED_PASSWORD_FLAG = /(?:^|[\s"'])-p(?<q>["']?)(?<value>[^\s"'`-][^\s"'`]{3,200})\k<q>/dg;
/**
 * Whether a `$name` in this line's values is filled in before use: shell scripts, Perl and PHP,
 * Dockerfiles, Makefiles, and the steps of CI pipelines (`run:`, `script:`), which a shell runs.
 */
function expandsDollar(filePath: string, line: string): boolean {
  return isShellScript(filePath) || doubleQuotesInterpolate(filePath) || isDockerfile(filePath) || /(?:^|[/\\])(?:GNU)?[Mm]akefile$|\.mk$/.test(filePath) || (isYamlFile(filePath) && /^[ \t]*-?[ \t]*(?:run|script|command|inlineScript|bash|sh|pwsh)[ \t]*:/.test(line));
}

/** What follows `-p` in find's primaries (`-print0`, `-printf`, `-prune`, `-perm`, `-path`). */
const FIND_PRIMARY_AFTER_P = /^(?:rint0?|rintf|rune|erm|ath)$/;
/** `-H "X-Api-Key: value"`, `--header 'Token: value'`: an HTTP header given on a command line. */
const HEADER_ARGUMENT = /(?:-H|--header)[ \t=]+["'](?<name>[A-Za-z][\w-]{1,60})[ \t]*:[ \t]*(?<value>[^"'\s]{4,300})["']/dg;
/** .netrc: `machine host login user password value`, or `password value` on its own line. */
const ANONYMOUS_FTP_LOGIN = /\blogin[ \t]+(?:anonymous|ftp)\b/i;
const NETRC_ENTRY_START = /^\s*(?:machine[ \t]+[\w.-]+(?:[ \t]|$)|default[ \t]+(?:login|password|account|macdef)\b)/;
const NETRC_LOGIN_THEN_PASSWORD = /\blogin[ \t]+(?!(?:and|or|with|the|to|as|is|will|in|for|via|using)\b|[/|&][ \t])[^\s(]\S*[ \t]+(?:[A-Za-z]+[ \t]+\S+[ \t]+)?password[ \t]/;
const NETRC_PASSWORD = /(?:^|\s)password[ \t]+(?<value>[^\s"'`]{4,200})/dg;
/**
 * Cisco IOS's configuration: `username NAME [privilege N] password 0 VALUE`, `username NAME secret 0
 * VALUE`, `enable password 0 VALUE`. The digit is how the value is stored: 0 in the clear, 7
 * reversibly scrambled (anyone can undo it); 5, 8 and 9 are hashes, read as such elsewhere.
 */
const CISCO_PASSWORD = /^[ \t]*(?<name>username[ \t]+\S{1,64}(?:[ \t]+(?!password\b|secret\b)\S{1,40}){0,6}|enable)[ \t]+(?:password|secret)(?:[ \t]+level[ \t]+\d{1,2})?[ \t]+[07][ \t]+(?<value>\S{1,200})/dg;
/** `snmp-server community VALUE [RO|RW] [ACL]`: SNMP's community string is its password. */
const SNMP_COMMUNITY = /^[ \t]*snmp-server[ \t]+community[ \t]+(?<value>[^\s"']{1,200})(?=[ \t]|\r?$)/dg;
/** The community strings every device ships with: a known default, not a secret of this configuration. */
const DEFAULT_SNMP_COMMUNITY = /^(?:public|private)$/i;
/**
 * Tools whose `-p` takes the password: database clients, Windows remoting, and the logins of the
 * Azure CLI (a service principal's secret, `az login --service-principal -u … -p …`) and of
 * container registries (`docker login`, `az acr login`, `helm registry login`).
 */
const REGISTRY_LOGINS = ["docker login", "podman login", "buildah login", "skopeo login", "oras login", "registry login", "acr login", "az login"];
/** A MySQL client, and the other tools whose `-p` takes the password with a space. */
const MYSQL_CLIENT = /\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mariadb|mariadb-dump)(?:\.exe)?\b/gi;
/**
 * The Azure CLI's database servers: `-p` is `--admin-password` (`az postgres flexible-server create
 * -g rg -n pg01 -u pgadmin -p …`, `az sql server create … -p …`, a managed instance's `az sql mi create`).
 */
const AZ_DATABASE_SERVER = "az\\s+(?:(?:sql|postgres|mysql|mariadb)\\s+(?:flexible-)?server|sql\\s+mi)\\s+(?:create|update)";
const SPACED_PASSWORD_TOOLS = `psexec|sshpass|mongo|mongosh|smbclient|sqlcmd|bcp|runas|nuget\\s+(?:add|update)\\s+source|${AZ_DATABASE_SERVER}|${REGISTRY_LOGINS.map((login) => login.replace(" ", "\\s+")).join("|")}`;
const SPACED_PASSWORD_TOOL = new RegExp(`\\b(?:${SPACED_PASSWORD_TOOLS})\\b`, "gi");

/**
 * For a line's `-p` flags: whether the command a flag at `at` belongs to (from the last `|`, `;`
 * or `&` before it) names a MySQL client and no tool that takes a spaced password. The line is
 * read once, whatever the number of flags: a long one-line file holds thousands.
 */
function mysqlCommands(line: string): (at: number) => boolean {
  const separators: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 124 /* | */ || code === 59 /* ; */ || code === 38 /* & */) separators.push(i);
  }
  const clients = [...line.matchAll(MYSQL_CLIENT)].map((match) => match.index);
  const spaced = [...line.matchAll(SPACED_PASSWORD_TOOL)].map((match) => match.index);
  return (at) => {
    const start = (separators[countBelow(separators, at) - 1] ?? -1) + 1;
    const within = (positions: number[]) => countBelow(positions, at) > countBelow(positions, start);
    return within(clients) && !within(spaced);
  };
}

/**
 * The users a line names (`{"login": "johndoe", …}`): a password that repeats one is a test's or a
 * product's default (the URL rule judges `guest:guest` so). Read once per line, not per value:
 * a long line holds thousands of values.
 */
function usersOn(line: string): ReadonlySet<string> {
  const users = new Set<string>();
  if (/user|login/i.test(line)) for (const match of line.matchAll(USER_VALUE)) users.add(match.groups!.user!);
  return users;
}
const USER_VALUE = /(?:user(?:_?name)?|login)["']?[ \t]*(?::|=>?)[ \t]*(?<q>["'])(?<user>[^"'\n]{1,100})\k<q>/gi;

/** Vim script: its plugins, and vimrc files. */
const VIM_SCRIPT = /\.vim$|(?:^|[/\\])[._]?g?vimrc$/i;
/** How many times `character` occurs in `text`. */
function countOf(text: string, character: string): number {
  let count = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) count++;
  return count;
}

/**
 * The name of the password in a `user:password` pair (curl's `-u`, HTTPie's `-a`): the user's, as two
 * users' passwords are two secrets, and `password`, as Move to Key Vault names the secret and the
 * variable by it (`admin_password`, ADMIN_PASSWORD; ADMIN would read as the user's name).
 * `${CI_USER}` gives `CI_USER_PASSWORD`.
 */
export function userPasswordName(user: string): string {
  const bare = user.replace(/[^\w.@-]+/g, "");
  if (bare === "") return "password";
  return /[a-z]/.test(bare) ? `${bare}_password` : `${bare}_PASSWORD`;
}

/** OpenLDAP's command-line tools, whose `-w` is the bind password. */
const LDAP_TOOLS = /\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn|exop)\b/;
const PASSWORD_FLAG_TOOLS = new RegExp(`\\b(?:${SPACED_PASSWORD_TOOLS}|mysql|mysqldump|mysqladmin|net\\s+use|ldapsearch|Connect-VIServer)\\b`, "i");
/** curl's `-u key:` and `--user "key:"`: an API key given as the user, with no password (Stripe, Mailgun). */
const USER_ONLY_FLAG = /(?:^|\s)(?:-u|--user)[ \t]+(?<q>["']?)(?<value>[^\s"':]{10,200}):\k<q>(?=\s|$)/dg;
/** `--user "user":"password"`, each part quoted on its own. */
const USER_FLAG_QUOTED_PARTS = /(?:^|\s)(?:-u|--user)[ \t]+(?<q>["'])[^"'\n]{0,100}\k<q>:(?<q2>["'])(?<value>[^"'\n]{1,200})\k<q2>/dg;
/** curl's `-u user:password` and `--user user:password`. */
/**
 * Commands whose `-u`/`--user` takes `user:group`: a container runtime's run, exec or create, and
 * daemons that drop privileges. Named as the command (not `docker.sock` in curl's
 * `--unix-socket`), and only when no HTTP client comes after it (`docker exec es curl -u …`).
 */
const USER_AND_GROUP_COMMAND = /(?:^|[\s;|&("'])(?:docker|podman|nerdctl)(?:[ \t]+compose)?[ \t]+(?:container[ \t]+)?(?:run|exec|create)\b|\b(?:ntpd|chronyd|named|dnsmasq)\b|\bNTPD_OPTS\b/g;
const HTTP_CLIENT = /\b(?:curl|wget|http|https)\b/g;
const USER_FLAG = /(?:^|\s)(?:-u|--user)[ \t]+(?<q>["']?)(?<user>[^\s"':]{0,100}):(?!:)(?<q2>["']?)(?<value>[^\s"'`]{1,200})/dg;
/**
 * HTTPie's `-a user:password` (`http`/`https` commands): its `-a` is `--auth`, which FLAG reads by
 * name. Flags may come between the command and `-a`; the command starts the line or follows a
 * pipe, `;`, `&&` or `$(`. (`--auth-type=bearer -a TOKEN` sends a token.)
 */
const HTTPIE_AUTH = /(?:^|[|;&(]|\$\()[ \t]*(?:sudo[ \t]+)?https?[ \t]+(?:[^|;&(\n]{0,300}?[ \t])?-a[ \t]+(?<q>["']?)(?<value>[^\s"'`]{1,300})\k<q>(?=\s|$)/dg;
/** `Authorization: Basic …` / `Bearer …` / `Token …`, in headers and code. */
// (`AUTHORIZATION` in capitals too: git's `http.extraheader = AUTHORIZATION: basic …`, as Azure
// DevOps and GitHub document it.)
// (Not `Authorization::Token`, a Ruby or C++ namespace: `::` is no header's colon.)
const AUTHORIZATION = /(?<![A-Za-z0-9_])(?:[Aa]uthorization|AUTHORIZATION)["']?\s{0,5}(?::(?!:)|=)\s{0,5}["']?(?:(?<scheme>Basic|Bearer|Token|Api-Token|Bot|SSWS|Splunk|token|bearer|basic)\s+)?(?<value>[A-Za-z0-9._~+/=:@!$%^&*-]{8,2000})/dg;
/** VS Code's REST Client requests (`.http`, `.rest`). */
const REST_CLIENT_FILE = /\.(?:http|rest)$/i;
/**
 * REST Client's Basic and Digest headers with the user and the password in the clear, which it
 * encodes itself: `Authorization: Basic deploy …` (two words) or `Basic deploy:…`.
 */
const REST_CLIENT_USER_AND_PASSWORD = /^[ \t]*Authorization[ \t]*:[ \t]*(?:Basic|Digest)[ \t]+(?<user>[^\s:]{1,200})(?::|[ \t]+)(?<value>[^\s]{1,200})[ \t]*$/dgi;

/**
 * A string literal that is a whole Authorization header value: `"Bearer …"`, `"Basic …"`, `"Token …"`.
 * Code passes it where the header's name is not next to it: `Header.Set("Authorization", "Bearer …")`
 * (Go), `setValue("Bearer …", forHTTPHeaderField: "Authorization")` (Swift), `proxy_set_header
 * Authorization "Basic …"` (nginx). The scheme may be a literal of its own that the credential's
 * is added to (`"Basic " + "…"`). The literal ends right after the credential: `"Bearer " + token`
 * and `` `Bearer ${token}` `` build the header instead.
 */
const AUTHORIZATION_LITERAL = /(["'`])(?<scheme>Bearer|Basic|Token|Splunk|bearer|basic|token)(?:[ \t]+\1[ \t]*\+[ \t]*\1|[ \t]+)(?<value>[A-Za-z0-9._~+/-]{8,2000}={0,2})\1/dg;
/**
 * Calls whose password is the argument at a fixed position, as the API defines it (where the last
 * literal is something else: `mysqli_connect`'s is the database's name, `new PDO`'s may be an
 * option): PHP's `new PDO(dsn, user, password)`, `mysqli_connect(host, user, password, db)`, `new
 * mysqli(…)` and `mysqli_real_connect(link, host, user, password)`, Perl's `DBI->connect(dsn, user,
 * password)`, Arduino's `WiFi.begin(ssid, password)` and `WiFi.softAP(ssid, password)`, Sequelize's
 * `new Sequelize(database, user, password, options)`, Go's `smtp.PlainAuth(identity, user,
 * password, host)` and gomail's `gomail.NewDialer(host, port, user, password)` (go-mail's
 * `mail.NewDialer` too). LDAP binds: python-ldap's `conn.simple_bind_s(dn, password)` (and
 * `simple_bind`, and `bind_s(who, cred, method)`), PHP's `ldap_bind($link, $dn, $password)` and
 * `ldap_sasl_bind`'s same place. A PKCS #12 file's password: .NET's `new X509Certificate2(file,
 * password)` and `X509CertificateLoader.LoadPkcs12FromFile(file, password)`, Python's
 * `pkcs12.load_key_and_certificates(data, password)`, and Java's `keyStore.load(stream,
 * "…".toCharArray())`, `KeyManagerFactory.init(keyStore, …)`, `getKey(alias, …)` and
 * `setKeyEntry(alias, key, …, chain)` (those four only with a literal made a char array, as a
 * key store's password is).
 */
const POSITIONAL_PASSWORD_CALL = /(?:\bnew[ \t]+(PDO|mysqli|Sequelize|X509Certificate2)|\bX509CertificateLoader\.(LoadPkcs12FromFile|LoadPkcs12)|\bpkcs12\.(load_key_and_certificates|load_pkcs12)|\.(load|init|getKey|setKeyEntry)(?=[ \t]*\([^\n]{0,400}?\.toCharArray\(\))|\b(mysqli_connect|mysqli_real_connect)|\bDBI->(connect)|\bWiFi\.(begin|softAP)|\bsmtp\.(PlainAuth)|\b(?:go)?mail\.(NewDialer|NewPlainDialer)|\.(simple_bind_s|simple_bind|bind_s)|\b(ldap_bind|ldap_sasl_bind)|\b(SMBConnection|FTP|FTP_TLS|JedisPool|SshClient|SftpClient|ScpClient)|\.(NewStaticV4)|\b(postgresql_password)|\.(bind)(?=[ \t]*\([ \t]*["'](?:[Cc][Nn]|[Uu][Ii][Dd]|[Dd][Cc]|[Oo][Uu])=))[ \t]*\(/g;
const PASSWORD_POSITION: Readonly<Record<string, number>> = { PDO: 2, mysqli: 2, Sequelize: 2, mysqli_connect: 2, mysqli_real_connect: 3, connect: 2, begin: 1, softAP: 1, PlainAuth: 2, NewDialer: 3, NewPlainDialer: 3, simple_bind_s: 1, simple_bind: 1, bind_s: 1, ldap_bind: 2, ldap_sasl_bind: 2, SMBConnection: 1,
  // ftplib's `FTP(host, user, "…")`; Jedis's `JedisPool(config, host, port, timeout, "…", …)`; SSH.NET's
  // `SshClient(host, user, "…")` (3 after a port: findInLine moves it); minio's `NewStaticV4(id, "…", token)`.
  FTP: 2, FTP_TLS: 2, JedisPool: 4, SshClient: 2, SftpClient: 2, ScpClient: 2, NewStaticV4: 1,
  // Puppet's postgresql module: `postgresql::postgresql_password('user', '…')` hashes the password for a role.
  postgresql_password: 1,
  // ldapjs's `client.bind(dn, password, callback)`, known by the DN literal it starts with.
  bind: 1,
  X509Certificate2: 1, LoadPkcs12FromFile: 1, LoadPkcs12: 1, load_key_and_certificates: 1, load_pkcs12: 1, load: 1, init: 1, getKey: 1, setKeyEntry: 2,
};
/** `.bind(` with a DN literal first: an LDAP bind (`fn.bind(this)` is everywhere). */
const LDAP_BIND_KEYWORDS = ['bind("cn=', "bind('cn=", 'bind("uid=', "bind('uid=", 'bind("dc=', "bind('dc=", 'bind("ou=', "bind('ou="];
/** Lower-case pieces of POSITIONAL_PASSWORD_CALL's calls, which hold no secret word: they wake the rule. */
const POSITIONAL_CALL_KEYWORDS = ["postgresql_password(", ...LDAP_BIND_KEYWORDS, "pdo(", "mysqli", "sequelize(", "dbi->connect", "wifi.begin", "wifi.softap", "plainauth(", "dialer(", "simple_bind", "bind_s(", "ldap_bind(", "ldap_sasl_bind(", "smbconnection(", "ftp(", "ftp_tls(", "jedispool(", "sshclient(", "sftpclient(", "scpclient(", "newstaticv4(", "x509certificate2", "loadpkcs12", "pkcs12.load", "tochararray()"];
/**
 * Python's `requests`/`httpx` `auth=("user", "password")`: a pair whose second item is the password;
 * the Elasticsearch client's `basic_auth=(…)` (`http_auth=(…)` before version 8) too.
 */
const AUTH_TUPLE = /\b(?:basic_|http_)?auth[ \t]*=[ \t]*\([ \t]*(?:[rbuf]{0,2}(["'])[^"'\n]{0,100}\1|[A-Za-z_][\w.]{0,80})[ \t]*,[ \t]*[rbuf]{0,2}(?<q>["'])(?<value>[^"'\\\n]{1,300})\k<q>[ \t]*(?:,[ \t]*)?\)/dg;
/**
 * A Redis client's `AUTH`: Jedis's `jedis.auth("…")` and `jedis.auth(user, "…")`, phpredis's
 * `$redis->auth('…')` and `$redis->auth(['user', '…'])`, Predis's and others'. The receiver must name
 * Redis (or Jedis, or Valkey, its fork): `auth(` alone is Firebase's and many others' call without a secret.
 */
const REDIS_AUTH = /\b(?<receiver>\$?[A-Za-z_][\w]{0,60})[ \t]*(?:\.|->)[ \t]*auth[ \t]*\([ \t]*\[?[ \t]*(?:(["'])[^"'\n]{0,100}\2[ \t]*,[ \t]*|[A-Za-z_$][\w.$]{0,80}[ \t]*,[ \t]*)?(?<q>["'])(?<value>[^"'\\\n]{1,300})\k<q>[ \t]*\]?[ \t]*\)/dg;
/** Guzzle's request option, `'auth' => ['user', '…']` (maybe a third item, the scheme). */
const PHP_AUTH_OPTION = /(["'])auth\1[ \t]*=>[ \t]*\[[ \t]*(?:(["'])[^"'\n]{0,100}\2|\$[A-Za-z_][\w>-]{0,80})[ \t]*,[ \t]*(?<q>["'])(?<value>[^"'\\\n]{1,300})\k<q>/dg;
/** curl's `CURLOPT_USERPWD`, `'user:…'` (PHP's `curl_setopt`, and the C API's `curl_easy_setopt`). */
const CURL_USERPWD = /\bCURLOPT_USERPWD[ \t]*,[ \t]*(?<q>["'])[^"':\n]{0,100}:(?<value>[^"'\\\n]{1,300})\k<q>/dg;
/**
 * Credential classes whose constructor's last string argument is the password (often written one
 * argument a line). (`PlainCredentials`: pika's, RabbitMQ's Python client.)
 */
const CREDENTIAL_CONSTRUCTORS = ["NetworkCredential", "DirectoryEntry", "PasswordAuthentication", "UsernamePasswordCredentials", "HTTPBasicAuth", "PasswordCredential", "SqlCredential", "PlainCredentials"];
/** Calls whose last string argument is a password: NetworkCredential("u", "p"), DirectoryEntry(path, "u", "p"). */
// (`SetBasicAuth`: Go's `req.SetBasicAuth(user, password)`, where `\bBasicAuth` does not match; `basic_auth`:
// Rust's reqwest, `.basic_auth(user, Some(password))`; `Credentials.basic`: OkHttp's Basic header,
// `Credentials.basic(user, password)`. `]::new`: PowerShell's constructor call,
// `[System.Net.NetworkCredential]::new("", $pat)`.)
// (`setBasicAuth`: Spring's `HttpHeaders`; `Login`: Go's FTP clients; `ftp_login`,
// `ssh2_auth_password`: PHP's; `transport.connect`, `Transport.send`: JavaMail's, whose last
// arguments are the user and the password.)
// (`Credentials::new`: Rust's lettre, `Credentials::new(user, password)`, its literals made
// Strings, see plainCallView; AWS's Rust SDK puts the secret key second too.)
const CREDENTIAL_CALL = new RegExp(`\\b(?:${[...CREDENTIAL_CONSTRUCTORS, "BasicAuth", "SetBasicAuth", "setBasicAuth", "basic_auth", "login", "Login", "ftp_login", "ssh2_auth_password", "authenticate", "getConnection", "Credentials\\.basic", "Credentials::new", "[Tt]ransport\\.connect", "Transport\\.send"].join("|")})(?:\\]::new)?\\s*\\((?<args>[^)\\n]{1,400})\\)?`, "dg");
/** A name as a resolver looks one up, its type and its name: Ember's `authenticator:torii`, `simple-auth-authenticator:oauth2`. */
const RESOLVER_NAME = /^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/;
/** One argument of a call: no comma, maybe a call of its own (`os.getenv("AZURE_TENANT_ID")`). */
const CALL_ARGUMENT = String.raw`[^,()\s](?:[^,()\n]|\([^()\n]{0,100}\)){0,199}`;
/**
 * Azure Identity's `ClientSecretCredential(tenantId, clientId, "…")` (Python, C#, JavaScript's
 * `new …`, Go's `azidentity.NewClientSecretCredential(…, nil)`): the third argument is the client
 * secret, whatever the first two are.
 */
const CLIENT_SECRET_CREDENTIAL = new RegExp(
  String.raw`\b(?:New)?ClientSecretCredential[ \t]*\([ \t]*${CALL_ARGUMENT},[ \t]*${CALL_ARGUMENT},[ \t]*(?:client_secret[ \t]*=[ \t]*)?(?:@|[rbu]{1,2})?(?<q>["'\`])(?<value>[^"'\`\\\n]{1,300})\k<q>`,
  "dg",
);
/**
 * A value handed to a secret store under a plain argument name: Databricks' `put_secret(scope=…,
 * key=…, string_value="…")`, Azure's `set_secret(name=…, value="…")`, AWS's `create_secret(Name=…,
 * SecretString="…")`, Prefect's `Secret(value="…")`. What a store keeps is a secret, whatever the
 * argument is called. (Positional forms are the named rules'.)
 */
const SECRET_STORE_CALL = /\b(?:put_secret|set_secret|create_secret|put_secret_value|update_secret|Secret)[ \t]*\((?<args>[^()\n]{1,400})/dg;
const STORED_VALUE_ARGUMENT = /(?:^|,)[ \t]*(?:string_value|value|secret_value|SecretString)[ \t]*=[ \t]*[rbu]{0,2}(?<q>["'])(?<value>[^"'\\\n]{1,300})\k<q>/dg;
/** Commands that store the value a plain `--value` or `--string-value` gives: Key Vault's, Databricks', a pipeline's secret variable. */
// (A pipeline variable only with `--secret true`, looked for once a line: a lookahead at each
// command would read the rest of the line again for every one.)
// (`az functionapp [function] keys set … --key-value`: a Functions key chosen by hand.)
const SECRET_STORE_COMMAND = /\bkeyvault[ \t]+secret[ \t]+set\b|\bsecrets[ \t]+put(?:-secret)?\b|\bfunctionapp[ \t]+(?:function[ \t]+)?keys[ \t]+set\b/;
const PIPELINE_VARIABLE_COMMAND = /\bpipelines[ \t]+(?:variable-group[ \t]+)?variable[ \t]+(?:create|update)\b/;
const SECRET_SWITCH_ON = /--secret(?:[ \t]+|=)true\b/i;

function storesSecretValue(line: string): boolean {
  return SECRET_STORE_COMMAND.test(line) || (PIPELINE_VARIABLE_COMMAND.test(line) && SECRET_SWITCH_ON.test(line));
}
/** Azure Pipelines' logging command that sets a secret variable: `##vso[task.setvariable variable=x;issecret=true]value`. */
const PIPELINE_SECRET_VARIABLE = /##vso\[task\.setvariable\b[^\]\n]{0,200}?\bissecret=true\b[^\]\n]{0,200}\](?<value>[^\s"'`$]{1,300})/dg;
/** AWS CDK's `SecretValue.unsafePlainText("…")` (and the older `plainText`): a secret written into the template. */
const CDK_PLAIN_SECRET = /\bSecretValue\.(?:unsafePlainText|plainText)\([ \t]*(?<q>["'`])(?<value>[^"'`\\\n]{1,300})\k<q>/dg;
/**
 * Azure Data Explorer (Kusto) connection builders given an app's key: Python's
 * `with_aad_application_key_authentication(cluster, app_id, "…", tenant)`, Node's
 * `withAadApplicationKeyAuthentication(…)` and Java's `createWithAadApplicationCredentials(…)` take
 * it third; .NET's `.WithAadApplicationKeyAuthentication(app_id, "…", tenant)` second.
 */
const KUSTO_APPLICATION_KEY = new RegExp(
  String.raw`\b(?:(?:with_aad_application_key_authentication|withAadApplicationKeyAuthentication|createWithAadApplicationCredentials)[ \t]*\([ \t]*${CALL_ARGUMENT},|WithAadApplicationKeyAuthentication[ \t]*\()[ \t]*${CALL_ARGUMENT},[ \t]*(?:@|[rbu]{1,2})?(?<q>["'\`])(?<value>[^"'\`\\\n]{1,300})\k<q>`,
  "dg",
);
/**
 * A builder's or a bean's setter given a literal: `.clientSecret("…")` (Azure's Java credential
 * builders), MSAL.NET's `.WithClientSecret("…")`, `.password("…")`, `.accountKey("…")`,
 * `.sasToken("…")`, `.setPassword("…")` (a JDBC data source), `.bearer_auth("…")` (Rust's
 * reqwest). The literal is the only argument. (Not a getter: `getSecret("name")` looks one up.)
 * Tokens and secrets only after `set` or `with` (`client.setToken("…")`, `.withAccessToken("…")`):
 * a bare `.token("…")` is as often a lexer's. Python's snake case too: Django's
 * `user.set_password("…")`, as seed scripts create their admin.
 */
const SETTER_WITH_LITERAL =
  /\.(?<name>bearer_auth|set_(?:password|secret|token|api_key|access_token|auth_token)|(?:[Ss]et|[Ww]ith)(?:[Tt]oken|[Aa]uthToken|[Aa]ccessToken|[Aa]piToken|[Ss]ecret)|(?:[Ss]et|[Ww]ith)?(?:[Cc]lientSecret|[Pp]assword|[Aa]ccountKey|[Ss]asToken|[Aa]piKey|[Aa]ccessKey|[Ss]ecretKey|[Ss]haredAccessKey|[Pp]assphrase))[ \t]*\([ \t]*(?<q>["'])(?<value>[^"'\\\n]{1,300})\k<q>[ \t]*\)/dg;
/**
 * A string literal turned into key bytes: C#'s `Encoding.UTF8.GetBytes("…")`, Node's
 * `Buffer.from("…")` (an encoding after it, `"base64"`, is the same secret written otherwise),
 * `new TextEncoder().encode("…")` (jose's idiom), Go's `[]byte("…")`, jjwt's
 * `Decoders.BASE64.decode("…")`, Python's `bytes("…", …)` and `b"…"`; Java's `"…".getBytes()` and
 * Python's `"…".encode()` after it. A key kept in base64 is decoded to its bytes: C#'s
 * `Convert.FromBase64String("…")`, Java's `Base64.getDecoder().decode("…")`, Python's
 * `base64.b64decode("…")` (the ASP.NET Core samples' way to a `SymmetricSecurityKey`); one kept in
 * hex too: Java's `HexFormat.of().parseHex("…")`, commons-codec's `Hex.decodeHex`, JAXB's
 * `DatatypeConverter.parseHexBinary`, Python's `bytes.fromhex` and `binascii.unhexlify`, .NET's
 * `Convert.FromHexString`, Go's `hex.DecodeString` and `base64.StdEncoding.DecodeString` (whose
 * error is the second result: `key, _ := …`). The
 * literal's content is group `value`; `wrap`, `b` and `then` say which conversion was found, if any.
 */
const BYTES_OF_LITERAL = String.raw`(?<wrap>Encoding\.(?:UTF8|ASCII|Unicode|Default|UTF32|Latin1|BigEndianUnicode)\.GetBytes\(|Buffer\.from\(|new[ \t]+TextEncoder\(\)\.encode\(|\[\]byte\(|Decoders\.BASE64(?:URL)?\.decode\(|bytes\(|Convert\.FromBase64String\(|Base64\.get(?:Url|Mime)?Decoder\(\)\.decode\(|base64\.(?:urlsafe_|standard_)?b64decode\(|HexFormat\.of\(\)\.parseHex\(|bytes\.fromhex\(|binascii\.(?:unhexlify|a2b_hex)\(|Hex\.decodeHex\(|DatatypeConverter\.parse(?:HexBinary|Base64Binary)\(|Convert\.FromHexString\(|hex\.DecodeString\(|base64\.(?:Std|URL|RawStd|RawURL)Encoding\.DecodeString\()?[ \t]*(?<b>\b[bB])?(?<q>["'\`])(?<value>[^"'\`\\\n]{6,300})\k<q>(?<then>\.getBytes\(|\.encode\()?`;
/**
 * Calls whose argument is a signing or HMAC key, whatever the variable it came from was called:
 * whoever has it can mint tokens, cookies or webhook signatures. The key is the first argument of
 * `new SymmetricSecurityKey(…)` and `new HMACSHA256(…)` (.NET), java-jwt's `Algorithm.HMAC256(…)`,
 * jjwt's `Keys.hmacShaKeyFor(…)` and `.setSigningKey(…)`, `new SecretKeySpec(…, "HmacSHA256")`,
 * Express's `cookieParser(…)`, Python's `hmac.new(…)`, and jose's `.sign(new TextEncoder().encode(…))`
 * (only so: `.sign(b"…")` is how Python's cryptography signs a message with a private key). It is
 * the second of `jwt.sign`/`encode`/`verify`/`decode` (Node, PyJWT, Ruby's `JWT.encode`, PHP's
 * `JWT::encode` and `JWT::decode($jwt, new Key(…))`), jose's `jwtVerify`, Node's `createHmac`, jjwt's
 * `.signWith(SignatureAlgorithm.HS256, …)`, Go's `hmac.New` and Ruby's `OpenSSL::HMAC.hexdigest`;
 * the third of PHP's `hash_hmac`; Go's `.SignedString([]byte(…))`. Group `jwt` says a JWT library's.
 */
const SIGNING_KEY_SINK = new RegExp(
  String.raw`(?:\bFernet\(|\b(?:AES(?:GCM|CCM|SIV|OCB3)|ChaCha20Poly1305)\(|\bcreate(?:Cipheriv|Decipheriv)\([ \t]*${CALL_ARGUMENT},|\b(?:En|De)codingKey::from_secret\(|::new_from_slice\(|\bhmac:|\.hs(?:256|384|512)\([ \t]*key:|\b[Nn]ew[ \t]+(?:SymmetricSecurityKey|HMAC(?:SHA(?:1|256|384|512)|MD5)|SecretKeySpec)\(|\bAlgorithm\.HMAC(?:256|384|512)\(|\bKeys\.hmacShaKeyFor\(|\.setSigningKey\(|\bcookieParser\(|\bhmac\.(?:new|HMAC|digest)\(|\.sign\([ \t]*(?=new[ \t]+TextEncoder)` +
    String.raw`|(?<jwt>\b(?:jwt|JWT)(?:\.|::)(?:sign|encode|verify|decode)\([ \t]*(?:\{[^{}\n]{0,200}\}|${CALL_ARGUMENT})[ \t]*,[ \t]*(?:new[ \t]+Key\([ \t]*)?|\.SignedString\()` +
    String.raw`|(?:\bjwtVerify|\bcreateHmac|\bhmac\.New|\bOpenSSL::HMAC\.(?:hexdigest|digest|base64digest))\([ \t]*${CALL_ARGUMENT},|\.signWith\([ \t]*SignatureAlgorithm\.HS(?:256|384|512)[ \t]*,|\bhash_hmac\([ \t]*${CALL_ARGUMENT},[ \t]*${CALL_ARGUMENT},)` +
    String.raw`[ \t]*(?:key[ \t]*=[ \t]*)?${BYTES_OF_LITERAL}`,
  "dg",
);
/**
 * SIGNING_KEY_SINK's .NET and Java calls given a variable, converted there or not: `new
 * SymmetricSecurityKey(key)`, `new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key))`, `new
 * HMACSHA256(keyBytes)`, `new SecretKeySpec(k, "HmacSHA256")`, jjwt's `Keys.hmacShaKeyFor(keyBytes)`,
 * java-jwt's `Algorithm.HMAC256(secret)`. Group `name` is the variable; a member, an index or a
 * call (`_config["Jwt:Key"]`, `settings.Key`) is not one.
 */
const SIGNING_KEY_SINK_OF_VARIABLE =
  /(?:\b[Nn]ew[ \t]+(?:SymmetricSecurityKey|HMAC(?:SHA(?:1|256|384|512)|MD5)|SecretKeySpec)|\bAlgorithm\.HMAC(?:256|384|512)|\bKeys\.hmacShaKeyFor)\([ \t]*(?:Encoding\.\w{1,20}\.GetBytes\(|Convert\.FromBase64String\()?(?<name>[A-Za-z_]\w{0,80})(?:\.getBytes\([^()\n]{0,40}\))?[ \t]*[,)]/g;
/** Lower-case pieces of SIGNING_KEY_SINK_OF_VARIABLE's calls: they wake the rule that reads lines before them. */
const SIGNING_KEY_SINK_OF_VARIABLE_KEYWORDS = ["symmetricsecuritykey", "new hmac", "secretkeyspec", "hmacshakeyfor", "algorithm.hmac"];
/** An assignment whose right side is a literal or its bytes (BYTES_OF_LITERAL), tried where an assignment starts (literalAssignedBefore). */
const LITERAL_ASSIGNMENT_AT = new RegExp(String.raw`[A-Za-z_]\w{0,80}${OPTIONAL_TYPE_ANNOTATION}[ \t]*:?=[ \t]*${BYTES_OF_LITERAL}`, "dy");
/** Lower-case pieces of SIGNING_KEY_SINK's calls that hold no secret word: they wake the rule. */
const SIGNING_KEY_SINK_KEYWORDS = ["jwt.sign", "jwt.encode", "jwt.verify", "jwt.decode", "jwt::", "jwtverify", "signedstring", "hmac", "signwith", "cookieparser", "textencoder", "fernet(", "aesgcm(", "aesccm(", "aessiv(", "aesocb3(", "chacha20poly1305(", "cipheriv(", "from_secret(", "new_from_slice(", ".hs256(", ".hs384(", ".hs512("];
/** A cheap look for SIGNING_KEY_SINK's calls: most lines that wake this rule hold none. */
const SIGNING_KEY_SINK_HINT = /SecurityKey|HMAC|[Hh]mac|KeySpec|SigningKey|cookieParser|TextEncoder|jwt|JWT|SignedString|signWith|Fernet|AES|ChaCha20|[Cc]ipheriv|from_secret|new_from_slice|\.hs\d/;
/**
 * A name that says secret given the bytes of a literal: `var secretKey = Encoding.UTF8.GetBytes("…")`,
 * `byte[] signingKey = …`, VB's `Dim secretKey = …`, `const secret = new TextEncoder().encode("…")`
 * (jose's idiom), `Buffer.from("…")`, Go's `var jwtKey = []byte("…")`. The conversion makes it key
 * material; as a plain string assignment the generic reading skips a call.
 */
const SECRET_NAMED_BYTES = new RegExp(
  String.raw`(?<![\w$])(?<name>[A-Za-z_$][\w$]{0,80})(?:[ \t]*,[ \t]*(?:_|err))?[ \t]*(?::[ \t]*[\w.[\]<>]{1,40}[ \t]*)?:?=[ \t]*(?:await[ \t]+)?${BYTES_OF_LITERAL}`,
  "dg",
);
/** A cheap look for SECRET_NAMED_BYTES's conversions. */
const BYTES_CONVERSION_HINT = /GetBytes\(|getBytes\(|Buffer\.from\(|TextEncoder|\[\]byte\(|\.encode\(|Decoders\.BASE64|bytes\(|FromBase64String\(|Decoder\(\)\.decode\(|b64decode\(|parseHex|fromhex\(|unhexlify\(|a2b_hex\(|decodeHex\(|Binary\(|FromHexString\(|DecodeString\(/;
/**
 * Whether a literal given as a signing key is a secret: judged as a password is (a key chosen by
 * hand may be a word), but of 8 characters or more and not one lower-case word (google-auth's
 * `jwt.encode(signer, "iatexp")` takes the payload second).
 */
function isSigningSecret(name: string, value: string, fileType: FileType): boolean {
  return value.length >= 8 && !/^[a-z]+$/.test(value) && acceptable({ name, value, quoted: true }, "password", fileType);
}
/**
 * A key's name that says what the key signs or encrypts (`jwtKey`, `signingKey`, `aesKey`,
 * `cookieSecretKey`, `privKey`): the bytes of a literal under it are key material.
 */
const KEY_MATERIAL_NAME = /jwt|hmac|sign|secret|crypt|cipher|aes|cookie|session|master|priv|mac|hs\d{3}/i;
/**
 * Whether the bytes of a literal under a name that says secret (SECRET_NAMED_BYTES) are a secret.
 * Under a key's name that says no such use (`txnKey`, `discardStatsKey`), bytes are as often what a
 * key-value store files an entry under (`[]byte("!db!txn")`, words and punctuation), so the value
 * is judged as any key is: it must look random. Key material is judged as a signing key is.
 */
function isSecretBytes(name: string, strength: Strength, value: string, fileType: FileType): boolean {
  if (strength === "key" && !KEY_MATERIAL_NAME.test(name)) return acceptable({ name, value, quoted: true }, strength, fileType);
  return isSigningSecret(name, value, fileType);
}
/**
 * ConfigParser's `config.get('Credentials', 'keyring')`: a section, one word that is no secret's
 * own name (`Credentials`, `auth`), and an option's name, not a key and its default (ConfigParser
 * takes the default as `fallback=`). A dictionary's `config.get("db_password", "…")` names a
 * secret itself.
 */
function isConfigParserOption(section: string, value: string): boolean {
  return CONFIG_SECTION.test(section) && !LEAF_SECRET_WORD.test(section) && /^[a-z_][a-z0-9_]*$/.test(value);
}
/** A section of settings: one word. */
const CONFIG_SECTION = /^[A-Za-z]+$/;
/** One word that names a single secret rather than a group of settings. */
const LEAF_SECRET_WORD = /^(?:password|passwd|pwd|pass|passphrase|secret|token|key|apikey|secretkey|accesskey)$/i;
/**
 * A command-line option's default in Python's argparse and click: `parser.add_argument("--api-key",
 * default="…")`, `@click.option("-t", "--token", default="…")`. The program uses it whenever the
 * option is not given, and the long option names it. (Keyword arguments before the default hold a
 * name, a dotted name or one quoted string, none of them a `,`. A name without dashes,
 * `@click.option("--api-key", "-k", "token", …)`, is click's name for the function's parameter.)
 */
const OPTION_DEFAULT = new RegExp(
  String.raw`\b(?:add_argument|option)\(\s*(?:["']-[A-Za-z]["']\s*,\s*)?["']--(?<name>[A-Za-z][\w-]{0,60})["'](?:\s*,\s*["'](?:-{1,2}[\w-]{1,60}|[A-Za-z_]\w{0,60})["'])*(?:\s*,\s*${KEYWORD_ARGUMENT})*\s*,\s*default\s*=\s*["'](?<value>[^"'\n]{1,300})["']`,
  "dg",
);
/** Rust's `env::var("X").unwrap_or("…".to_string())`, `.unwrap_or_else(|_| "…".into())`, `String::from("…")`. */
const ENV_VAR_UNWRAP_OR = /\benv::var\(\s*"(?<name>[A-Za-z_]\w{0,80})"\s*\)\s*\.unwrap_or(?:_else)?\(\s*(?:\|_\|\s*)?(?:String::from\(\s*)?"(?<value>[^"\n]{1,300})"/dg;
/**
 * A placeholder with a default: Spring's `${JWT_SECRET:…}` (in `@Value("…")` as in
 * application.yml), the shell's and Compose's `${DB_PASSWORD:-…}` and `${X:=…}`, and their
 * `${DB_PASSWORD-…}` (the default only where the variable is unset, not where it is empty), whose
 * name is an environment variable's capitals: a property's `${orders.api-key}` has a `-` in its
 * name. The default is what runs when the variable is unset. (Not `${X:?message}` or `${X:+alt}`;
 * no `:` in the value, so `${TOKEN:0:8}`, a substring, is not one.)
 */
const PLACEHOLDER_DEFAULT = /\$\{(?<name>[A-Za-z_][\w.-]{0,80}?)(?::[-=]?|(?<=\{[A-Z_][A-Z0-9_]{0,80})[-=])(?<value>[^\s{}"'$:?+=-][^\s{}"'$:]{0,299})\}/dg;
/** The Serverless Framework's fallback: `${env:CONTENTFUL_TOKEN, 'CFPAT-…'}`, `${ssm:/app/key, "…"}`. */
const SERVERLESS_DEFAULT = /\$\{(?:env|ssm|param|self|opt):(?<name>[\w./-]{1,120}),[ \t]*(?<q>["'])(?<value>[^"'\n]{1,300})\k<q>[ \t]*\}/dg;

/**
 * Whether the `${NAME:` at `at` (the name ending at `nameEnd`) is a parameter expansion the
 * generic reading must leave alone: `:+…` or `:?…` (no value in them), or a default that
 * PLACEHOLDER_DEFAULT reads. A default it cannot read (`${X:Kq:7$…}`) stays the generic rule's.
 */
function isParameterExpansion(line: string, at: number, nameEnd: number): boolean {
  const after = line[nameEnd + 1];
  if (after === "+" || after === "?") return true;
  PLACEHOLDER_DEFAULT.lastIndex = at;
  const match = PLACEHOLDER_DEFAULT.exec(line);
  return match?.index === at;
}
/** A Helm template's `{{ .Values.auth.password | default "…" }}`: the chart's default, in the chart. */
const HELM_VALUE_DEFAULT = /\.Values\.(?<name>[\w.]{1,120})[ \t]*\|[ \t]*default[ \t]+(?<q>["'])(?<value>[^"'\n]{1,300})\k<q>/dg;
/** …and in the function's own order, `{{ default "…" .Values.auth.password }}` (or `{{ $pw := default "…" … }}`). */
const HELM_DEFAULT_OF_VALUE = /\{\{-?[ \t]*(?:\$\w{1,60}[ \t]*:?=[ \t]*)?default[ \t]+(?<q>["'])(?<value>[^"'\n]{1,300})\k<q>[ \t]+\.Values\.(?<name>[\w.]{1,120})/dg;
/**
 * Commands that store a setting, its name then its value: `dotnet user-secrets set
 * "AzureAd:ClientSecret" "…"`, Windows' `setx AZURE_CLIENT_SECRET "…"`, `azd env set NAME …`,
 * `pulumi config set [--plaintext|--secret] dbPassword …` (with `--secret` Pulumi encrypts the
 * stack's copy, but the value is still written in the script), `aws configure set
 * aws_secret_access_key …` (`--profile` before or after).
 */
const SETTING_COMMAND =
  /\b(?:dotnet[ \t]+user-secrets[ \t]+set|setx|azd[ \t]+env[ \t]+set|pulumi[ \t]+config[ \t]+set(?:[ \t]+(?:--(?:plaintext|secret|path)|(?:--stack|-s)[ \t]+[\w./-]{1,100})){0,3}|aws[ \t]+configure[ \t]+set(?:[ \t]+--profile[ \t]+[\w.-]{1,100})?)[ \t]+(?<nq>["']?)(?<name>[A-Za-z_][\w:.-]{0,100})\k<nq>[ \t]+(?<q>["']?)(?<value>[^\s"']{1,300})\k<q>(?=[ \t;&|)]|$)/dg;
/** GitHub's CLI: `gh secret set NAME --body "…"` (or `-b`), other flags around it. */
const GH_SECRET_SET = /\bgh[ \t]+secret[ \t]+set[ \t]+(?<name>[A-Za-z_]\w{0,100})[^\n]{0,200}?[ \t](?:--body|-b)(?:=|[ \t]+)(?<q>["']?)(?<value>[^\s"']{1,300})\k<q>/dg;
/** C++ strings built from a literal: `std::string secret("…")`, `QString token{"…"}`. */
const STRING_CONSTRUCTION = /\b(?:w?string|QString|CString|String)[ \t]+(?<name>[A-Za-z_]\w{0,80})[ \t]*[({][ \t]*(?:L|u8?)?"(?<value>[^"\n]{1,300})"/dg;
/** `secret.assign("…")`, `token->assign("…", n)`: a C++ string given its contents. */
const STRING_ASSIGN = /(?<![\w$])(?<name>[A-Za-z_]\w{0,80})(?:\.|->)assign\([ \t]*(?:L|u8?)?"(?<value>[^"\n]{1,300})"/dg;
/** A switch of ConvertTo-SecureString's plain-text form: `-AsPlainText` (or `-AsPlainText:$true`), `-Force`. */
const SECURE_STRING_SWITCH = String.raw`\s+-(?:AsPlainText|Force)(?::\$true)?`;
/**
 * PowerShell: `ConvertTo-SecureString "…" -AsPlainText -Force`, the switches before the string or
 * after it, in any order (`-AsPlainText "…" -Force`, `"…" -Force -AsPlainText`, `-Force -String "…"
 * -AsPlainText`). Without `-AsPlainText` the string is an encrypted standard string, not the password.
 */
const SECURE_STRING = new RegExp(
  String.raw`ConvertTo-SecureString(?<before>(?:${SECURE_STRING_SWITCH}){0,3})\s+(?:-String\s+)?["'](?<value>[^"']{4,300})["'](?<after>(?:${SECURE_STRING_SWITCH}){0,3})`,
  "dgi",
);
/** A match of SECURE_STRING whose switches, before the string or after it, include `-AsPlainText`. */
function isPlainTextSecureString(match: RegExpExecArray): boolean {
  return /-AsPlainText/i.test(match.groups!.before! + match.groups!.after!);
}
/** …or piped to it: `"…" | ConvertTo-SecureString -AsPlainText -Force`. */
const SECURE_STRING_PIPED = /["'](?<value>[^"'\n]{4,300})["'][ \t]*\|[ \t]*ConvertTo-SecureString\b[^|\n]{0,200}?-AsPlainText/dgi;
/** What comes before a lower-case `identified by` in SQL: the statement that names the account. */
const SQL_ACCOUNT_STATEMENT = /\b(?:user|role|login|grant|create|alter)\b/i;
/**
 * SQL's `CREATE USER … IDENTIFIED BY '…'` and `ALTER USER … IDENTIFIED WITH caching_sha2_password BY
 * '…'` (MySQL, MariaDB), and Oracle's unquoted `IDENTIFIED BY S3cret_pw;`. (Not `BY PASSWORD '*…'`,
 * MySQL's hash, nor Oracle's `BY VALUES '…'`: an unquoted value must end the statement or come before
 * another clause.)
 */
const SQL_IDENTIFIED_BY =
  /\bIDENTIFIED[ \t]+(?:WITH[ \t]+["'`]?\w{1,64}["'`]?[ \t]+)?BY[ \t]+(?:(?<q>["'])(?<value>[^"'\n]{1,128})\k<q>|(?<bare>[A-Za-z][\w$#]{0,127})(?=[ \t]*(?:;|$|[ \t](?:DEFAULT|ACCOUNT|PASSWORD|QUOTA|PROFILE|REQUIRE|WITH)\b)))/dgi;
/**
 * An account's password set by statement: MySQL's `SET PASSWORD FOR 'app'@'%' = '…'` (or
 * `= PASSWORD('…')`), SQL Server's `EXEC sp_addlogin 'app', '…'`.
 */
const SQL_SET_PASSWORD = /\bSET[ \t]+PASSWORD[ \t]+FOR[ \t]+[^=\n]{1,200}?=[ \t]*(?:PASSWORD[ \t]*\([ \t]*)?(?<q>["'])(?<value>[^"'\n]{1,128})\k<q>/dgi;
const SQL_ADD_LOGIN = /\bsp_addlogin[ \t]+(?:@loginame[ \t]*=[ \t]*)?N?'[^'\n]{1,128}'[ \t]*,[ \t]*(?:@passwd[ \t]*=[ \t]*)?N?'(?<value>[^'\n]{1,128})'/dgi;
/**
 * libpq's key/value connection string (`"host=db port=5432 user=orders password=… dbname=orders"`,
 * PostgreSQL drivers in Go, Python, C): settings separated by blanks, another libpq keyword before
 * the password. In code the generic reading skips a bare value after `=` (an expression); inside
 * this string it is literal text. (A value may be quoted in single quotes, and hold blanks and `\'`
 * there, as libpq reads it. Commas and brackets are not in such a string: `port=None,
 * username=None, password=None)` is a call's keyword arguments.)
 */
const LIBPQ_PASSWORD = new RegExp(
  String.raw`\b${LIBPQ_KEYWORD}=[^\s"'${"`"}=,;()]{1,200}(?:[ \t]+[a-z_]{2,30}=[^\s"'${"`"}=,;()]{0,200}){0,10}[ \t]+password=(?:'(?<quoted>(?:[^'\\\n]|\\['\\]){1,128})'|(?<value>[^\s"'${"`"},;()]{1,128}))(?=$|[ \t"'${"`"}\r])`,
  "dg",
);
/** A configuration file's setting before a value: indentation, a list's `- `, `export `, a name and its `:` or `=`. */
const SETTING_BEFORE_VALUE = /^[ \t]*(?:-[ \t]+)?(?:export[ \t]+)?[A-Za-z_][\w.-]{0,100}[ \t]*[:=][ \t]*$/;
/** After a libpq string's password: more of its `key=value` settings, then maybe a comment. */
const LIBPQ_SETTINGS_TO_END = /^(?:[ \t]+[a-z_]{2,30}=[^\s"'`;#]*)*[ \t]*(?:#[^\r\n]*)?\r?$/;
/**
 * Whether the libpq string from `start` to `end` (up to its password) is the whole value of a
 * configuration file's setting (`dsn: host=… password=… dbname=…`, `DATABASE_DSN=host=…`): then
 * it is the credential whole, as a literal of its own is in code.
 */
function isWholeSettingValue(line: string, start: number, end: number): boolean {
  return SETTING_BEFORE_VALUE.test(line.slice(0, start)) && LIBPQ_SETTINGS_TO_END.test(line.slice(end));
}
/**
 * The Go MySQL driver's DSN: `"user:password@tcp(host:3306)/db"` (also `@unix(…)`), a quoted string
 * that starts with the user.
 */
const GO_MYSQL_DSN = /(["'`])[\w.-]{1,64}:(?<value>[^\s"'`]{1,128})@(?:tcp6?|udp|unix)\(/dg;
/**
 * nginx sets a header or a FastCGI parameter by name, then the value: `proxy_set_header X-Api-Key
 * …;`, `fastcgi_param DB_PASSWORD …;`. (An `Authorization "Basic …"` value is AUTHORIZATION_LITERAL's.)
 */
const NGINX_NAMED_VALUE =
  /\b(?:proxy_set_header|grpc_set_header|add_header|fastcgi_param|uwsgi_param|scgi_param)[ \t]+(?<name>[A-Za-z][\w-]{1,60})[ \t]+(?<q>["']?)(?<value>[^\s"';$]{4,300})\k<q>[ \t]*;/dg;
/**
 * A web server's variable, set by a directive: nginx's `set $api_key "…";`, Apache's `SetEnv
 * DB_PASSWORD …` (which the application reads from its environment).
 */
const SERVER_VARIABLE = /(?:^|[{;])[ \t]*(?:set[ \t]+\$(?<nginx>[A-Za-z_]\w{0,60})[ \t]+(?<q>["']?)(?<value>[^\s"';$]{4,300})\k<q>[ \t]*;|SetEnv[ \t]+(?<apache>[A-Za-z_][\w.-]{0,60})[ \t]+(?<q2>["']?)(?<value2>[^\s"'$]{4,300})\k<q2>[ \t]*$)/dg;
/**
 * WordPress's keys and salts in wp-config.php: `define( 'AUTH_KEY', '…' )`, 64 characters from the
 * secret-key service, spaces and punctuation among them (a generic value with spaces is prose).
 * Whoever has them forges login cookies. WordPress ships them as `put your unique phrase here`.
 */
const WORDPRESS_SALT = /\bdefine[ \t]*\([ \t]*(["'])(?<name>(?:SECURE_)?(?:AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT))\1[ \t]*,[ \t]*(["'])(?<value>[^"'\\\n]{32,128})\3[ \t]*\)/dg;
/**
 * CakePHP's `Security.salt`, the key its cookies, CSRF tokens and `Security::encrypt` are derived
 * from: `'salt' => env('SECURITY_SALT', '…')` in app.php (the installer writes 64 hex digits in
 * place of `__SALT__`), `Configure::write('Security.salt', '…')` (2.x), `Security::setSalt('…')`.
 * Drupal's `$settings['hash_salt'] = '…'` in settings.php likewise: one-time login links, form
 * tokens and private file URLs are signed with it (the installer writes 55 characters of base64url).
 * A salt is no secret elsewhere (NOT_SECRET_ANYWHERE): only these say it is this one.
 */
const FRAMEWORK_SALT = /(?:\benv\([ \t]*(["'])SECURITY_SALT\1[ \t]*,|\bConfigure::write\([ \t]*(["'])Security\.salt\2[ \t]*,|\bSecurity::setSalt\(|\$settings\[[ \t]*(["'])(?<drupal>hash_salt)\3[ \t]*\][ \t]*=)[ \t]*(?<q>["'])(?<value>[^"'\\\n]{16,300})\k<q>/dg;
/**
 * OmniAuth's `provider :github, 'key', 'secret'` (in `OmniAuth::Builder`) and Devise's
 * `config.omniauth :github, 'key', 'secret'`: the strategy's client id, then its client secret, as
 * literals (`ENV['GITHUB_SECRET']` reads it instead). No name says secret on that line.
 */
const OMNIAUTH_PROVIDER = /\b(?:provider|config\.omniauth)[ \t]+:[a-z]\w{0,40}[ \t]*,[ \t]*(["'])[^"'\n]{1,200}\1[ \t]*,[ \t]*(?<q>["'])(?<value>[^"'\\\n]{1,300})\k<q>/dg;
/**
 * A list of keys that sign or encrypt cookies and sessions, the newest first: cookie-session's
 * and Koa's `keys: ['…', '…']` (`app.keys = […]`), express-session's `secret: […]`, Django's
 * `SECRET_KEY_FALLBACKS = […]`. Group `items` is what the brackets hold. (One line: a list
 * written one item a line is not read. Not a list that code goes on to use, `['…'].map(…)`.)
 */
const SECRET_LIST = /(?<![\w$])(?<name>[A-Za-z_$][\w$.]{0,80})["']?[ \t]*(?:=|:|=>)[ \t]*\[(?<items>[^[\]\n]{8,1000})\](?![ \t]*\.)/dg;
/** Strapi's `.env`: `APP_KEYS=…,…` (or `:` in YAML), bare values that a comma separates. */
const SECRET_LIST_BARE = /^[ \t]*(?:export[ \t]+)?(?<name>[A-Za-z_][\w.]{0,80})[ \t]*[=:][ \t]*(?<items>[^\s,"'#]{8,300}(?:,[^\s,"'#]{8,300})+)[ \t]*$/dg;
/** A cheap look for SECRET_LIST_BARE's and SECRET_LIST's names (see secretListStrength) before an operator and a list. */
const SECRET_LIST_HINT = /(?:[Kk]eys|KEYS|[Ss]ecrets?|SECRETS?|FALLBACKS|[Bb]asic_?[Aa]uth|BASIC_AUTH)["']?[ \t]*(?:=>?|:)[ \t]*\[/;
/** One quoted item of a list, and the list's items as nothing but such literals. */
const LIST_LITERAL = /(?<q>["'`])(?<value>[^"'`\\\n]{1,300})\k<q>/dg;
const ONLY_LITERALS = /^[ \t]*(?:(["'`])[^"'`\\\n]{1,300}\1[ \t]*(?:,[ \t]*|$))+$/;
/**
 * What qualifies `keys` or `secrets` as a list of keys for cookies, sessions or tokens: Strapi's
 * `APP_KEYS`, `cookie_keys`, `session_secrets`, `signing_keys`. A bare `keys` counts too. Any other
 * (`cacheKeys`, `sortKeys`, `translation_keys`) is a list of names.
 */
const SECRET_LIST_QUALIFIERS = new Set(["app", "cookie", "cookies", "session", "sessions", "signing", "secret", "encryption", "jwt", "hmac", "api", "access"]);
/**
 * How strongly a list's name says its items are secrets: `keys` or `secrets`, alone or after
 * SECRET_LIST_QUALIFIERS; a name that ends in `secret` (express-session's `secret: […]`); Django's
 * `SECRET_KEY_FALLBACKS`. Always `key`: a list of words is a list of names (`secrets: ['db-password',
 * 'api-token']`). A list under a name that only holds a secret word (`token_variants`) is other data.
 */
function secretListStrength(name: string): Strength | undefined {
  const segments = segmentsOf(name);
  const last = segments[segments.length - 1];
  const qualifier = segments[segments.length - 2];
  if (last === "keys" || last === "secrets") return qualifier === undefined || SECRET_LIST_QUALIFIERS.has(qualifier) ? "key" : undefined;
  // Flower's `flower_basic_auth = ["admin:…"]`: `user:password` pairs.
  if (last === "auth" && qualifier === "basic") return "password";
  if (last === "secret" || (last === "fallbacks" && qualifier === "key" && segments[segments.length - 3] === "secret")) return "key";
  return undefined;
}
/**
 * Windows' `net use \\server\share PASSWORD /user:DOMAIN\name`, or the password after the user
 * (`… /user:DOMAIN\name PASSWORD`); `*` prompts for it.
 */
const NET_USE_PASSWORD_BEFORE_USER = /\bnet[ \t]+use(?:[ \t]+(?:[A-Za-z]:|\*))?[ \t]+\\\\\S{1,200}[ \t]+(?<value>[^\s/*"'][^\s"']{0,200})[ \t]+\/user:/dgi;
const NET_USE_PASSWORD_AFTER_USER = /\bnet[ \t]+use\b[^\n]{0,200}?[ \t]\/user:\S{1,200}[ \t]+(?<value>[^\s/*"'][^\s"']{0,200})/dgi;
/** `net user svc_backup PASSWORD /add` (or `/domain`, or a change for an existing user): Windows' local accounts; `*` prompts. */
const NET_USER_PASSWORD = /\bnet[ \t]+user[ \t]+(?:"[^"\n]{1,100}"|[^\s"/*]{1,100})[ \t]+(?<value>[^\s/*"'][^\s"']{0,200})(?=[ \t]+\/|[ \t]*$)/dgim;
/**
 * Samba's clients take the password after the user and a `%`: `smbclient //fs01/backup -U
 * backup%…` (and `rpcclient`, `smbcacls`, `smbget`, `net … -U`); lftp after a comma: `lftp -u
 * deploy,… sftp://files…`. Without them, the tool asks.
 */
const SAMBA_USER_PASSWORD = /\b(?:smbclient|rpcclient|smbcacls|smbget|smbmap|net)\b[^\n]{0,300}?[ \t](?:-U|--user)(?:=|[ \t]+)(?<q>["']?)[^\s%"']{1,200}%(?<value>[^\s"']{1,200})\k<q>/dg;
const LFTP_USER_PASSWORD = /\blftp\b[^\n]{0,300}?[ \t](?:-u|--user)[ \t]+(?<q>["']?)[^\s,"']{1,200},(?<value>[^\s"']{1,200})\k<q>/dg;
/** A change log's entry up to the name it starts with: a bullet (a tab first in GNU's), maybe a `[tag]` or a component. */
const CHANGE_ENTRY_BEFORE = /^[ \t]*[*+-][ \t]+(?:\[[^\]\n]{1,40}\][ \t]+|[\w.-]{1,40}[ \t]+)?$/;
/** How far from a name a template's braces are looked for: an expression is short. */
const TEMPLATE_REACH = 300;

/** Whether `offset` is inside a `{{ … }}` that opens before it on the line and closes after it (within TEMPLATE_REACH). */
function isInsideDoubleBraces(line: string, offset: number): boolean {
  const before = line.slice(Math.max(0, offset - TEMPLATE_REACH), offset);
  const open = before.lastIndexOf("{{");
  // A template's expression opens inside a string: `"{{resolve:…}}"`. JSX's `={{ token: "…" }}`,
  // Go's `[]User{{Password: "…"}}` and C#'s nested initialisers are code, their literals values.
  return open > 0 && /["'`]/.test(before[open - 1]!) && before.lastIndexOf("}}") < open && line.slice(offset, offset + TEMPLATE_REACH).includes("}}");
}

/** Change logs by their conventional names: `ChangeLog`, `NEWS`, `CHANGES.txt`, `HISTORY.md`. */
function isChangeLog(filePath: string): boolean {
  return /(?:^|[/\\])(?:change[-_]?log|changes|news|history|release[-_]?notes)(?:\.(?:txt|md|rst|old|\d+))?$/i.test(filePath);
}
/** `user:{PLAIN}` at a passwd-file line's start: what follows is the password and the other fields. */
const PASSWD_FILE_SCHEME_BEFORE = /^[ \t]*[^\s:#]{1,200}:\{[A-Z0-9-]{2,30}\}$/i;
/** SASL mechanisms (and IMAP URLs' `*` and `+APOP`), in any case. */
const SASL_MECHANISM = /^(?:PLAIN|LOGIN|GSSAPI|GSS-?SPNEGO|NTLM|EXTERNAL|ANONYMOUS|OAUTHBEARER|XOAUTH2?|CRAM-MD5|DIGEST-MD5|SCRAM-SHA-(?:1|256|512)(?:-PLUS)?|\*|\+APOP|GSS%41PI)(?![\w-])/i;

/**
 * SQL's `INSERT INTO api_clients (name, client_secret) VALUES ('billing', '…')` on one line: each
 * value is named by the column in its place.
 */
const SQL_INSERT = /\bINSERT[ \t]+INTO[ \t]+[\w.`"[\]]{1,100}[ \t]*\((?<columns>[^()\n]{1,1000})\)[ \t]*VALUES[ \t]*\((?<values>[^()\n]{1,2000})\)/dgi;
/** One value of a VALUES list: a quoted literal (`''` escapes a quote) or anything up to a comma. */
// (MySQL escapes a quote with a backslash too: `'it\'s'`.)
const SQL_VALUE = /[ \t]*(?:N?'(?<literal>(?:[^'\\\n]|''|\\.)*)'|[^,]*)[ \t]*(?:,|$)/y;

/** `new AuthenticationHeaderValue("Bearer", "…")` (.NET's `HttpClient`): the scheme, then the credential. */
const AUTHENTICATION_HEADER_VALUE = /\bAuthenticationHeaderValue[ \t]*\([ \t]*"(?<scheme>Bearer|Basic|Token)"[ \t]*,[ \t]*@?"(?<value>[^"\\\n]{8,4000})"/dg;

/**
 * Poetry keeps a repository's credentials by `poetry config http-basic.REPO USER PASSWORD` (the
 * password is the third argument; Azure Artifacts feeds take a PAT there) and a PyPI token by
 * `poetry config pypi-token.REPO TOKEN`. Without the last argument Poetry asks.
 */
const POETRY_CREDENTIAL =
  /\bpoetry[ \t]+config(?:[ \t]+-{1,2}[\w-]{1,30}){0,4}[ \t]+(?:http-basic\.[\w.-]{1,100}[ \t]+(?<u>["']?)[^\s"'-][^\s"']{0,199}\k<u>|pypi-token\.[\w.-]{1,100})[ \t]+(?<q>["']?)(?<value>[^\s"'<>|;&()-][^\s"'()]{0,299})\k<q>[ \t]*(?=$|[;&|)#])/dg;
/**
 * A `user:password` literal handed to a base64 encoder, which is how an HTTP Basic header is built:
 * `btoa("admin:…")`, `b64encode(b"admin:…")`, `Base64.strict_encode64("…")`,
 * `encodeToString("admin:…".getBytes())`, `Convert.ToBase64String(Encoding.ASCII.GetBytes(":PAT"))`
 * (Azure DevOps takes a PAT with no user), `EncodeToString([]byte("…"))`, and
 * `Buffer.from("admin:…").toString("base64")` (which says base64 after the literal: `base64` on the
 * line). The user part is a plain name or nothing. .NET's `Encoding.ASCII.GetBytes("user:…")` alone
 * counts too, the encoding a line later (`Convert.ToBase64String(raw)`), when a user is named and
 * the password looks generated: bytes of `a:b` are built for other reasons as well.
 */
const BASIC_PAIR_ENCODED =
  /\b(?<encoder>btoa|b64encode|urlsafe_b64encode|ToBase64String|encodeToString|EncodeToString|encode64|Buffer\.from|GetBytes)[ \t]*\((?:[ \t]*[\w.[\]:]{1,80}\()?[ \t]*(?:b|@)?(?<q>["'])(?<user>[\w.@\\-]{0,100}):(?<value>[^"'\s\\:]{1,200})\k<q>/dg;
/** A first part that makes `a:b` no user and password: a digest's algorithm, a URN, a data URI's scheme. */
const NOT_A_USER = /^(?:urn|sha\d*|md5|data|https?|tag|mailto)$/i;
/** An Ethereum private key (32 bytes in hex) in a Hardhat or Truffle network's `accounts: ["0x…"]`. */
const HARDHAT_CONFIG = /(?:^|[/\\])(?:hardhat\.config|truffle(?:-config)?)\.[cm]?[jt]s$/;
const HARDHAT_ACCOUNTS = /\baccounts[ \t]*:[ \t]*\[(?<items>[^[\]\n]{64,1000})\]/dg;
const HEX_PRIVATE_KEY = /^(?:0x)?(?:[0-9a-f]{64}|[0-9A-F]{64})$/;

/**
 * Apache's `htpasswd -b` (batch mode) takes the password as its last argument: `htpasswd -bc FILE
 * USER PASSWORD`, or `htpasswd -nb USER PASSWORD` (maybe redirected: `>> FILE`).
 */
const HTPASSWD_BATCH =
  /\bhtpasswd(?<flags>(?:[ \t]+-[A-Za-z]{1,8}(?:[ \t]+\d{1,2})?){1,4})(?:[ \t]+[^\s-]\S{0,200}){1,2}[ \t]+(?<q>["']?)(?<value>[^\s"'<>|;&][^\s"']{0,199})\k<q>[ \t]*(?=$|[;&|)<>])/dg;
/** Redis: `redis-server --requirepass …`, `requirepass …` and `masterauth …` in redis.conf. */
// (Only a line that starts with `#` is a comment in redis.conf: a `#` in a password is part of it.)
const REDIS_PASSWORD_DIRECTIVE = /^[ \t]*(?<directive>requirepass|masterauth)[ \t]+(?<q>["']?)(?<value>[^\s"']{1,300})\k<q>[ \t]*$/dgi;
/**
 * A password echoed into a registry login: `echo "…" | docker login -u ci --password-stdin` (also
 * `printf '%s' "…" |`, and podman's, helm's, oras's). The value is literal text: `"$TOKEN"` and
 * `${{ secrets.X }}` are references, judged so.
 */
const ECHO_TO_PASSWORD_STDIN =
  /\b(?:echo(?:[ \t]+-n)?|printf(?:[ \t]+(?<f>["']?)%s(?:\\n)?\k<f>)?)[ \t]+(?<q>["']?)(?<value>[^\s"'`|;&<>][^\s"'`|;&<>]{0,299})\k<q>[ \t]*\|[^|;&\n]{0,300}?[ \t]--password-stdin\b/dg;
/**
 * A value piped into a host's variables, which read it from standard input: `echo "…" | npx
 * wrangler secret put NAME`, `printf '%s' "…" | vercel env add NAME production`, `… | gh secret set
 * NAME`. Judged by NAME when it says what the value is; otherwise the value must look generated
 * (`echo production | vercel env add NODE_ENV` sets no secret).
 */
const ECHO_TO_SECRET_STORE =
  /\b(?:echo(?:[ \t]+-n)?|printf(?:[ \t]+(?<f>["']?)%s(?:\\n)?\k<f>)?)[ \t]+(?<q>["']?)(?<value>[^\s"'`|;&<>][^\s"'`|;&<>]{0,299})\k<q>[ \t]*\|[ \t]*(?:npx[ \t]+|bunx[ \t]+|pnpm[ \t]+(?:dlx[ \t]+)?)?(?:wrangler[ \t]+(?:pages[ \t]+)?secret[ \t]+put|vercel[ \t]+env[ \t]+add|gh[ \t]+secret[ \t]+set)[ \t]+(?<name>[A-Za-z_]\w{0,80})/dg;
/** …or given as a here-string: `npx wrangler secret put NAME <<< "…"`. */
const HERE_STRING_TO_SECRET_STORE =
  /\b(?:wrangler[ \t]+(?:pages[ \t]+)?secret[ \t]+put|vercel[ \t]+env[ \t]+add|gh[ \t]+secret[ \t]+set)[ \t]+(?<name>[A-Za-z_]\w{0,80})[^<|;&\n]{0,200}<<<[ \t]*(?<q>["']?)(?<value>[^\s"'`$|;&<>][^\s"'`|;&<>]{0,299})\k<q>/dg;

/** Values given to a host's variables under NAME (the two patterns above). */
function pushHostVariables(pattern: RegExp, line: string, hits: RuleHit[]): void {
  for (const match of allMatches(pattern, line)) {
    const name = match.groups!.name!;
    const span = group(match, "value")!;
    if (acceptable({ name, value: line.slice(...span), quoted: true, argument: true }, secretStrength(name) ?? "key", "text")) pushUnlessOverlapping(hits, span[0], span[1], name);
  }
}
/** Netlify's `netlify env:set NAME VALUE` (`netlify-cli` too): judged by NAME, as an assignment is. */
const NETLIFY_ENV_SET = /\bnetlify(?:-cli)?[ \t]+env:set[ \t]+(?<name>[A-Za-z_]\w{0,80})[ \t]+(?<q>["']?)(?<value>[^\s"'`$|;&<>][^\s"'`|;&<>]{0,299})\k<q>/dg;
/** `redis-cli -a …`: the password (`--pass` names itself). */
const REDIS_CLI_AUTH_FLAG = /\bredis-cli\b[^|;&\n]{0,300}?[ \t]-a[ \t]+(?<q>["']?)(?<value>[^\s"'`-][^\s"'`]{0,299})\k<q>(?=[ \t;|&)]|$)/dg;
/**
 * HAProxy: `stats auth admin:…` (the stats page's login) and a `userlist`'s `user NAME
 * insecure-password …` (the password in clear; `password` takes a crypt(3) hash).
 */
const HAPROXY_PASSWORD = /^[ \t]*(?:stats[ \t]+auth[ \t]+[^\s:]{1,100}:|user[ \t]+\S{1,100}[ \t]+(?:\S{1,100}[ \t]+\S{1,200}[ \t]+){0,2}insecure-password[ \t]+)(?<q>["']?)(?<value>[^\s"']{1,300})\k<q>[ \t]*(?:[ \t]#.*)?\r?$/dg;

/**
 * IdentityServer's client secret: `new Secret("…".Sha256())` in a client's `ClientSecrets`. The
 * literal is what the client sends to get a token; the server hashes it when it starts.
 */
const IDENTITY_SERVER_SECRET = /\bnew[ \t]+Secret[ \t]*\([ \t]*@?"(?<value>[^"\\\n]{1,300})"[ \t]*\.Sha(?:256|512)\(\)/dg;
/** JNDI's LDAP bind: `env.put(Context.SECURITY_CREDENTIALS, "…")` (the password; the principal is the user). */
const JNDI_SECURITY_CREDENTIALS = /\bSECURITY_CREDENTIALS[ \t]*,[ \t]*"(?<value>[^"\\\n]{1,300})"/dg;
/**
 * A password in the clear in a passwd-style file: `user:{PLAIN}…` in Dovecot's passwd-file (its
 * fields go on after a colon) and in nginx's `auth_basic_user_file`; `{CLEAR}` and `{CLEARTEXT}`
 * are Dovecot's other names for the scheme. (`{PLAIN-MD5}`, `{SHA}`… are hashes.)
 */
const PLAIN_SCHEME_PASSWORD = /^[ \t]*[^\s:#]{1,200}:\{(?:PLAIN|CLEAR|CLEARTEXT)\}(?<value>[^\s:]{1,300})/dg;
/** Kotlin's pair, `"X-Api-Key" to "…"` in `mapOf(…)` or `headers(…)`: a name and its value. */
const KOTLIN_PAIR = /(["'])(?<name>[A-Za-z_][\w.-]{1,80})\1[ \t]+to[ \t]+"(?<value>[^"\\\n$]{1,300})"/dg;
/** Kotlin source and build scripts. */
const KOTLIN = /\.kts?$/i;
/**
 * Apple's header setter, the value first: Swift's `request.setValue("…", forHTTPHeaderField:
 * "X-Api-Key")`, Objective-C's `[request setValue:@"…" forHTTPHeaderField:@"X-Api-Key"]`, `addValue` too.
 */
const HTTP_HEADER_SET_VALUE = /\b(?:set|add)Value[:(][ \t]*@?"(?<value>[^"\\\n]{1,300})"[ \t]*,?[ \t]*forHTTPHeaderField:[ \t]*@?"(?<name>[A-Za-z][\w-]{0,60})"/dg;
/** Elixir's `Application.put_env(:app, :api_key, "…")`: the key is an atom. */
const PUT_ENV_ATOM = /\bput_env\([ \t]*:\w{1,80}[ \t]*,[ \t]*:(?<name>[A-Za-z_]\w{0,80})[ \t]*,[ \t]*"(?<value>[^"\\\n]{1,300})"/dg;
/**
 * C's string copy into a field or buffer named for a secret: `strcpy(cfg.password, "…")`,
 * `strncpy(key, "…", n)`, `strcpy_s(token, size, "…")`, `wcscpy`. The name is the destination's last member.
 */
const STRING_COPY = /\b(?:str|wcs)[nl]?cpy(?:_s)?\([ \t]*(?<dest>[A-Za-z_][\w.>-]{0,120})[ \t]*,(?:[ \t]*[\w()]{1,40}[ \t]*,)?[ \t]*(?:L|u8?)?"(?<value>[^"\\\n]{1,300})"/dg;

/** Dockerfile's older `ENV NAME value` (one variable, no `=`). */
const DOCKERFILE_ENV_SPACE = /^[ \t]*ENV[ \t]+(?<name>[A-Za-z_]\w{0,80})[ \t]+(?<q>["']?)(?<value>[^\s"'=][^\n"']{0,300}?)\k<q>[ \t]*$/dg;
/**
 * A server's configuration file of directives, `name value` (keepalived's `auth_pass …`, Redis's,
 * Squid's, nginx's `… ;`): one name, blanks, one word, maybe `;` and a comment, and nothing else
 * on the line.
 */
const DIRECTIVE = /^[ \t]*(?<name>[A-Za-z_][\w.-]{0,60})[ \t]+(?<value>[^\s"'#;{}=]{1,300})[ \t]*(?:;[ \t]*)?(?:#.*)?\r?$/dg;
/** nginx's `fastcgi_pass`, `uwsgi_pass`, `grpc_pass`…: where requests are passed on, an upstream's address. */
const NGINX_PASS_DIRECTIVE = /^(?:proxy|fastcgi|uwsgi|scgi|grpc|memcached)_pass$/;
const DIRECTIVE_FILE = /\.(?:conf|cfg|cnf)(?:\.in|\.sample|\.dist)?$/i;

/** Past this many hits on a line, overlaps are looked up in a sorted copy instead of one by one. */
const LINEAR_OVERLAP_CHECKS = 32;
/** The hits of a line with many, sorted by start (they never overlap, so their ends are sorted too). */
const sortedHits = new WeakMap<RuleHit[], RuleHit[]>();

function pushUnlessOverlapping(hits: RuleHit[], start: number, end: number, keyName: string, compound?: boolean, needsSection?: boolean): void {
  if (hits.length < LINEAR_OVERLAP_CHECKS) {
    const overlapping = hits.findIndex((hit) => start < hit.end && hit.start < end);
    if (overlapping === -1) hits.push({ start, end, keyName, compound, needsSection });
    else if (compound) markCompound(hits, overlapping, start, end);
    return;
  }
  // A long line of matches (minified or generated text) would make checking each hit against all
  // the others quadratic: 50,000 hits on a 900 KB line took seconds.
  let sorted = sortedHits.get(hits);
  if (!sorted || sorted.length !== hits.length) sortedHits.set(hits, (sorted = [...hits].sort((a, b) => a.start - b.start)));
  // The first hit ending after `start`: the only one that can overlap, as the hits are disjoint.
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.end > start) high = middle;
    else low = middle + 1;
  }
  // (Not marked compound here: on a line of that many values, finding each in `hits` would cost their square.)
  if (low < sorted.length && sorted[low]!.start < end) return;
  const hit = { start, end, keyName, compound, needsSection };
  hits.push(hit);
  sorted.splice(low, 0, hit);
}

/**
 * The same value read again as part of a whole connection string (libpq's `password='…'` inside
 * its DSN, read first as an assignment): the hit becomes compound, so the string is stored whole.
 */
function markCompound(hits: RuleHit[], index: number, start: number, end: number): void {
  const hit = hits[index]!;
  if (!hit.compound && hit.start === start && hit.end === end) hits[index] = { ...hit, compound: true };
}

/** Where SECRETISH_NAME matches: every name that says secret contains one of these. */
const SECRETISH_IN_LINE = new RegExp(SECRETISH_NAME.source, "gi");
/**
 * ASSIGNMENT tried at one offset only. Without the `d` flag: a match with indices costs several
 * times one without, and the offsets needed follow from the match (the name starts it).
 */
const ASSIGNMENT_AT = new RegExp(ASSIGNMENT.source, "y");

function isNameCharacter(code: number): boolean {
  // [\w$.-]
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code === 46 || code === 45;
}

/** A table of the given characters' codes (all below 128), for one lookup a character. */
function characterTable(characters: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const character of characters) table[character.charCodeAt(0)] = 1;
  return table;
}
/**
 * What ASSIGNMENT takes right after its name: `[` (an index), a blank, `{` (a getter's braces), a
 * quote or `]` or `}` (closing what held the name), or an operator's first character; `>` as the
 * end of `->`, whose `-` the run of name characters took.
 */
const AFTER_NAME = characterTable("[ \t{\"']}:?|=<!>");
/**
 * What ASSIGNMENT takes after the name and blanks: `{` (a getter's braces), an operator's first
 * character, a quote or `@` (after the blank that is the operator), `is`'s `i`, or Kotlin's `get()`'s `g`.
 */
const AFTER_NAME_AND_BLANKS = characterTable("{:?|=-!<@\"'ig");

/**
 * Whether ASSIGNMENT_AT can match at `start` (where a run of name characters starts, or its `@`),
 * by the character after that run: most runs that say secret are a call's or an argument's
 * (`nextToken()`, `SyntaxKind.OpenBraceToken,`), and this costs far less than the regex's try.
 * (A name's first character is `@`, a letter, `_`, `$` or a digit, and the rest are name
 * characters; only `-` of these may also follow a name, as `->`'s, and then `>` follows the run.
 * So the name ends where the run does, or one before, and what follows the run must be a
 * character ASSIGNMENT takes there: see AFTER_NAME and AFTER_NAME_AND_BLANKS.)
 */
function mayAssignAt(line: string, start: number): boolean {
  let end = start + 1;
  while (end < line.length && isNameCharacter(line.charCodeAt(end))) end++;
  if (end === line.length) return false;
  let next = line.charCodeAt(end);
  if (next !== 32 && next !== 9) return next < 128 && AFTER_NAME[next] === 1;
  do next = line.charCodeAt(++end);
  while (next === 32 || next === 9);
  // (At the line's end `next` is NaN: no table holds it.)
  return next < 128 && AFTER_NAME_AND_BLANKS[next] === 1;
}

/** One match of ASSIGNMENT: its name as written, where the name starts, the operator, where the match ends. */
export interface Assignment {
  readonly name: string;
  readonly nameStart: number;
  readonly op: string;
  readonly end: number;
}

/**
 * The matches of ASSIGNMENT (in order, as `allMatches(ASSIGNMENT, line)` gives them) whose name can
 * say secret, without trying the regex at every offset of the line. A name is a whole run of name
 * characters (after an optional `@`): ASSIGNMENT's look-behind allows no other start, and what may
 * follow a name is never a name character. So each run that holds a SECRETISH_NAME hit is tried
 * once, at its start. Starting there instead of after the previous match of the full scan changes
 * nothing: inside the text a match takes after its name (brackets, quotes, blanks, the operator,
 * `new String(`, ` is `), a name can start only at `new`, `String` or `is`, none of which says secret.
 * With `typeFollowsName` (Go), a run that ASSIGNMENT does not match there may still start a typed
 * declaration (`dbPassword string = …`), which is added with the operator `=`; with `typeFollowsAs`
 * (Visual Basic), a declaration `dbPassword As String = …` or a `With` block's `.Password = …`;
 * with `designators` (C, C++), a designated initializer's `.password = …`.
 */
export function secretishAssignments(line: string, typeFollowsName = false, typeFollowsAs = false, designators = false): Assignment[] {
  const matches: Assignment[] = [];
  let tried = -1;
  // Where the last hit was and where its name run starts: a later hit in the same run (`pwpwpw…`)
  // stops its walk back there, so a line of one long run is walked once, not once per hit.
  let lastHit = -1;
  let lastRunStart = -1;
  SECRETISH_IN_LINE.lastIndex = 0;
  for (let hit = SECRETISH_IN_LINE.exec(line); hit; hit = SECRETISH_IN_LINE.exec(line)) {
    let start = hit.index;
    while (start > 0 && start !== lastHit && isNameCharacter(line.charCodeAt(start - 1))) start--;
    if (start === lastHit && start > 0) start = lastRunStart;
    lastHit = hit.index;
    lastRunStart = start;
    if (start > 0 && line.charCodeAt(start - 1) === 64 /* @ */) start--;
    if (start === tried) continue;
    tried = start;
    ASSIGNMENT_AT.lastIndex = start;
    const match = mayAssignAt(line, start) ? ASSIGNMENT_AT.exec(line) : null;
    // The name group comes first (after look-behinds only), so it starts where the match does.
    if (match) matches.push({ name: match.groups!.name!, nameStart: match.index, op: match.groups!.op!, end: match.index + match[0].length });
    else if (typeFollowsName) {
      const typed = typedDeclarationAt(line, start);
      if (typed) matches.push({ name: typed.name, nameStart: start, op: "=", end: typed.end });
    } else if (typeFollowsAs) {
      const declared = visualBasicDeclarationAt(line, start);
      if (declared) matches.push({ name: declared.name, nameStart: declared.nameStart, op: "=", end: declared.end });
    } else if (designators) {
      const member = designatedMemberAt(line, start);
      if (member) matches.push({ name: member.name, nameStart: member.nameStart, op: "=", end: member.end });
    }
  }
  return matches;
}

/** Whether a `-u` after `command` (the command's text before it) belongs to a command that takes `user:group` (USER_AND_GROUP_COMMAND). */
function isUserAndGroupFlag(command: string): boolean {
  let tool = -1;
  for (const match of allMatches(USER_AND_GROUP_COMMAND, command)) tool = match.index;
  if (tool === -1) return false;
  let client = -1;
  for (const match of allMatches(HTTP_CLIENT, command)) client = match.index;
  return client < tool;
}

/**
 * The literal sides of a conditional that starts at `at`: `isProd ? "…" : "dev"`,
 * `env === 'prod' ? getKey() : "…"` (the condition may quote), and in Python the `else` side of
 * `lookup() if debug else "…"`. Offsets in `line`; none when no conditional starts there.
 */
function conditionalSides(line: string, at: number, filePath: string): [number, number][] {
  const window = line.slice(at, at + CONDITIONAL_REACH);
  const sides: [number, number][] = [];
  const fallback = window.includes("??") ? NULL_FALLBACK.exec(window)?.indices?.groups?.value : undefined;
  if (fallback) sides.push([at + fallback[0], at + fallback[1]]);
  else if (window.includes("?")) {
    const match = CONDITIONAL.exec(window);
    for (const side of ["first", "second"]) {
      const span = match?.indices?.groups?.[side];
      if (span) sides.push([at + span[0], at + span[1]]);
    }
  } else if (window.includes(" else ") && /\.pyi?$/i.test(filePath)) {
    const elseAt = window.indexOf(" else ");
    const ifAt = window.lastIndexOf(" if ", elseAt);
    PYTHON_ELSE_LITERAL.lastIndex = elseAt;
    const match = ifAt > 0 ? PYTHON_ELSE_LITERAL.exec(window) : null;
    const span = match?.indices?.groups?.value;
    if (span) sides.push([at + span[0], at + span[1]]);
  }
  return sides;
}

/** How far a conditional after a name is read. */
const CONDITIONAL_REACH = 800;
/**
 * A conditional from its condition on: the condition (no `?`, `;` or `:` outside its quotes), `?`, a
 * literal or a short expression, `:`, and maybe a literal. Each repeated part starts with its own
 * characters, so a failed match costs its length once. The `?` of optional chaining (`user?.token`,
 * not `a ?.5`) and of `??` starts no conditional: the literal after the next `:` is then another
 * key's (`{ token: session?.token, requestId: "…" }`).
 */
const CONDITIONAL =
  /^(?:[^?;:"'`\n]|"[^"\n]{0,200}"|'[^'\n]{0,200}'){1,200}\?(?!\.(?!\d)|\?)[ \t]*(?:(?<q1>["'`])(?<first>[^"'`\\\n]{1,300})\k<q1>|[^"'`:;?\n]{1,100})[ \t]*:[ \t]*(?:(?<q2>["'`])(?<second>[^"'`\\\n]{1,300})\k<q2>)?/d;
/**
 * A plain variable's fallback, `v ?? "…"`, ending the expression: the literal is the name's value
 * whenever the variable is null. (An environment or configuration read before `??` is a lookup's,
 * whose default the lookup idioms read under the name read.)
 */
const NULL_FALLBACK = /^[A-Za-z_]\w{0,80}[ \t]*\?\?[ \t]*@?(?<q>["'])(?<value>[^"'\\\n]{1,300})\k<q>[ \t]*(?:[;,)]|\r?$)/d;
/** Python's `else` and a literal after it that ends the expression. */
const PYTHON_ELSE_LITERAL = /[ \t]else[ \t]+(?<q>["'])(?<value>[^"'\\\n]{1,300})\k<q>[ \t]*(?:[)\],;]|#|$)/dy;

/** `#define ` before a macro's name. */
const DEFINE_BEFORE = /^[ \t]*#[ \t]*define[ \t]+$/;
/** A Gradle build script in Groovy (the Kotlin DSL assigns with `=`). */
const GRADLE_GROOVY = /\.gradle$/i;
/** Erlang sources, headers and the configuration files written as Erlang terms. */
const ERLANG_FILE = /\.(?:erl|hrl|escript)$|\.app\.src$|(?:^|[/\\])(?:sys|rebar|advanced|relx)\.config(?:\.src)?$/i;
/**
 * An atom and the string or binary after it in a tuple or a call (an atom starts in lower case: a
 * capitalised word is a variable, `derive_secret(Secret, <<"derived">>)`), or a macro's `-define(…)`.
 */
const ERLANG_NAMED_VALUE = /(?:[{(,][ \t]*(?=[a-z])|(?<define>-define\()[ \t]*)(?<name>[A-Za-z_][\w@]{0,80})[ \t]*,[ \t]*(?:<<)?"(?<value>[^"\\\n]{1,300})"/dg;
/** CMake's `set(API_KEY "…")`: the variable's name, then its value. */
const CMAKE_FILE = /(?:^|[/\\])CMakeLists\.txt$|\.cmake$/i;
const CMAKE_SET_BEFORE = /\bset\([ \t]*$/i;
/**
 * CMake's `set(NAME value)`, whose unquoted argument is a string as well, and `set(ENV{NAME} …)`,
 * which sets an environment variable. (A `$`, `;` or `\\` in the value is a reference, a list or
 * an escape: not read.)
 */
const CMAKE_SET = /\bset\([ \t]*(?:ENV\{(?<envName>[A-Za-z_]\w{0,80})\}|(?<name>[A-Za-z_][\w.-]{0,80}))[ \t]+(?:"(?<quoted>[^"\\$;\n]{1,300})"|(?<bare>(?!\[=*\[)[^\s()"#$;\\]{1,300}))(?=[ \t)]|$)/dgi;
/** Clojure and EDN: a keyword's value in a map (`:api-key "…"`) and a var's (`(def api-key "…")`). */
const CLOJURE_FILE = /\.(?:clj[sc]?|edn)$/i;
const CLOJURE_NAME_BEFORE = /(?:^|[\s({[,]):$|\((?:def|defonce)[ \t]+(?:\^:?[\w-]+[ \t]+)*$/;
/** …and a namespaced keyword's (`:db/password "…"`, as Integrant and Datomic write configuration). */
const CLOJURE_NAMESPACED_KEYWORD = /(?<=^|[\s({[,]):(?<name>[A-Za-z_][\w.*+!?-]{0,60}\/[A-Za-z_][\w*+!?-]{0,80})[ \t]+"(?<value>[^"\\\n]{1,300})"/dg;
/** Lua's long strings, `[[…]]` and `[==[…]==]`, as the value of an assignment. */
const LUA_FILE = /\.lua$/i;

/** The kinds of file whose own readers findInLine tries on every line, by the path. */
interface FileKinds {
  readonly erlang: boolean;
  readonly clojure: boolean;
  readonly cmake: boolean;
  readonly directives: boolean;
}
/** fileKindsOf's answer for the path asked last: it is asked of every line of a file, and four regex tests a line added up. */
let lastFileKinds: { readonly filePath: string; readonly kinds: FileKinds } | undefined;
function fileKindsOf(filePath: string): FileKinds {
  if (lastFileKinds?.filePath !== filePath) {
    lastFileKinds = { filePath, kinds: { erlang: ERLANG_FILE.test(filePath), clojure: CLOJURE_FILE.test(filePath), cmake: CMAKE_FILE.test(filePath), directives: DIRECTIVE_FILE.test(filePath) } };
  }
  return lastFileKinds.kinds;
}
const LUA_LONG_STRING_OPEN = /^\[(=*)\[/;
/** Elixir's module attribute, `@api_token "…"`. */
const ELIXIR_FILE = /\.exs?$/i;

/**
 * Whether the syntax makes a name, a blank and a literal a setting: C's `#define WIFI_PASSWORD
 * "…"`, Gradle's Groovy DSL (`storePassword "…"`, the name first on its line, calls the setter),
 * CMake's `set(NAME "…")`, Clojure's `:api-key "…"` and `(def api-key "…")`, Elixir's `@api_token "…"`.
 */
function isSettingBySpace(filePath: string, line: string, nameStart: number, name: string): boolean {
  const before = line.slice(Math.max(0, nameStart - 40), nameStart);
  if (DEFINE_BEFORE.test(line.slice(0, nameStart))) return true;
  if (GRADLE_GROOVY.test(filePath)) return /^[ \t]*$/.test(line.slice(0, nameStart));
  if (CMAKE_FILE.test(filePath)) return CMAKE_SET_BEFORE.test(before);
  if (CLOJURE_FILE.test(filePath)) return CLOJURE_NAME_BEFORE.test(before);
  return ELIXIR_FILE.test(filePath) && name.startsWith("@");
}

/** A Lua long string that opens at `at` and closes on the same line (its content, as a quoted value), or undefined. */
function luaLongString(line: string, at: number): { start: number; end: number; quoted: true } | undefined {
  const open = LUA_LONG_STRING_OPEN.exec(line.slice(at, at + 40));
  if (!open) return undefined;
  const start = at + open[0].length;
  const end = line.indexOf(`]${open[1]}]`, start);
  return end > start ? { start, end, quoted: true } : undefined;
}

/** Lower-case words joined by colons up to a name, from a quote, a blank or the line's start: `"pg:`. */
const COLON_JOINED_WORDS_BEFORE = /(?:^|[\s"'`])(?:[a-z][a-z0-9-]*:)*$/;
/** …and from the name on: `:rotate"`, `:2fa:disable `. */
const COLON_JOINED_WORDS_AFTER = /^(?::[a-z0-9][a-z0-9-]*)+(?=[\s"'`]|$)/;

/**
 * `"id": "pg:credentials:rotate"`, `$ heroku auth:2fa:disable`: lower-case words joined by colons,
 * three or more, are a command's id (oclif's topics, rake's namespaces), and a secret's name among
 * them is a topic, not a name given the next word as its value. (A random word after it still is one.)
 */
function isInColonJoinedWords(line: string, nameStart: number, nameEnd: number): boolean {
  if (!/^[a-z][a-z0-9-]*$/.test(line.slice(nameStart, nameEnd))) return false;
  const before = COLON_JOINED_WORDS_BEFORE.exec(line.slice(Math.max(0, nameStart - 120), nameStart));
  const after = COLON_JOINED_WORDS_AFTER.exec(line.slice(nameEnd, nameEnd + 120));
  if (!before || !after) return false;
  const colons = countOf(before[0], ":") + countOf(after[0], ":");
  return colons >= 2 && !after[0].split(":").some(looksRandom);
}

/** The start of a quoted type path up to its last segment: `"AWS::SecretsManager::`. */
const QUOTED_TYPE_PATH_BEFORE = /["'][A-Za-z]\w*(?:::[A-Za-z]\w*)*::$/;

function group(match: RegExpExecArray, name: string): [number, number] | undefined {
  return match.indices?.groups?.[name];
}

/**
 * Each match of this pattern names its value (groups `name` and `value`): keep the acceptable ones.
 */
function pushNamedValues(pattern: RegExp, line: string, context: RuleContext, hits: RuleHit[]): void {
  for (const match of allMatches(pattern, line)) {
    const span = group(match, "value")!;
    pushNamedValue(match.groups!.name!, line.slice(...span), span, context, hits);
  }
}

/** A value found under a name, at `span` in its line: kept where it is acceptable under that name. */
function pushNamedValue(name: string, value: string, span: [number, number], context: RuleContext, hits: RuleHit[]): void {
  // Maven's encrypted password (`<password>{COQLCE6DU6GtcS5P=}</password>` in settings.xml) is
  // sealed with a master password kept apart, as Maven's guide advises.
  if (MAVEN_SETTINGS.test(context.filePath) && MAVEN_SEALED.test(value)) return;
  // Android's `res/values-es/strings.xml`: `<string name="password">Contraseña</string>` is a label.
  if (isTranslationFile(context.filePath, context.fileType) && isTranslatedText(value)) return;
  // (An Authorization header's value is found from its credential on.)
  if (isSecretUnderName(name, value, context.fileType)) pushUnlessOverlapping(hits, span[0] + authorizationSchemeLength(name, value), span[1], name);
}

/** Each lookup's default in the line, judged under the name read (Python's configparser options aside). */
function pushLookupDefaults(line: string, context: RuleContext, hits: RuleHit[]): void {
  for (const { name, value: span, groups } of lookupDefaultsInLine(line)) {
    const value = line.slice(...span);
    if (groups.config !== undefined && isConfigParserOption(name, value)) continue;
    pushNamedValue(name, value, span, context, hits);
  }
}

/** How a pattern's `value` is judged when its place, not a name on the line, says what it is. */
interface PlaceReading {
  /** The name it is judged under (`password`, `clientSecret`). */
  readonly name: string;
  readonly strength: Strength;
  readonly fileType: FileType;
  /** A command's argument (`echo "…" | docker login --password-stdin`), not an assignment. */
  readonly argument?: boolean;
  /** The finding's key name; the judged name when absent. */
  readonly keyName?: (match: RegExpExecArray) => string | undefined;
}

/** Each match of this pattern holds its value at a place that says secret: keep the acceptable ones. */
function pushPlacedValues(pattern: RegExp, line: string, reading: PlaceReading, hits: RuleHit[]): void {
  const { name, strength, fileType, argument = false, keyName } = reading;
  for (const match of allMatches(pattern, line)) {
    const span = group(match, "value")!;
    if (acceptable({ name, value: line.slice(...span), quoted: true, argument }, strength, fileType)) pushUnlessOverlapping(hits, span[0], span[1], keyName?.(match) ?? name);
  }
}

/** "password change", "password reset": the words that follow "password" as a noun it qualifies. */
const PASSWORD_COMPOUND_NOUN = /^(?:change|changes|changed|reset|resets|expiry|expiration|expires|expired|policy|policies|field|fields|hash|hashes|hashing|manager|strength|length|prompt|input|required|recovery|rotation|history|complexity|rules?|requirements?|protected|protection|dialog|form|update|updated|validation|verification|matches|match|mismatch|correct|incorrect|invalid|wrong)[.,;:?!]?$/i;

/**
 * Whether an Authorization header's value (after its scheme, if any) carries a credential.
 * @param literal the value is a literal of its own (AUTHORIZATION_LITERAL), no header name beside
 * it: a Basic pair's password is then judged as a password under a name is, must be ASCII and
 * must hold more than letters. (Test suites send `xuser:xpassworX`, a wrong password to get a 401,
 * and pairs in other scripts to test the encoding; a generated password has digits or symbols.)
 */
function isAuthorizationCredential(scheme: string | undefined, value: string, literal = false): boolean {
  // Signature schemes (HMAC-SHA256, SharedKey, AWS4) carry a signature derived per request, not a secret.
  // (A vendor's own SigV4 scheme, `XXX4-HMAC-SHA256`, and a format string's `%s4-HMAC-SHA256` too.)
  if (/^(?:HMAC|SharedKey|SharedAccessSignature|AWS4|Digest|Negotiate|NTLM)|^[\w%]{1,12}-HMAC-SHA\d+\b/i.test(value)) return false;
  // `'Authorization: PVEAPIToken=' + token`: a scheme that takes its credential after `=`, added in code.
  if (/^[A-Za-z]+=$/.test(value)) return false;
  if (scheme?.toLowerCase() !== "basic") return acceptable({ name: "authorization", value, quoted: true }, "token", "text");
  const decoded = tryAtob(value);
  // `user:password`, or an API key as the user with no password (`sk_…:`, as Stripe and Mailgun take it).
  const user = decoded?.slice(0, -1) ?? "";
  const apiKeyAsUser = decoded !== undefined && /^[^:\s]{16,100}:$/.test(decoded) && looksRandom(user) && !isWordyIdentifier(user) && !isPlaceholder(user);
  if (!decoded || (!/^[^:]{0,100}:.{3,}/.test(decoded) && !apiKeyAsUser)) return false;
  if (apiKeyAsUser) return true;
  const password = decoded.slice(decoded.indexOf(":") + 1);
  if (literal && (/[^\x20-\x7e]/.test(decoded) || /^[A-Za-z]*$/.test(password) || !acceptable({ name: "password", value: password, quoted: true }, "password", "text"))) return false;
  // `username:password`, `user:pass`, `foo:bar`: documentation's pair, encoded.
  return !isDocumentationPassword(password);
}

/**
 * The literals findInLine's checks look for, read from a line in one pass (see LiteralGates). A
 * gate ignores case: a check that needs the exact case keeps its own test behind it.
 */
const LINE_GATES = new LiteralGates({
  authorization: ["uthorization"],
  authorizationLiteral: ["bearer ", "bearer\t", "basic ", "basic\t", "token ", "token\t"],
  authenticationHeaderValue: ["authenticationheadervalue("],
  sqlInsert: ["insert"],
  curlUserPassword: ["curlopt_userpwd"],
  arn: ["arn:"],
  comparison: ["==", "!="],
  value: ["value"],
  xmlClose: ["</"],
  lookup: ["env", "config.get", "getvalue"],
  default: ["default"],
  // (Perl's `$ENV{X} // '…'`: `//` alone is in every URL and comment.)
  fallbackOperator: ["??", "||", " or ", "?:", "} //", "}//"],
  environmentWord: ["env", "onfig", "_server"],
  getenv: ["etenv("],
  envFetch: ["env.fetch"],
  envVar: ["env::var"],
  expansion: ["${"],
  helmValues: [".values."],
  settingCommand: ["user-secrets", "setx", "azd", "pulumi", "configure set"],
  gh: ["gh"],
  secret: ["secret"],
  bracedElement: [">{"],
  headerFlag: ["-h"],
  netrcPassword: ["password ", "password\t"],
  cisco: ["snmp-server", "password 0 ", "password 7 ", "secret 0 ", "secret 7 "],
  dashP: ["-p"],
  spaceDash: [" -", "\t-"],
  userFlag: ["-u"],
  httpieAuth: [" -a ", " -a\t", "--auth-type"],
  credentialCall: ["credential", "directoryentry", "passwordauthentication", "basicauth", "basic_auth", "login", "authenticate", "getconnection", "ssh2_auth_password", "transport."],
  positionalCall: ["postgresql_password(", ...LDAP_BIND_KEYWORDS, "pdo", "mysqli", "sequelize", "dbi->", "wifi.", "plainauth(", "dialer(", "bind_s", "simple_bind", "ldap_bind", "ldap_sasl_bind", "smbconnection(", "ftp(", "ftp_tls(", "jedispool(", "sshclient(", "sftpclient(", "scpclient(", "newstaticv4(", "x509certificate2", "loadpkcs12", "pkcs12.load", "tochararray()"],
  auth: ["auth"],
  secretStore: ["put_secret", "set_secret", "create_secret", "update_secret", "secret(", "issecret=true", "secretvalue."],
  clientSecretCredential: ["clientsecretcredential", "aadapplicationkeyauthentication", "aad_application_key_authentication", "withaadapplicationcredentials"],
  signingSink: ["securitykey", "hmac", "keyspec", "signingkey", "cookieparser", "textencoder", "jwt", "signedstring", "signwith", "fernet(", "aesgcm(", "aesccm(", "aessiv(", "aesocb3(", "chacha20poly1305(", "cipheriv(", "from_secret(", "new_from_slice(", ".hs256(", ".hs384(", ".hs512("],
  bytesConversion: ["getbytes(", "buffer.from(", "textencoder", "[]byte(", ".encode(", "decoders.base64", "bytes(", "frombase64string(", "decoder().decode(", "b64decode(", "parsehex", "fromhex(", "unhexlify(", "a2b_hex(", "decodehex(", "binary(", "fromhexstring(", "decodestring("],
  tring: ["tring"],
  quotedArgument: ['("', '{"'],
  assign: ["assign("],
  secureString: ["securestring"],
  libpqPassword: ["password="],
  cookie: ["cookie", "-b "],
  goMysql: ["@tcp", "@unix(", "@udp("],
  nginx: ["_header", "_param"],
  serverVariable: ["set $", "setenv"],
  define: ["define"],
  salt: ["alt"],
  secretList: ["keys", "secret", "fallbacks", "basic_auth", "basicauth"],
  netUse: ["net ", "net\t"],
  userPercentPassword: ["smbclient", "rpcclient", "smbcacls", "smbget", "smbmap", "net ", "lftp"],
  htpasswd: ["htpasswd"],
  poetry: ["http-basic.", "pypi-token."],
  basicEncoder: ["btoa", "b64encode", "tobase64string", "encodetostring", "encode64", "buffer.from", "getbytes("],
  accounts: ["accounts"],
  identified: ["identified"],
  sqlPassword: ["set password", "sp_addlogin"],
  redis: ["requirepass", "masterauth"],
  passwordStdin: ["--password-stdin"],
  secretStoreStdin: ["secret put", "env add", "secret set", "env:set"],
  redisCli: ["redis-cli"],
  haproxy: ["stats auth", "insecure-password"],
  omniauth: ["provider :", "omniauth :"],
  kotlinPair: ['" to ', "' to "],
  headerSetValue: ["forhttpheaderfield:"],
  putEnv: ["put_env("],
  stringCopy: ["cpy(", "cpy_s("],
  identityServer: [".sha256(", ".sha512("],
  jndiCredentials: ["security_credentials"],
  plainScheme: ["{plain}", "{clear"],
});
const GATE = LINE_GATES.id;

/** Each item of SECRET_LIST's and SECRET_LIST_BARE's lists that is a key under the list's name. */
function pushSecretLists(line: string, open: Uint8Array, context: RuleContext, hits: RuleHit[]): void {
  if (open[GATE.secretList] && line.includes("[") && SECRET_LIST_HINT.test(line)) for (const match of allMatches(SECRET_LIST, line)) {
    const name = match.groups!.name!;
    const strength = secretListStrength(name);
    const items = match.groups!.items!;
    if (!strength || !ONLY_LITERALS.test(items)) continue;
    const offset = group(match, "items")![0];
    for (const item of allMatches(LIST_LITERAL, items)) {
      const [start, end] = group(item, "value")!;
      if (acceptable({ name, value: items.slice(start, end), quoted: true }, strength, context.fileType)) pushUnlessOverlapping(hits, offset + start, offset + end, name);
    }
  }
  // (Bare values are literal text only where values are data.)
  if (context.fileType !== "code" && line.includes(",")) for (const match of allMatches(SECRET_LIST_BARE, line)) {
    const name = match.groups!.name!;
    const strength = secretListStrength(name);
    if (!strength) continue;
    const values = match.groups!.items!.split(",");
    // Python logging's `[formatters]` `keys=simpleFormatter,arg0Formatter`: a bare `keys` whose
    // items are identifiers, one of them words, names sections. (`API_KEYS=<key>,legacyMobileKey`
    // still holds a key.)
    if (name === "keys" && values.every((value) => /^[A-Za-z_]\w*$/.test(value)) && values.some((value) => isWordyIdentifier(value))) continue;
    let at = group(match, "items")![0];
    for (const value of values) {
      if (acceptable({ name, value, quoted: false }, strength, "config")) pushUnlessOverlapping(hits, at, at + value.length, name);
      at += value.length + 1;
    }
  }
}

/** SQL_INSERT's literals under a column whose name says secret. */
function pushInsertedValues(line: string, context: RuleContext, hits: RuleHit[]): void {
  for (const match of allMatches(SQL_INSERT, line)) {
    const columns = match.groups!.columns!.split(",").map((column) => column.trim().replace(/^[`"[]|[`"\]]$/g, ""));
    if (!columns.some((column) => secretStrength(column))) continue;
    const valuesAt = group(match, "values")![0];
    const values = match.groups!.values!;
    SQL_VALUE.lastIndex = 0;
    for (let index = 0; index < columns.length && SQL_VALUE.lastIndex < values.length; index++) {
      const at = SQL_VALUE.lastIndex;
      const value = SQL_VALUE.exec(values);
      if (!value) break;
      const literal = value.groups!.literal;
      const strength = secretStrength(columns[index]!);
      if (literal === undefined || !strength) continue;
      const start = valuesAt + at + value[0].indexOf("'") + 1;
      if (acceptable({ name: columns[index]!, value: literal, quoted: true }, strength, context.fileType)) pushUnlessOverlapping(hits, start, start + literal.length, columns[index]!);
    }
  }
}

/** Keys given to SIGNING_KEY_SINK's calls, and the bytes of a literal under a name that says secret (SECRET_NAMED_BYTES). */
function pushSigningKeys(line: string, open: Uint8Array, context: RuleContext, hits: RuleHit[]): void {
  if (open[GATE.signingSink] && SIGNING_KEY_SINK_HINT.test(line)) for (const match of allMatches(SIGNING_KEY_SINK, line)) {
    const span = group(match, "value")!;
    if (isSigningSecret("secret", line.slice(...span), context.fileType)) pushUnlessOverlapping(hits, span[0], span[1], match.groups!.jwt ? "jwtSecret" : "signingKey");
  }
  if (open[GATE.bytesConversion] && BYTES_CONVERSION_HINT.test(line)) for (const match of allMatches(SECRET_NAMED_BYTES, line)) {
    const { name, wrap, then } = match.groups!;
    const strength = secretStrength(name!);
    const span = group(match, "value")!;
    // (A Python `b"…"` alone is a plain assignment, the generic reading's; `key`, `Key` are a map's as often.)
    if ((wrap || then) && strength && strength !== "generated-key" && isSecretBytes(name!, strength, line.slice(...span), context.fileType)) pushUnlessOverlapping(hits, span[0], span[1], name!);
  }
}

/** A GnuPG key's id or fingerprint as `gpg` prints it (`signing: key: 9DC8…CD88`): public, published on key servers. */
const GPG_KEY_ID = /^(?:0x)?(?:[0-9A-F]{16}|[0-9A-F]{40})$/;
/** Scala sources, scripts and sbt builds: where `"password" -> "…"` builds a map's pair. */
const SCALA_FILE = /\.(?:scala|sc|sbt)$/i;
const SBT_CREDENTIALS = /\bCredentials[ \t]*\(/g;
/** The characters of a generated key: base64's, base64url's and hex's, and a separator's `.`. */
const GENERATED_KEY_CHARACTERS = /^[A-Za-z0-9+/=_.-]+$/;

/**
 * A bare `key`'s value that may be a generated key, once its section says it is one: written in a
 * generated key's characters (punctuation is a password's), not a public key's DER (`MIIBIjAN…`)
 * nor a GnuPG key's id or fingerprint, and not a path (`exports/…/Quarterly/`).
 */
function mayBeSectionKey(value: string): boolean {
  if (!GENERATED_KEY_CHARACTERS.test(value) || PUBLIC_KEY_START.test(value) || GPG_KEY_ID.test(value)) return false;
  return !value.includes("/") || isGeneratedBase64(value);
}

/** A line that is only an INI or TOML section header, `[name]` or `[kind:name]`, maybe with a comment after it. */
const INI_SECTION_HEADER = /^[ \t]*\[[^\]="'\n]*\][ \t]*(?:[#;].*)?$/;

// --- Command lines written as lists -----------------------------------------------------------
// Compose's and Kubernetes' `command: ["redis-server", "--requirepass", "…"]`, Python's
// `subprocess.run(["mysql", "--password", "…"])`: a flag and its value, each an item of a list. The
// line rule reads such a pair as the command line it stands for: brackets, commas and quotes
// blanked (offsets stay the line's), the value's quotes kept, so that a variable stays one.

/** A list of quoted items on one line, one of them a flag (`"--requirepass"`, `'-p'`). */
const ARGUMENT_LIST = /\[(?=[^\]\n]{0,400}?["']--?[A-Za-z])(?:[ \t]*(["'])[^"'\n]{0,200}\1[ \t]*,)+[ \t]*(["'])[^"'\n]{0,200}\2[ \t]*,?[ \t]*\]/g;
/** An item of such a list: a flag's, whose value follows, or another. */
const LIST_ITEM = /(["'])([^"'\n]{0,200})\1/g;

/** A manual page's roff source: `config.7`, `git.1`, `perl.3pm`, `*.man`, any file in a `man/` or `man7/` folder. */
const MAN_PAGE = /\.(?:[1-9][a-z]{0,3}|man)$|(?:^|[/\\])man\d?[/\\]/i;
/** roff's font escapes: `\fB`, `\fI`, `\fR`, `\fP`, `\f2`, `\f(CW`, `\f[BI]`. */
const ROFF_FONT_ESCAPE = /\\f(?:[1-4A-Z]|\([A-Za-z0-9]{2}|\[[A-Za-z0-9]{0,8}\])/g;
/**
 * Any quote that may open a literal. Most lines that wake the line rule hold none (`nextToken()`,
 * `SyntaxKind.OpenBraceToken`), and many readers need one: it is looked for once a line.
 */
const QUOTE = /["'`]/;

/** The line rule's hits, and those of the command lines that the line writes as lists. */
function findInLineAndArgumentLists(line: string, context: RuleContext): RuleHit[] {
  // A manual page's font escapes are blanked (same length: offsets stay): `\fBapi-key=value\fR` is
  // `api-key=value` in bold, not the name `fBapi-key` and the value `value\fR`.
  if (line.includes("\\f") && MAN_PAGE.test(context.filePath)) line = line.replace(ROFF_FONT_ESCAPE, (escape) => " ".repeat(escape.length));
  const quoted = QUOTE.test(line);
  const hits = findInLine(line, context, quoted);
  // (A plain call's view differs from the line only where it rewrote a quoted literal, and a format
  // argument is found only as a literal (LITERAL_ARGUMENT): a line without a quote has neither.)
  if (!quoted) return hits;
  for (const hit of findInPlainCalls(line, context)) pushUnlessOverlapping(hits, hit.start, hit.end, hit.keyName ?? "password");
  for (const hit of formattedSecretArguments(line, context.fileType)) pushUnlessOverlapping(hits, hit.start, hit.end, hit.keyName ?? "password");
  if (!line.includes("[") || !/["']--?[A-Za-z]/.test(line)) return hits;
  let joined: string[] | undefined;
  for (const list of line.matchAll(ARGUMENT_LIST)) {
    // `['auth', '-auth', 'password', '-password']` (PAM's types): names and flags only, no value.
    if ([...list[0].matchAll(LIST_ITEM)].every((item) => /^-{0,2}[a-z][a-z-]{0,40}$/.test(item[2]!))) continue;
    joined ??= line.split("");
    // Brackets, commas and the quotes of each item blanked; a flag's value keeps its quotes, and
    // the flag moves up to one blank before it (`   --requirepass "…"`), as a command line has it.
    for (let at = list.index; at < list.index + list[0].length; at++) if (/[[\],]/.test(line[at]!)) joined[at] = " ";
    let flag: string | undefined;
    let flagStart = 0;
    for (const item of list[0].matchAll(LIST_ITEM)) {
      const at = list.index + item.index;
      if (flag === undefined) joined[at] = joined[at + item[0].length - 1] = " ";
      else {
        for (let blank = flagStart; blank < at; blank++) joined[blank] = " ";
        for (let letter = 0; letter < flag.length; letter++) joined[at - 1 - flag.length + letter] = flag[letter]!;
      }
      flag = /^--?[A-Za-z][\w-]*$/.test(item[2]!) ? item[2]! : undefined;
      flagStart = at;
    }
  }
  if (joined === undefined) return hits;
  for (const hit of findInLine(joined.join(""), context)) pushUnlessOverlapping(hits, hit.start, hit.end, hit.keyName ?? "password");
  return hits;
}

/** Whether `value` closes a bracket (`)`) left open on `line` before `valueStart`, before it opens one of its own. */
function closesBracketOpenedBefore(line: string, valueStart: number, value: string): boolean {
  const close = value.indexOf(")");
  if (close === -1 || value.lastIndexOf("(", close) !== -1) return false;
  let open = 0;
  for (let i = 0; i < valueStart; i++) open += line[i] === "(" ? 1 : line[i] === ")" ? -1 : 0;
  return open > 0;
}

/** After a value's first blank, the next pair of the same list: `LOG=1`, Ansible's `app_env=prod`. */
const NEXT_PAIR = /^[A-Za-z_][\w.]{0,80}=/;
/** After a value's first blank, a program that the shell runs: `pg_dump`, `npm`, `./migrate`, `/usr/bin/psql`. */
const COMMAND_WORD = /^(?:\.{0,2}\/|~\/)?[a-z][\w.+-]{0,80}(?:\/[\w.+-]+)*(?:[ \t]|$)/;
/**
 * Before the opening quote, what makes the string an argument holding one pair: an option
 * (`-e "X=…"`, `--env=`, `--settings`), a YAML list item (Compose's `- "X=…"`) or an item of a
 * list (`env=["X=…"]`, `["-e", "X=…"]`)…
 */
const ONE_PAIR_ARGUMENT_BEFORE = /(?:(?:^|[\s"'])--?[A-Za-z][\w-]*["']?[ \t]*[,=]?|(?:^|\s)-|[[,])[ \t]*$/;
/** …but not a shell's `-c` (`-lc`, `"-c",`), whose argument is a command line: `bash -c "X=… ./run"`. */
const COMMAND_OPTION_BEFORE = /(?:^|[\s"'])-[a-z]*c["']?[ \t]*,?[ \t]*$/;

/** `&algorithm=`: a query string's next parameter, after the value of one. */
const NEXT_QUERY_PARAMETER = /&[A-Za-z_][\w.-]{0,40}=/;

/**
 * Where the value of a `NAME=value` pair that starts a quoted string ends (`openQuote` is the
 * string's opening quote, `close` its closing one). A string that is the whole pair (`docker run -e
 * "DB_PASSWORD=Zq9x Lm2p"`) holds the value to its closing quote, blanks and all. A shell command
 * (`sh "PGPASSWORD=… pg_dump …"`, `os.system("…")`, an npm script) ends it at the first blank, as
 * the shell does, when a command follows; another `NAME=` ends it there in any string (Ansible's
 * `-e "a=… b=…"`). A query string's next parameter ends it too (`"secret=…&algorithm=SHA512"`).
 */
function quotedPairValueEnd(line: string, openQuote: number, valueStart: number, close: number): number {
  const nextParameter = line.slice(valueStart, close).search(NEXT_QUERY_PARAMETER);
  if (nextParameter > 0) close = valueStart + nextParameter;
  const blank = line.slice(valueStart, close).search(/[ \t]/);
  if (blank <= 0) return close;
  // (A connection string's keywords hold blanks, `…;User Id=app;…`: by then its value held a `;`.)
  if (line.slice(valueStart, valueStart + blank).includes(";")) return close;
  const rest = line.slice(valueStart + blank, close).trimStart();
  if (NEXT_PAIR.test(rest)) return valueStart + blank;
  if (!COMMAND_WORD.test(rest)) return close;
  const before = line.slice(Math.max(0, openQuote - 60), openQuote);
  return ONE_PAIR_ARGUMENT_BEFORE.test(before) && !COMMAND_OPTION_BEFORE.test(before) ? close : valueStart + blank;
}

/** What findInLine finds in the plain view of the calls on `line` (see plainCallView), at the line's offsets. */
function findInPlainCalls(line: string, context: RuleContext): RuleHit[] {
  const plain = plainCallView(line);
  if (plain === undefined) return [];
  const hits: RuleHit[] = [];
  for (const hit of findInLine(plain.text, context)) {
    const span = lineSpanOf(plain, hit.start, hit.end);
    if (span) hits.push({ ...hit, start: span[0], end: span[1] });
  }
  return hits;
}

/**
 * `"Authorization": AnyString$1;` (a header's type in a TypeScript declaration, a bundler's
 * renamed `AnyString`), `{ Authorization: authHeader$1, … }`: in code, a bare identifier after the
 * name, outside any string or comment and ended as a member or statement is, is a type or a
 * variable, never the header's text. So is a member read through it (webpack's
 * `__WEBPACK_IMPORTED_MODULE_3_prop_types___default.a.string`).
 */
function isMemberOfCode(line: string, at: number, value: string, scheme: string | undefined): boolean {
  return scheme === undefined && value.split(".").every((part) => IDENTIFIER.test(part)) && /^[ \t]*[;,|&})]/.test(line.slice(at + value.length)) && atCodeLevel(line, at);
}

/** @param quoted whether `line` holds a QUOTE (each reader behind it needs one in what it matches: each says which). */
function findInLine(line: string, context: RuleContext, quoted = QUOTE.test(line)): RuleHit[] {
  const hits: RuleHit[] = [];
  const open = LINE_GATES.open(line);

  // Each pattern runs only when the line holds a literal it needs: most candidate lines hold none.
  if (open[GATE.authorization] && (line.includes("uthorization") || line.includes("UTHORIZATION"))) for (const match of allMatches(AUTHORIZATION, line)) {
    const span = group(match, "value")!;
    // `authorization = base64.b64encode(…)`: a call computes the header.
    if (line[span[1]] === "(") continue;
    // `Bearer eyJhbGciOi...`, `Bearer abc…`: an excerpt in documentation, cut short.
    if (/\.{3}["',;)]*$/.test(line.slice(...span)) || line[span[1]] === "…") continue;
    const value = line.slice(...span).replace(/["',;).]+$/, "").trim();
    if (context.fileType === "code" && isMemberOfCode(line, span[0], value, match.groups?.scheme)) continue;
    if (isAuthorizationCredential(match.groups?.scheme, value)) pushUnlessOverlapping(hits, span[0], span[0] + value.length, "Authorization");
  }
  if (open[GATE.authorization] && REST_CLIENT_FILE.test(context.filePath)) for (const match of allMatches(REST_CLIENT_USER_AND_PASSWORD, line)) {
    const span = group(match, "value")!;
    const password = line.slice(...span);
    if (!isDocumentationPassword(password) && acceptable({ name: "password", value: password, quoted: true }, "password", "text")) pushUnlessOverlapping(hits, span[0], span[1], userPasswordName(match.groups!.user!));
  }
  // (AUTHORIZATION_LITERAL opens with a quote.)
  if (quoted && open[GATE.authorizationLiteral] && /[Bb]earer[ \t]|[Bb]asic[ \t]|[Tt]oken[ \t]/.test(line)) for (const match of allMatches(AUTHORIZATION_LITERAL, line)) {
    const span = group(match, "value")!;
    if (isAuthorizationCredential(match.groups!.scheme, line.slice(...span), true)) pushUnlessOverlapping(hits, span[0], span[1], "Authorization");
  }

  // .NET's `new AuthenticationHeaderValue("Bearer", "…")`: the scheme and the credential apart.
  if (open[GATE.authenticationHeaderValue] && line.includes("AuthenticationHeaderValue")) for (const match of allMatches(AUTHENTICATION_HEADER_VALUE, line)) {
    const span = group(match, "value")!;
    if (isAuthorizationCredential(match.groups!.scheme, line.slice(...span), true)) pushUnlessOverlapping(hits, span[0], span[1], "Authorization");
  }

  if (open[GATE.sqlInsert]) pushInsertedValues(line, context, hits);

  const hasArn = open[GATE.arn] === 1 && line.includes("arn:");
  const typed = typeFollowsName(context.filePath);
  const translations = isTranslationFile(context.filePath, context.fileType);
  let usersOnLine: ReadonlySet<string> | undefined;
  // `[credential:orders-db]`: an INI section's header names the section, whatever it says.
  // (Asked once a line holds an assignment at all.)
  let sectionHeader: boolean | undefined;
  // (Looked for once a line: most lines hold no template.)
  const templateOnLine = line.includes("{{");
  // `user, password = "…", "…"`: each name has the value at its position (read once, here).
  const tuple = context.fileType === "code" ? tupleAssignmentOf(line) : undefined;
  if (tuple) pushTupleValues(tuple, line, context, hits);
  for (const assignment of secretishAssignments(line, typed, typeFollowsAs(context.filePath), designatesMembers(context.filePath))) {
    // (In a text file too: a manual's example of an INI file, `[secretstore:dogtag]` in reStructuredText,
    // is a header all the same. Code's `[obj setPassword:pw]` is a message, not a header.)
    if ((sectionHeader ??= context.fileType !== "code" && INI_SECTION_HEADER.test(line))) break;
    const { nameStart } = assignment;
    if (tuple?.some((member) => member.nameStart === nameStart)) continue;
    const nameEnd = nameStart + assignment.name.length;
    if (typed && assignment.op === "=" && isTypeOfGoDeclaration(line, nameStart)) continue;
    if (assignment.op.trim() === ":" && declaresType(line, nameStart)) continue;
    // `arn:aws:secretsmanager:…:secret:Name-a1B2c3`: fields of an ARN (service, resource type), not names.
    if (hasArn && endsInArnField(line, nameStart)) continue;
    // `"AWS::SecretsManager::Secret": …`: a quoted key naming a type by its path, not a holder of a value.
    if (line[nameStart - 1] === ":" && line[nameStart - 2] === ":" && QUOTED_TYPE_PATH_BEFORE.test(line.slice(Math.max(0, nameStart - 120), nameStart))) continue;
    // `"Password:"` is a string that mentions a name, not a key: a quote before the name must
    // close right after it, as in `"password": …`.
    // …unless the string is a whole `NAME=value` pair: `-e "DB_PASSWORD=…"`, `- "API_KEY=…"` in
    // Compose, `--settings "X=…"` (the value ends at the closing quote).
    // Python's `%(secret:db/password)s`: a format field's name, whatever it holds, is filled in when
    // the string is formatted (Buildbot's `Interpolate` names a secret there, and never holds one).
    if (line[nameStart - 1] === "(" && line[nameStart - 2] === "%") continue;
    // RFC 7512's `pkcs11:…;token=My%20Token;…`: the token attribute is a token's label, not a credential.
    if (assignment.name === "token" && PKCS11_URI_BEFORE.test(line.slice(Math.max(0, nameStart - 300), nameStart))) continue;
    // A rendered page writes the quotes as HTML entities: `&quot;secret:decrypt&quot;` (a policy's
    // rule name) is a quoted string that mentions a name as much as `"secret:decrypt"` is.
    const entityQuote = line[nameStart - 1] === ";" ? ENTITY_QUOTE_BEFORE.exec(line.slice(Math.max(0, nameStart - 7), nameStart))?.[0] : undefined;
    // `href="#Band-pass-filter:-Inflation"`: a link to a heading's anchor, the heading's words joined.
    if (line[nameStart - 1] === "#" && assignment.op === ":" && /\bhref=["']?#$/.test(line.slice(Math.max(0, nameStart - 8), nameStart))) continue;
    // `<input … #password="ngModel">`: Angular's template reference variable names the input in the
    // template and is given the directive exported by that name (`ngModel`, `ngForm`), not a value.
    if (line[nameStart - 1] === "#" && assignment.op === "=" && EXPORTED_DIRECTIVE_AFTER.test(line.slice(nameEnd)) && isAttributeSigil(line.slice(Math.max(0, nameStart - 300), nameStart), context.filePath)) continue;
    if (entityQuote !== undefined && !line.startsWith(entityQuote, nameEnd) && !(line[nameEnd] === "=" && /^[^\s&=]/.test(line[nameEnd + 1] ?? ""))) continue;
    const quoteBefore = line[nameStart - 1];
    const pairInQuotes = line[nameEnd] === "=" && /^[^\s"'=]/.test(line[nameEnd + 1] ?? "");
    const quoted = quoteBefore === '"' || quoteBefore === "'";
    if (quoted && line[nameEnd] !== quoteBefore && !pairInQuotes) continue;
    if (assignment.op === ":" && isInColonJoinedWords(line, nameStart, nameEnd)) continue;
    // `$reason ? 'firstpasswd' : 'renewpasswd'`: the two sides of a conditional, not a key and its value.
    if (quoted && assignment.op.trim() === ":" && /\?[ \t]*$/.test(line.slice(Math.max(0, nameStart - 8), nameStart - 1))) continue;
    // `input[type=password]:focus`: a selector's pseudo-class after an attribute, not a value.
    if (assignment.op.trim() === ":" && /^["']?\]/.test(line.slice(nameEnd, nameEnd + 2)) && /=["']?$/.test(line.slice(Math.max(0, nameStart - 2), nameStart))) continue;
    // `https://orders-auth.fabrikam.com:8443/api`: a URL's host and port, not a name and its value.
    if (assignment.op === ":" && line[nameStart - 1] === "/" && line[nameStart - 2] === "/" && line[nameStart - 3] === ":" && /^\d{1,5}(?:[/?#"'\s]|$)/.test(line.slice(nameEnd + 1, nameEnd + 7))) continue;
    // `\nKey: jsii.String(\"key\")`: code kept in an escaped string (a JSON value holding a snippet),
    // whose `\n` or `\t` glued its letter to the next line's name. The name is what follows the
    // escape (`Key`, not `nKey`), judged as the line it starts. (Not after `\\`, an escaped backslash.)
    const escapeLetter = line[nameStart - 1] === "\\" && line[nameStart - 2] !== "\\" && /^[nrt][A-Za-z_]/.test(assignment.name);
    const name = escapeLetter ? assignment.name.slice(1) : assignment.name.replace(/^[$@]/, "");
    // `->` pairs a name and a value in Scala's maps only: in Java's `switch`, Kotlin's `when` and
    // Elixir's `case` it maps a matched name to a result (`case "password" -> "usr_pwd_2"`).
    if (assignment.op === "->" && !SCALA_FILE.test(context.filePath)) continue;
    // Ant's `<filter token="VERSION" value="…"/>` and `<replacefilter token="…">`: the text a build
    // replaces in copied files, not a credential.
    if (name === "token" && ANT_FILTER_BEFORE.test(line.slice(Math.max(0, nameStart - 200), nameStart))) continue;
    // AsciiDoc's inline passthrough, `pass:[…]` or `pass:c,a,r[…]`: a macro, whose target lists the
    // substitutions to apply to the bracketed text, not a password.
    if (assignment.name === "pass" && line[nameEnd] === ":" && ASCIIDOC_PASSTHROUGH_AFTER.test(line.slice(nameEnd + 1, nameEnd + 120))) continue;
    // `--- PASS: TestName (0.01s)`, `PASS: test-suite`: a test runner's verdict, not a password.
    if (name === "PASS" && assignment.op === ":") continue;
    // A change log's entry names what changed, then says how: `* gss_acquire_cred.3: spelling`,
    // `- auth: SHA256-CRYPT schemes do not work` (GNU ChangeLog, NEWS, CHANGES, HISTORY).
    if (assignment.op.trim() === ":" && nameStart <= 60 && isChangeLog(context.filePath) && CHANGE_ENTRY_BEFORE.test(line.slice(0, nameStart))) continue;
    // Dovecot's passwd-file, `user:{plain}pass:1000:1000::/home/user`: the scheme's password, then
    // the uid, not a name and its value (PLAIN_SCHEME_PASSWORD reads the password).
    if (line[nameStart - 1] === "}" && PASSWD_FILE_SCHEME_BEFORE.test(line.slice(Math.max(0, nameStart - 40), nameStart))) continue;
    // Inside a template's `{{ … }}`: CloudFormation's `{{resolve:secretsmanager:db:SecretString:password}}`,
    // Ansible's `{{ lookup('hashi_vault', 'secret=kv/data/shop:token') }}` name where a secret is read.
    if (templateOnLine && isInsideDoubleBraces(line, nameStart)) continue;
    // `imap://user;AUTH=PLAIN@host` (RFC 5092), SMTP's `AUTH=` and SASL settings: a mechanism's name.
    if (/^auth$/i.test(name) && SASL_MECHANISM.test(line.slice(assignment.end, assignment.end + 40).trimStart())) continue;
    // `${DB_PASSWORD:-…}`, `${API_KEY:+…}`, Spring's `${JWT_SECRET:…}`: a parameter expansion, not a
    // name and its value. PLACEHOLDER_DEFAULT reads a default, without the `-` or `=` before it;
    // `:+` (the text when set) and `:?` (the message when unset) hold none.
    if (assignment.op.trim() === ":" && line[nameStart - 1] === "{" && line[nameStart - 2] === "$" && isParameterExpansion(line, nameStart - 2, nameEnd)) continue;
    let strength = secretStrength(name);
    if (!strength) continue;
    // `test "$pass" = dlopen`, `[ "$PASSWORD" = "" ]`: a shell reads a `$` name and never assigns
    // it (`pass=…` assigns), so `=` after one compares (libtool's ltmain.sh, in every autotools tree).
    // (Asked only of secret names: PHP's variables all start with `$`.)
    const shellComparison = assignment.name.startsWith("$") && (isShellScript(context.filePath) || SHELL_TEST_BEFORE.test(line.slice(0, nameStart)));
    let opEnd = assignment.end;
    // `name: string = "value"`, `NAME: &'static str = "value"`: the value comes after the type.
    // (Only code has types: in YAML, `topicKey: jqIb…Y=` is a value that ends in `=`.)
    if (assignment.op === ":" && context.fileType === "code") opEnd += typeAnnotationLength(line.slice(opEnd));
    // CMake's cache: `DB_PASSWORD:STRING=…` (CMakeCache.txt, `-D NAME:STRING=…`): the value follows the type.
    else if (assignment.op === ":" && CMAKE_CACHE_TYPE.test(line.slice(opEnd, opEnd + 16))) opEnd = line.indexOf("=", opEnd) + 1;
    const op = assignment.op.trim();
    // `?api_key=…&` inside a URL: a query parameter, whose value is literal text in any file.
    const queryParameter = op === "=" && (line[nameStart - 1] === "?" || line[nameStart - 1] === "&") && line[nameEnd] === "=";
    // …on a documentation host (example.com, *.example, *.invalid: RFC 2606) it is an example.
    // (Not *.test or localhost: local development sites send real keys there.)
    // …and a CI badge's token (Codecov's `…/graph/badge.svg?token=`, Travis CI's `….svg?token=`) only draws the badge: it is for public READMEs.
    // …and an old Google Sheets link's `key=` is the sheet's id (GOOGLE_SHEETS_LINK_BEFORE).
    if (queryParameter) {
      const urlBefore = line.slice(Math.max(0, nameStart - 300), nameStart);
      if (DOCUMENTATION_URL_BEFORE.test(urlBefore) || BADGE_URL_BEFORE.test(urlBefore) || FIREBASE_DOWNLOAD_URL_BEFORE.test(urlBefore) || GOOGLE_SHEETS_LINK_BEFORE.test(urlBefore)) continue;
    }
    const before = line[nameStart - 1] ?? "";
    // (`&amp;` before the name: a query string's `&`, escaped in XML or HTML.)
    const inQuery = queryParameter || before === "=" || (before === ";" && line.slice(nameStart - 5, nameStart) === "&amp;");
    // (A rendered page's code writes its quotes as HTML entities: `var APIKey = &#39;…&#39;;`.)
    let read = (line[opEnd] === "&" ? entityQuotedValueAt(line, opEnd) : undefined) ?? readValue(line, opEnd, queryParameter ? "config" : context.fileType, inQuery ? "&" : before === "," ? "," : "");
    if (!read) continue;
    if (!read.quoted && LUA_FILE.test(context.filePath)) read = luaLongString(line, read.start) ?? read;
    const quoteLikeLanguage = read.quoted ? undefined : quoteLikeLanguageOf(context.filePath);
    if (quoteLikeLanguage) {
      const quoteLike = quoteLikeStringAt(line, read.start, quoteLikeLanguage);
      if (quoteLike === "not-literal") continue;
      read = quoteLike ?? read;
    }
    // A URL's bare `key=` is an API key (Google's, Bing Maps', a partner's) when it is long and
    // random in both cases and digits; a lookup's or a cache's key is a path, a word or hex.
    if (queryParameter && strength === "generated-key" && /^key$/i.test(name) && MIXED_RANDOM_30.test(line.slice(read.start, read.end))) strength = "token";
    // In a quoted pair the value runs to the closing quote, spaces and all (`"DB_PASSWORD=Zq9x Lm2p"`),
    // unless the string is a command that the pair only starts (see quotedPairValueEnd).
    if (pairInQuotes && quoted && !read.quoted) {
      const close = line.indexOf(quoteBefore, opEnd);
      if (close > opEnd) read = { start: opEnd, end: quotedPairValueEnd(line, nameStart - 1, opEnd, close), quoted: true };
    }
    // YAML's `!unsafe` (Ansible: no templating) and `!!str` only say how to read the value after them.
    if (!read.quoted && line[read.start] === "!" && isYamlFile(context.filePath)) {
      const tag = /^(?:!unsafe|!!str)[ \t]+/.exec(line.slice(read.start, read.start + 16));
      if (tag) read = readValue(line, read.start + tag[0].length, context.fileType) ?? read;
    }
    // YAML: `password: !encrypted/pkcs1-oaep` (Zuul's encrypted secrets) starts with a tag, and
    // `{…}` or `[…]` is a mapping or a list, whose own keys are read where they are.
    if (!read.quoted && /^[!{[]/.test(line[read.start] ?? "") && isYamlFile(context.filePath)) continue;
    // A shell's comparison hardcodes a password when the literal is random (`[ "$PASS" = "Xq7…" ]`);
    // a word is a state or a mode (`test "$pass" = dlopen`, `= "lib,link"`).
    if (shellComparison && !looksRandom(line.slice(read.start, read.end))) continue;
    // `remark.Pass == "inline"` (a compiler's optimisation pass), `step.pass != "lint"`: `pass` alone,
    // compared with a word, is a pass of a compiler or a test suite. (`db_pass`, `PASSWORD` are passwords.)
    // (…and `pass` after the word that says which pass: `func_pass == 'second'`, `render_pass != "shadow"`.)
    if (/^[=!]==?$/.test(op) && STAGE_PASS.test(name.slice(name.lastIndexOf(".") + 1)) && !looksRandom(line.slice(read.start, read.end))) continue;
    // …and in a comment, "The magic pass: "Extended precision modular arithmetic"", "the second pass:
    // "fold constants"": `pass` alone after a word of the sentence is a pass of an algorithm, and the
    // quoted words after its colon are its name, which a passphrase's shape cannot be told from.
    // (`password`, `db_pass`, `pass:` that starts the comment, and a generated word are judged as before.)
    if (op === ":" && opEnd === assignment.end && read.quoted && /^pass$/i.test(name) && context.fileType === "code" && inComment(line, nameStart) && PROSE_WORD_BEFORE.test(line.slice(0, nameStart))) {
      const words = line.slice(read.start, read.end).split(" ");
      if (words.length > 1 && !words.some(looksRandom)) continue;
    }
    // `"username= password= scmVersion="` (an option list for completion), `PASSWORD= OTHER=x cmd`:
    // after `=` and a blank, a name and its own `=` are the next option, and this one is empty.
    if (op === "=" && !read.quoted && /[ \t]/.test(line[opEnd - 1] ?? "") && NEXT_OPTION_NAME.test(line.slice(read.start, read.end)) && !looksRandom(line.slice(read.start, read.end - 1))) continue;
    // C#, Java, C…: `key = 'abc…'` at code level is a character literal that does not compile,
    // not a string. Inside a string (SQL or a shell line held in code) or a comment, the quotes
    // belong to that other text.
    if (read.quoted && line[read.start - 1] === "'" && context.fileType === "code" && singleQuotesMarkCharacters(context.filePath) && atCodeLevel(line, nameStart)) continue;
    // In a comment, backticks mark a code span (Markdown): a name or an expression, not a value,
    // unless it looks generated (`rotated secret: \`rotated-on\``).
    if (read.quoted && line[read.start - 1] === "`" && context.fileType === "code" && inComment(line, nameStart) && !looksRandom(line.slice(read.start, read.end))) continue;
    // JavaScript and TypeScript: `…${expr}…` in backticks is built when it runs.
    if (read.quoted && line[read.start - 1] === "`" && hasInterpolation(line.slice(read.start, read.end)) && backticksInterpolate(context.filePath)) continue;
    // …and PHP's and Perl's double quotes, with `$name` or `{$name}` in them.
    if (read.quoted && isFilledInWhenRun(line, read.start, read.end, context.filePath)) continue;
    // `f"TESTS={total} PASS={self.passed}"`, C#'s `$"…;Password={password}"`: a field the string fills
    // in when it runs, not a value. (`{{` writes a brace: a literal, judged as before.)
    if (!read.quoted && line[read.start] === "{" && LEADING_INTERPOLATION_FIELD.test(line.slice(read.start, read.start + 120)) && inInterpolatingString(line, nameStart)) continue;
    // Python's `pass_: 'RenderPass'`: a quoted type annotating the name (see isPythonQuotedTypeAnnotation).
    if (read.quoted && op === ":" && opEnd === assignment.end && context.fileType === "code" && isPythonQuotedTypeAnnotation(line, nameStart, line.slice(read.start, read.end), context.filePath)) continue;
    // Comparisons are code in any file (a snippet in Markdown or HTML): a bare side is a variable.
    if (!read.quoted && /^[=!]==?$/.test(op)) continue;
    // …and a bare side that a blank and a `.` go on from is a name qualified by what follows (SQL's
    // `ON (a . col_key = b . col_key)`) or an operand of Perl's and PHP's ` . `: an expression, not a value.
    if (!read.quoted && DOT_GOES_ON_AFTER.test(line.slice(read.end))) continue;
    // `password = isProd ? "…" : "dev"`, Python's `key = lookup() if debug else "…"`, C#'s `password =
    // v ?? "…"`: each literal side of a conditional is the name's value in one case.
    if (!read.quoted && context.fileType === "code" && (op === "=" || op === ":" || op === ":=")) {
      const sides = conditionalSides(line, read.start, context.filePath);
      if (sides.length > 0) {
        for (const [start, end] of sides) if (acceptable({ name, value: line.slice(start, end), quoted: true }, strength, "code")) pushUnlessOverlapping(hits, start, end, name);
        continue;
      }
    }
    // `password: real_key` in code is a type annotation or an object field pointing at a variable.
    if (!read.quoted && op === "" && context.fileType === "code") continue;
    // A bare value in code is a literal only in shell-style lines: `export API_KEY=abc123` (no spaces).
    const shellStyle = op === "=" && line[opEnd - 1] === "=" && line[nameEnd] === "=" && /^[A-Z0-9_]+$/.test(name);
    let pasted = false;
    if (!read.quoted && context.fileType === "code" && !shellStyle && !queryParameter) {
      // Unless it cannot be code at all: then it is a value pasted after the operator.
      const token = /^\S{1,300}/.exec(line.slice(read.start))?.[0] ?? "";
      if ((op !== "=" && op !== ":=") || !cannotBeExpression(token)) continue;
      read = { start: read.start, end: read.start + token.replace(/[,;'"`]+$/, "").length, quoted: false };
      pasted = true;
    }
    const valueFileType = shellStyle || queryParameter || pasted ? "config" : context.fileType;
    // A name, a blank and a literal is a setting where the syntax makes it one (see isSettingBySpace).
    const settingBySpace = op === "" && isSettingBySpace(context.filePath, line, nameStart, assignment.name);
    // Prose: "should just pass `x`", "the token is 'SyntaxKind.Unknown'".
    if ((op === "" || op === "is") && !settingBySpace && !/^(?:password|passwd|pwd|passphrase|secrete?)$/i.test(name)) continue;
    // A variable's expansion and the next argument: `ldapsearch -w $PASSWD '(objectClass=*)'`.
    if (op === "" && line[nameStart] === "$") continue;
    // …and a plain word after a bare name is prose too: `extract secret "master"`. (Not after
    // `is`: "the password is "centipede"" tells one.)
    if (op === "" && /^[a-z]+$/.test(line.slice(read.start, read.end))) continue;
    // TypeScript unions and type aliases: `type Credentials = "include" | "omit"`.
    if (/^\s*\|/.test(line.slice(read.end + 1)) || /\btype\s+$/.test(line.slice(Math.max(0, nameStart - 64), nameStart))) continue;
    // A literal that a format completes in code (`"VS%s" % v`, `'{0}:{1}'.format(…)`) is a template,
    // and one that code adds a variable to under a key's name (`internalEventsKey = "__reactEvents$"
    // + randomKey`) is a prefix, unless it looks generated itself. (Under a password's name the
    // literal may be the password's own part: `"appuser:" + appKey`.)
    if (read.quoted && context.fileType === "code" && BUILT_FROM_LITERAL.test(line.slice(read.end + 1, read.end + 40))) continue;
    // (Judged without the separators at its ends: `__reactEvents$` is the words `reactEvents`.)
    // …and under any name, a literal too short to be a password of its own is the fixed part of
    // one computed (`k_secret = "AWS4" + secret_key`, as every SigV4 signer derives its key).
    if (
      read.quoted &&
      context.fileType === "code" &&
      (strength !== "password" || read.end - read.start < SHORTEST_PASSWORD_PART) &&
      PREFIX_OF_VARIABLE.test(line.slice(read.end + 1, read.end + 40)) &&
      !looksRandom(line.slice(read.start, read.end).replace(/^[\W_]+|[\W_]+$/g, ""))
    ) {
      continue;
    }
    // `var key = "_9f2c…"; … (glob[key] || (glob[key] = {}))`: a shared object's slot (see keysSlotMadeOnFirstUse).
    if (read.quoted && context.fileType === "code" && keysSlotMadeOnFirstUse(assignment.name, line.slice(read.end + 1))) continue;
    // `"LDAP_CLEARPW\t" . param('CLEARPW')`, `"user\t" + name`: a literal that ends in a tab before
    // code adds to it is a tab-separated record's label, and the value is what code adds. (A
    // generated value before the tab is judged as before.)
    if (read.quoted && context.fileType === "code" && /(?:\\t|\t)$/.test(line.slice(read.start, read.end)) && CONCATENATION_AFTER.test(line.slice(read.end + 1, read.end + 40)) && !looksRandom(line.slice(read.start, read.end).replace(/(?:\\t|\t)$/, ""))) continue;
    // A bare value in a configuration file runs to the end of the line (YAML, .properties, .ini,
    // .env): words with spaces there are a passphrase, or prose.
    // (One word and a comment after it, or text that is not words, is judged as any bare value.)
    // (Not a script's `NAME=value`: a blank ends the value there, and the words after it are a
    // command. A .env file's reader takes the rest of the line.)
    const words = !read.quoted && valueFileType === "config" && !(shellStyle && (context.fileType === "code" || isShellScript(context.filePath))) && strength === "password" && /^[ \t]+\S/.test(line.slice(read.end)) ? BARE_PASSPHRASE.exec(line.slice(read.start))?.[0] : undefined;
    // (`ansible_ssh_pass=… ansible_become=true`, an Ansible inventory's line: the words after the
    // value are further settings, not more of a passphrase.)
    // (A label ends in a colon, a message in a sentence's stop: `Administrator Password:`.)
    if (words?.includes(" ") && isWordsWithSpaces(words.replace(/[:?.!]$/, "")) && !/ [A-Za-z_][\w.-]*=/.test(words)) {
      // (Not in a comment: `# invalid credentials: error code 49` is prose about the setting.)
      if (isPassphrase(words) && !isPlaceholder(words) && !(translations && isTranslatedText(words)) && !/^[ \t]*[#;]/.test(line)) pushUnlessOverlapping(hits, read.start, read.start + words.length, name);
      continue;
    }
    const value = line.slice(read.start, read.end);
    if (!read.quoted && (startsASentence(value, line.slice(read.end)) || opensBracketedPhrase(value, line.slice(read.end)))) continue;
    // (…and in a document, a list's `name: description` of two words: see isTwoWordDescription.)
    if (!read.quoted && op === ":" && valueFileType === "text" && isTwoWordDescription(value, line.slice(read.end))) continue;
    // …or the first of a list of a credential's field names (see listsFieldNames).
    if (valueFileType === "text" && listsFieldNames(value, line.slice(read.end))) continue;
    // A call rendered as HTML and cut at an entity inside it: `PB_DS_V2F(p_e-&gt;m_value)` is read as
    // `PB_DS_V2F(p_e-`, a call whose arguments go on past the value.
    // …and one cut at the comma between its arguments, in a language the scan does not know: GAP's
    // `b.printedkey := Concatenation(nn[2], y);` is read as `Concatenation(nn[2]`.
    // (Its argument so far is a name, `p_e` before `->`: a random value with a `(` in it is still judged.)
    // …and after `:=` (Go's, Yul's, Pascal's assignment) in any file: a contract's build artifact
    // keeps its source in JSON, `let token := calldataload(add(offset, 40))`.
    const callCut = HTML_ENTITY_AT.test(line.slice(read.end, read.end + 6)) || line[read.end] === ",";
    const openCall = !read.quoted && (context.fileType === "text" || op === ":=") && callCut ? CALL_LEFT_OPEN.exec(value) : null;
    if (openCall && !looksRandom(openCall[1]!)) continue;
    // A document's code sample read as bare text: `const secret = generateSecret({` is a call that
    // opens its arguments, and `withSecret: (input: Buffer) => bigint` a function type whose first
    // parameter's name and colon follow the `(`. Neither holds a value.
    if (!read.quoted && (OPENS_CALL_ARGUMENTS.test(value) || (line[read.start - 1] === "(" && TYPED_PARAMETER_NAME.test(value)))) continue;
    // …and a class's field declared with its type, `public verificationKey: Ed25519Key2020;`, as a
    // coverage report's page shows a TypeScript source: the value is the field's type.
    if (!read.quoted && op === ":" && MEMBER_MODIFIER_BEFORE.test(line.slice(Math.max(0, nameStart - 20), nameStart)) && IDENTIFIER.test(value) && /^[ \t]*(?:[;=]|$)/.test(line.slice(read.end))) continue;
    if (isMysqlAccessDenied(line.slice(Math.max(0, nameStart - 10), read.start), value)) continue;
    // IIS's protected configuration (`applicationhost.config`, IIS Express's copy in `.vs/`): an
    // `AesProtectedConfigurationProvider`'s `sessionKey` is its AES key encrypted for the machine's
    // RSA key container, which only that machine opens (as Service Fabric's `IsEncrypted` values are).
    if (name === "sessionKey" && line.includes("AesProtectedConfigurationProvider")) continue;
    // `"password": "Kennwort"` in locales/de.json: the label of a field, in some language.
    if (translations && isTranslatedText(value)) continue;
    // …and a message that goes on after its first word (`cvc-id.4.2: Duplicate key value [{0}]…`):
    // in a translation file a bare value runs to the end of its line.
    if (translations && !read.quoted && valueFileType === "config" && isTranslatedText(line.slice(read.start).trim())) continue;
    if (strength === "password" && (usersOnLine ??= usersOn(line)).has(value)) continue;
    // `PGPASSWORD=X$long_password`, Perl's `"read=$record[2]"`: the shell or the language fills the
    // variable in (not inside a shell's single quotes).
    // (The value's own tests first: this runs for every value under a secret's name, as you type.)
    if (value.includes("$") && line[read.start - 1] !== "'" && hasWordyVariable(value) && expandsDollar(context.filePath, line)) continue;
    // An FTP client's anonymous login (`password = "busybox@"` beside `user = "anonymous"`).
    if (value.endsWith("@") && isAnonymousFtpPassword(value) && (/ftp/i.test(context.filePath) || /ftp|anonymous/i.test(line))) continue;
    if (acceptable({ name, value, quoted: read.quoted }, strength, valueFileType)) pushUnlessOverlapping(hits, read.start, read.end, name);
    // A bare `key` in a configuration file says what it is through its section (`api:` above
    // `key:`, `[openai]` above `key =`): judged as a key's value, it stands if the scan finds one.
    else if (strength === "generated-key" && valueFileType === "config" && /^key$/i.test(name) && mayBeSectionKey(value) && acceptable({ name, value, quoted: read.quoted }, "key", valueFileType)) {
      pushUnlessOverlapping(hits, read.start, read.end, name, undefined, true);
    }
  }

  // (REVERSED_COMPARISON opens with a quote.)
  if (quoted && open[GATE.comparison]) for (const match of allMatches(REVERSED_COMPARISON, line)) {
    const name = match.groups!.name!;
    const strength = secretStrength(name);
    const span = group(match, "value")!;
    if (strength && acceptable({ name, value: line.slice(...span), quoted: true }, strength, context.fileType)) pushUnlessOverlapping(hits, span[0], span[1], name);
  }

  // (One pattern at a time, each behind the literal it needs: most lines need none.)
  // (`Value=` too: Service Fabric's `<Parameter Name="DbPassword" Value="…" />`. Not when the
  // line says the value is encrypted, `IsEncrypted="true"`: ciphertext for the cluster's certificate.)
  // (KEY_VALUE_ATTRIBUTES's name and value are each in `"`.)
  if (quoted && open[GATE.value] && !/IsEncrypted\s*=\s*"true"/i.test(line)) pushNamedValues(KEY_VALUE_ATTRIBUTES, line, context, hits);
  if (open[GATE.xmlClose]) {
    pushNamedValues(XML_ELEMENT, line, context, hits);
    pushNamedValues(XML_NAMED_ELEMENT, line, context, hits);
  }
  const hasParenthesis = line.includes("(");
  // A lookup's default (`os.getenv("X", "…")`, `process.env.X ?? "…"`, `cmp.Or(os.Getenv("X"), "…")`),
  // on a line with one of the idioms' words: their defaults are quoted, after a call's comma, a
  // fallback operator, `default=`, or Ruby's block.
  const lookupLine =
    (quoted && hasParenthesis && open[GATE.lookup] && /env|Env|ENV|config\.get|GetValue/.test(line)) ||
    (open[GATE.default] && /default\s*=/.test(line)) ||
    (open[GATE.fallbackOperator] && open[GATE.environmentWord] && (line.includes("??") || line.includes("||") || line.includes(" or ") || line.includes("?:") || /\}[ \t]*\/\//.test(line)) && /env|Env|ENV|onfig|_SERVER/.test(line)) ||
    (open[GATE.getenv] && line.includes("etenv(") && /orElse|requireNonNullElse|cmp\.Or/.test(line)) ||
    (open[GATE.envFetch] && line.includes("ENV.fetch"));
  if (lookupLine) pushLookupDefaults(line, context, hits);
  if (open[GATE.envVar] && line.includes("env::var")) pushNamedValues(ENV_VAR_UNWRAP_OR, line, context, hits);
  if (quoted && open[GATE.default] && line.includes("--") && (line.includes("add_argument") || line.includes("option("))) pushNamedValues(OPTION_DEFAULT, line, context, hits);
  if (open[GATE.expansion]) pushNamedValues(PLACEHOLDER_DEFAULT, line, context, hits);
  if (open[GATE.expansion] && line.includes(",")) pushNamedValues(SERVERLESS_DEFAULT, line, context, hits);
  if (open[GATE.helmValues] && open[GATE.default] && line.includes(".Values.") && line.includes("default")) {
    pushNamedValues(HELM_VALUE_DEFAULT, line, context, hits);
    pushNamedValues(HELM_DEFAULT_OF_VALUE, line, context, hits);
  }
  if (open[GATE.settingCommand] && (line.includes("user-secrets") || line.includes("setx") || line.includes("azd") || line.includes("pulumi") || line.includes("configure set"))) pushNamedValues(SETTING_COMMAND, line, context, hits);
  if (open[GATE.gh] && open[GATE.secret] && line.includes("gh") && line.includes("secret")) pushNamedValues(GH_SECRET_SET, line, context, hits);

  // Four or more quoted names in a row (`'int_fast16_t', 'RC5_32_KEY', 'ucontext64', …`) are a list
  // of names; a name and its value are a pair, and a map's pairs alternate with values.
  // (NAME_VALUE_ARGUMENTS's name and value are quoted.)
  if (quoted && line.includes(",") && !QUOTED_NAME_LIST.test(line)) for (const match of allMatches(NAME_VALUE_ARGUMENTS, line)) {
    const name = match.groups!.name!;
    const strength = secretStrength(name);
    const span = group(match, "value")!;
    const value = line.slice(...span);
    // Lists of names (`["password", "username"]`) have this shape too: the value must look like a credential.
    // (A setting's section and option, `lpcfg_parm_bool(ctx, NULL, "credentials", "krb5_cc_file", …)`,
    // has this shape as well: lower-case words joined by `_` or `-` are an option's name.)
    const credentialLike = (looksRandom(value) || (strength === "password" && /[\d\W]/.test(value) && !IDENTIFIER.test(value))) && !(OPTION_NAME.test(value) && readsAsWords(value.split(/[_-]/), true));
    // (ejabberd's `{"Password","Contraseña"}.`: a message and its translation.)
    if (translations && isTranslatedText(value)) continue;
    // `('username', 'password', 'from@abc', …)`: a password's name right after a user's is the
    // pair's second half (the user's value, or the next name in a list of fields), not the name of
    // what follows it.
    if (QUOTED_USER_NAME_BEFORE.test(line.slice(Math.max(0, match.index - 40), match.index))) continue;
    // `("password", "8a9d…")` in a test: a hashing library's test vector, the plaintext and the hash
    // it must give. A hash is not a password to log in with, and the test shows what it hashes.
    if (strength === "password" && hasPasswordHashFormat(value) && isTestPath(context.filePath)) continue;
    if (isChoiceLabel(line, match.index, span[1], value)) continue;
    if (strength && credentialLike && acceptable({ name, value, quoted: true }, strength, context.fileType)) pushUnlessOverlapping(hits, span[0], span[1], name);
  }

  // Erlang names a setting with an atom: `{db_password, "…"}` in sys.config, `{api_key, <<"…">>}`,
  // `application:set_env(app, password, "…")` and `-define(API_TOKEN, "…").`
  const kinds = fileKindsOf(context.filePath);
  if (kinds.erlang && line.includes(",")) for (const match of allMatches(ERLANG_NAMED_VALUE, line)) {
    const name = match.groups!.name!;
    const span = group(match, "value")!;
    // (A macro names constants of every kind, a lexer's tokens among them: `-define(PrettyNx64kToken,
    // "Nx64Kservice")`. A token or a key is long; a password may not be.)
    if (match.groups!.define && span[1] - span[0] < 16 && secretStrength(name) !== "password") continue;
    if (isSecretUnderName(name, line.slice(...span), context.fileType)) pushUnlessOverlapping(hits, span[0], span[1], name);
  }

  if (kinds.clojure && line.includes("/")) pushNamedValues(CLOJURE_NAMESPACED_KEYWORD, line, context, hits);
  if (kinds.cmake && /set\(/i.test(line)) for (const match of allMatches(CMAKE_SET, line)) {
    const name = (match.groups!.envName ?? match.groups!.name)!;
    const strength = secretStrength(name);
    const quoted = match.groups!.quoted !== undefined;
    const span = group(match, quoted ? "quoted" : "bare")!;
    if (strength && acceptable({ name, value: line.slice(...span), quoted }, strength, "config")) pushUnlessOverlapping(hits, span[0], span[1], name);
  }

  if (open[GATE.bracedElement] && !MAVEN_SETTINGS.test(context.filePath)) for (const match of allMatches(XML_BRACED_ELEMENT, line)) {
    const name = match.groups!.name!;
    const strength = secretStrength(name);
    const span = group(match, "value")!;
    // The braces hold the stored form, sometimes with a label before it: one random part is enough.
    const parts = line.slice(...span).split(/\s+/);
    if (strength && parts.some((part) => part.length >= 16 && looksRandom(part) && !isPlaceholder(part))) pushUnlessOverlapping(hits, span[0], span[1], name);
  }

  if (open[GATE.headerFlag] && (line.includes("-H") || line.includes("--header"))) {
    for (const match of allMatches(HEADER_ARGUMENT, line)) {
      const name = match.groups!.name!;
      const strength = secretStrength(name);
      const span = group(match, "value")!;
      if (strength && acceptable({ name, value: line.slice(...span), quoted: true }, strength === "password" ? "password" : "token", "text")) pushUnlessOverlapping(hits, span[0], span[1], name);
    }
  }

  if (open[GATE.cisco]) {
    for (const match of allMatches(CISCO_PASSWORD, line)) {
      const span = group(match, "value")!;
      const user = /^username[ \t]+(\S+)/.exec(match.groups!.name!)?.[1];
      if (acceptable({ name: "password", value: line.slice(...span), quoted: true }, "password", "config")) pushUnlessOverlapping(hits, span[0], span[1], user ?? "enable");
    }
    for (const match of allMatches(SNMP_COMMUNITY, line)) {
      const span = group(match, "value")!;
      const value = line.slice(...span);
      if (!DEFAULT_SNMP_COMMUNITY.test(value) && acceptable({ name: "password", value, quoted: true }, "password", "config")) pushUnlessOverlapping(hits, span[0], span[1], "snmp-server community");
    }
  }

  // .netrc: a bare value after "password", in a machine/login line or alone; alone, it must look random.
  // (A `=` or `:` on the line means an assignment or prose, unless the line starts as a .netrc
  // entry: then they are characters of the password, `Kq7=vR2…`, as generators write them.)
  // (Asked only of a line that says "password ", the only one that needs it.)
  let netrcEntry: boolean | undefined;
  if (open[GATE.netrcPassword] && /(?:^|\s)password[ \t]/.test(line) && ((netrcEntry ??= NETRC_ENTRY_START.test(line)) || !/[=:]/.test(line))) {
    // .netrc entries start with `machine` or `default`, or pair `login NAME` (and maybe one more
    // token pair, `port 993`) with `password VALUE`: "login will handle password aging" is prose.
    // "default), if the server…", "login and password exist", "the login / password fields": prose.
    const netrcLine = netrcEntry || NETRC_LOGIN_THEN_PASSWORD.test(line);
    // Anonymous FTP (`login anonymous`, `login ftp`) takes an e-mail address as its password.
    // (Tested once a line: inside the loop, a long line of "password" words was quadratic.)
    if (!ANONYMOUS_FTP_LOGIN.test(line)) for (const match of allMatches(NETRC_PASSWORD, line)) {
      const span = group(match, "value")!;
      const value = line.slice(...span);
      // "username and password login, session cookies": prose, not a .netrc line.
      if (/^(?:login|machine|account|default|macdef|and|or)\W*$/i.test(value)) continue;
      // (In an entry, a password may end in `.` or `,` too.)
      if (!netrcEntry && endsASentence(value)) continue;
      // Gradle's `password System.getenv("REPO_PASSWORD")`: a call's start, cut at its quote.
      if (!netrcEntry && value.endsWith("(")) continue;
      // Go's `func NewClient(login string, password string) *Client`, Java's `getPooledConnection(
      // user, password ).getConnection()`: the value closes a bracket opened before the name, so
      // the name is a parameter's or an argument's, and the value the code after it.
      if (!netrcEntry && closesBracketOpenedBefore(line, span[0], value)) continue;
      // "login exceptions for which password change": a noun that "password" qualifies, in prose;
      // "the current password (should be…": an aside.
      if (!netrcEntry && (PASSWORD_COMPOUND_NOUN.test(value) || (value.startsWith("(") && !value.includes(")")))) continue;
      if ((netrcLine || looksRandom(value)) && acceptable({ name: "password", value, quoted: true }, "password", "text")) pushUnlessOverlapping(hits, span[0], span[1], "password");
    }
  }

  // A session cookie sent or set (`Cookie: sessionid=…`, `Set-Cookie: connect.sid=…`, `curl -b
  // "session=…"`, DevTools' "Copy as cURL"): whoever has it is signed in as its user.
  if (open[GATE.cookie] && (/cookie/i.test(line) || (/\s-b\s/.test(line) && /\bcurl\b/.test(line)))) for (const match of allMatches(SESSION_COOKIE, line)) {
    const span = group(match, "value")!;
    const value = line.slice(...span);
    if (looksRandom(value) && !isPlaceholder(value)) pushUnlessOverlapping(hits, span[0], span[1], match.groups!.name!);
  }

  // Where a tool whose `-p` (or `-w`) takes a password is first named: its flags follow it
  // (`rlm_sqlippool_tool -p main_pool -d mysql` names mysql as an argument, after the flag).
  // (Looked for once a line, by the first `-p` or `-P` that needs it: most lines have none.)
  let passwordFlagToolAt: number | undefined;
  // mysql and its tools take the password glued to the flag: `-pS3cret`.
  if (open[GATE.dashP] && line.includes("-p") && (passwordFlagToolAt ??= line.search(PASSWORD_FLAG_TOOLS)) !== -1) {
    for (const match of allMatches(GLUED_PASSWORD_FLAG, line)) {
      if (match.index < passwordFlagToolAt) continue;
      const span = group(match, "value")!;
      const value = line.slice(...span);
      // find's `-print0`, `-printf`, `-prune`, `-perm` (`find $mysql_datadir … -print0`), and an
      // HTML entity where a generated file quotes the command (`-p&quot;`).
      // A query's sort or aggregate (`sort:"-p75(measurements.lcp)"`, a percentile function) is no password.
      if (FIND_PRIMARY_AFTER_P.test(value) || /^&(?:quot|amp|lt|gt|apos|#\d{1,5});/.test(value) || /^\w{1,20}\([\w.,]*\)?$/.test(value)) continue;
      if (value.includes("$") && hasWordyVariable(value) && expandsDollar(context.filePath, line)) continue;
      if (acceptable({ name: "password", value, quoted: true }, "password", "text")) pushUnlessOverlapping(hits, span[0], span[1], "password");
    }
  }

  // A definition (`-DDB_PASSWORD=…`, `-D NAME:STRING=…`, `-DdbPassword=…`) and a JVM system property
  // with a dotted name (JAVA_OPTS, setenv.sh, .mvn/jvm.config): named by what follows `-D`, where
  // FLAG's name would be `DDB_PASSWORD`, or stop at the first dot.
  if (line.includes("-D")) for (const pattern of [DEFINE_FLAG, JVM_PROPERTY]) for (const match of allMatches(pattern, line)) {
    const name = match.groups!.name!;
    const strength = secretStrength(name);
    if (!strength) continue;
    const span = group(match, "value")!;
    if (acceptable({ name, value: line.slice(...span), quoted: true, argument: true }, strength, "text")) pushUnlessOverlapping(hits, span[0], span[1], name);
  }

  // (Built for the first `-p` that needs it.)
  let mysqlCommandAt: ((at: number) => boolean) | undefined;
  // (Asked once a line, by the first `--value` there.)
  let storesSecret: boolean | undefined;
  // (Looked for once a line, by the first `-w` there.)
  let ldapToolAt: number | undefined;
  if (open[GATE.spaceDash] || line.startsWith("-")) for (const match of allMatches(FLAG, line)) {
    const flag = match.groups!.flag!;
    const bare = flag.replace(/^-+/, "");
    // (OpenLDAP's tools take the bind password as `-w`.)
    const isPasswordShortFlag = ((bare === "p" || bare === "P") && (passwordFlagToolAt ??= line.search(PASSWORD_FLAG_TOOLS)) !== -1 && passwordFlagToolAt < match.index) || (bare === "w" && (ldapToolAt ??= line.search(LDAP_TOOLS)) !== -1 && ldapToolAt < match.index);
    // A bare `--secret` (docker, podman, buildx) takes the name of a stored secret: only a random value is one.
    // Flags whose value is a password though their name says nothing of it: Redis's, and the value
    // a secret store keeps (`az keyvault secret set --value`, `databricks secrets put-secret
    // --string-value`, `az functionapp keys set --key-value`; SECRET_STORE_COMMAND).
    // (`-storepass`, `-keypass`, `-srcstorepass`…: keytool's and jarsigner's key store passwords.)
    const passwordByCommand = /^(?:requirepass|masterauth|(?:src|dest)?(?:store|key)pass)$/i.test(bare) || ((bare === "value" || bare === "string-value" || bare === "key-value") && (storesSecret ??= storesSecretValue(line)));
    if (GPG_KEY_ID_FLAG.test(bare) || SECRETLESS_SWITCH.test(bare)) continue;
    const strength = isPasswordShortFlag || passwordByCommand ? "password" : /^secrets?$/i.test(bare) ? "key" : secretStrength(bare);
    if (!strength) continue;
    const span: [number, number] = [...group(match, "value")!];
    // A command quoted in a C or gettext string ends its line with an escape: `-password=test\n"`.
    // (Not in a shell script, where `'…\n'` is a backslash and an n of the value.)
    const escapes = isShellScript(context.filePath) ? null : /(?:\\[nrt])+$/.exec(line.slice(...span));
    if (escapes && escapes.index > 0) span[1] -= escapes[0].length;
    const value = line.slice(...span);
    // A next flag, not a value; but after `=` (`--docker-password=-2Y1p…`) a generated password may start with `-`.
    if (value.startsWith("-") && (line[span[0] - 1] !== "=" || value.startsWith("--"))) continue;
    // mysql and its tools take the password glued (`-pS3cret`): `mysql -p orders < dump.sql` asks
    // for it and opens the database `orders`.
    // (`-p=…` is glued too: the client reads `=…` as the password.)
    if (isPasswordShortFlag && line[span[0] - 1] !== "=" && (mysqlCommandAt ??= mysqlCommands(line))(match.index)) continue;
    // PowerShell passes an expression in brackets: `-Password (Read-Host -AsSecureString)`,
    // `-Credential (New-Object …)`, `$(…)`, `@(…)`, a cast `[securestring]$x`.
    if (/^(?:[$@]?\(|\[)/.test(value)) continue;
    if (isSentenceWordAfterFlag(value, line.slice(span[1]))) continue;
    if (isHelpColumnSlot(line.slice(0, group(match, "flag")![0]), value, line.slice(span[1]))) continue;
    // `--secret` and `--token` often take the name of a stored secret (`docker service create --secret db_cert`); `-p` and `--password` take the password.
    const passwordArgument = isPasswordShortFlag || /^(?:pass(?:word|wd|phrase)?|pwd)$/i.test(bare);
    // `-p` is judged as the `--password` it stands for: `-p passwordfile` names a file, as `--password passwordfile` would.
    const judgedName = isPasswordShortFlag ? "password" : bare;
    if (acceptable({ name: judgedName, value, quoted: true, argument: passwordArgument }, strength, "text")) pushUnlessOverlapping(hits, span[0], span[1], judgedName);
  }

  const userFlag = open[GATE.userFlag] === 1 && (line.includes("-u") || line.includes("--user"));
  if (userFlag) for (const match of allMatches(USER_ONLY_FLAG, line)) {
    const span = group(match, "value")!;
    const value = line.slice(...span);
    if (looksRandom(value) && acceptable({ name: "token", value, quoted: true }, "token", "text")) pushUnlessOverlapping(hits, span[0], span[1], "apiKey");
  }

  if (userFlag && (line.includes("--user") || line.includes("-u "))) for (const match of allMatches(USER_FLAG_QUOTED_PARTS, line)) {
    let [start, end] = group(match, "value")!;
    // `{…}` marks where documentation wants a value; a random value left inside the braces is real.
    const braced = line[start] === "{" && line[end - 1] === "}";
    if (braced) [start, end] = [start + 1, end - 1];
    const value = line.slice(start, end);
    if ((!braced || looksRandom(value)) && acceptable({ name: "password", value, quoted: true }, "password", "text")) pushUnlessOverlapping(hits, start, end, "password");
  }

  if (userFlag) for (const match of allMatches(USER_FLAG, line)) {
    // vim's `system(cmd." -u ".s:Escape(…))`: the quote after `-u ` closes a string that opened
    // before it (an odd number of such quotes before the flag), and what follows is code. (In Vim
    // script a `"` that begins the line starts a comment, and is no string's.)
    const userQuote = match.groups!.q!;
    const quotesFrom = userQuote === '"' && VIM_SCRIPT.test(context.filePath) ? (/^[ \t]*"/.exec(line)?.[0].length ?? 0) : 0;
    if (userQuote !== "" && countOf(line.slice(quotesFrom, match.index), userQuote) % 2 === 1) continue;
    // git's `-u` sets an upstream (`git push -u origin stable/3.1.x:stable/3.1.x` maps branches).
    const command = line.slice(0, match.index).split(/[|;&]/).pop()!;
    if (/\bgit[ \t]/.test(command)) continue;
    // `-u ${APP_USER:-kamailio}`: a shell default, not `user:password` (the colon is inside the
    // braces). `-u ${API_USER}:…` is a user and a password.
    if (match.groups!.user!.startsWith("${") && !match.groups!.user!.includes("}")) continue;
    // Ruby's `"sudo -u #{options[:user]}"`: the colon is a symbol's, inside an interpolation still
    // open in the user, not the separator of `user:password`.
    if (/#\{[^}]*$/.test(match.groups!.user!)) continue;
    // Containers' and daemons' `-u user:group` (`docker run -u app:appgroup`, ntpd's `-u ntpsec:ntpsec`):
    // a user and a group, not a password.
    if (isUserAndGroupFlag(command)) continue;
    const span = group(match, "value")!;
    const value = line.slice(...span);
    // (A group named as its user is the usual pair, and a password equal to its user is no secret.)
    if (value === match.groups!.user) continue;
    if (acceptable({ name: "password", value, quoted: true }, "password", "text")) pushUnlessOverlapping(hits, span[0], span[1], userPasswordName(match.groups!.user!));
  }

  if (open[GATE.httpieAuth] && line.includes("-a")) for (const match of allMatches(HTTPIE_AUTH, line)) {
    const span = group(match, "value")!;
    const value = line.slice(...span);
    const colon = value.indexOf(":");
    // A user alone: HTTPie asks for the password. With a token scheme (`-A bearer`), the token.
    const token = colon < 0 && /(?:-A|--auth-type)[ \t=]+["']?bearer\b/i.test(line);
    if (colon < 0 && !token) continue;
    const secret = token ? value : value.slice(colon + 1);
    const strength = token ? "token" : "password";
    // Named for its user, as curl's `-u` is (two users' passwords are two secrets).
    const keyName = token ? "auth" : userPasswordName(value.slice(0, colon));
    if (!isDocumentationPassword(secret) && acceptable({ name: strength, value: secret, quoted: true }, strength, "text")) pushUnlessOverlapping(hits, span[0], span[1], keyName);
  }

  // (Every name CREDENTIAL_CALL knows: `PasswordAuthentication` holds none of the others.)
  if (hasParenthesis && open[GATE.credentialCall] && /Credential|DirectoryEntry|PasswordAuthentication|BasicAuth|basic_auth|[Ll]ogin|authenticate|getConnection|ssh2_auth_password|ransport\./.test(line)) for (const match of allMatches(CREDENTIAL_CALL, line)) {
    const argsSpan = group(match, "args")!;
    const password = passwordArgument(line.slice(...argsSpan), context.fileType, match[0]);
    if (password) pushUnlessOverlapping(hits, argsSpan[0] + password[0], argsSpan[0] + password[1], "password");
  }

  if (hasParenthesis && open[GATE.positionalCall] && /PDO|mysqli|Sequelize|DBI->|WiFi\.|PlainAuth|Dialer|bind_s|simple_bind|ldap_bind|ldap_sasl_bind|SMBConnection|FTP|JedisPool|S(?:sh|ftp|cp)Client|NewStaticV4|X509Certificate|pkcs12\.load|toCharArray|postgresql_password|\.bind\(/.test(line)) for (const match of allMatches(POSITIONAL_PASSWORD_CALL, line)) {
    const open = match.index + match[0].length;
    const callee = match.slice(1).find((name) => name !== undefined)!;
    const position = PASSWORD_POSITION[callee]! + (/^S(?:sh|ftp|cp)Client$/.test(callee) && /^\s*\d+\s*$/.test(argumentAt(line, open, 1)?.text ?? "") ? 1 : 0);
    const argument = argumentAt(line, open, position);
    // (Java's key store calls take the password as `"…".toCharArray()`.)
    const literal = argument && /^(?:@|[rbuf]{1,2})?(["'])((?:(?!\1)[^\\]|\\.){1,300})\1(?:\.toCharArray\(\))?$/.exec(argument.text);
    if (!argument || !literal) continue;
    // The user's name again (MinIO's documented `minioadmin`/`minioadmin`), or an anonymous FTP login's address.
    const user = position > 0 ? /^\s*(["'])(.*)\1\s*$/.exec(argumentAt(line, open, position - 1)?.text ?? "")?.[2] : undefined;
    if (user !== undefined && (user === literal[2] || /^(?:anonymous|ftp)$/i.test(user))) continue;
    const start = argument.start + argument.text.indexOf(literal[1]!) + 1;
    if (acceptable({ name: "password", value: literal[2]!, quoted: true }, "password", context.fileType)) pushUnlessOverlapping(hits, start, start + literal[2]!.length, "password");
  }

  // sbt's publishing credentials, `Credentials("realm", "host", "user", "password")`: the fourth.
  if (hasParenthesis && line.includes("Credentials") && SCALA_FILE.test(context.filePath)) for (const match of allMatches(SBT_CREDENTIALS, line)) {
    const argument = argumentAt(line, match.index + match[0].length, 3);
    const literal = argument && /^[ \t]*"([^"\\\n]{1,300})"[ \t]*$/.exec(argument.text);
    if (!argument || !literal || argumentAt(line, match.index + match[0].length, 4)) continue;
    const start = argument.start + argument.text.indexOf('"') + 1;
    if (acceptable({ name: "password", value: literal[1]!, quoted: true }, "password", context.fileType)) pushUnlessOverlapping(hits, start, start + literal[1]!.length, "password");
  }

  // (PHP_AUTH_OPTION's and AUTH_TUPLE's values are quoted.)
  if (quoted && open[GATE.auth] && line.includes("auth") && line.includes("=>")) pushPlacedValues(PHP_AUTH_OPTION, line, { name: "password", strength: "password", fileType: context.fileType }, hits);
  if (open[GATE.curlUserPassword] && line.includes("CURLOPT_USERPWD")) pushPlacedValues(CURL_USERPWD, line, { name: "password", strength: "password", fileType: context.fileType, keyName: () => "CURLOPT_USERPWD" }, hits);
  if (open[GATE.auth] && line.includes("auth(") && /[rj]edis|valkey/i.test(line)) for (const match of allMatches(REDIS_AUTH, line)) {
    if (!/[rj]edis|valkey/i.test(match.groups!.receiver!)) continue;
    const span = group(match, "value")!;
    if (acceptable({ name: "password", value: line.slice(...span), quoted: true }, "password", context.fileType)) pushUnlessOverlapping(hits, span[0], span[1], "password");
  }
  if (quoted && open[GATE.auth] && line.includes("auth")) for (const match of allMatches(AUTH_TUPLE, line)) {
    const span = group(match, "value")!;
    if (acceptable({ name: "password", value: line.slice(...span), quoted: true }, "password", context.fileType)) pushUnlessOverlapping(hits, span[0], span[1], "password");
  }

  if (open[GATE.secretStore] && hasParenthesis && /[Ss]ecret/.test(line)) for (const match of allMatches(SECRET_STORE_CALL, line)) {
    const argsSpan = group(match, "args")!;
    for (const argument of allMatches(STORED_VALUE_ARGUMENT, line.slice(...argsSpan))) {
      const span = group(argument, "value")!;
      const value = line.slice(argsSpan[0] + span[0], argsSpan[0] + span[1]);
      if (acceptable({ name: "secret", value, quoted: true }, "password", context.fileType)) pushUnlessOverlapping(hits, argsSpan[0] + span[0], argsSpan[0] + span[1], "secret");
    }
  }
  if (open[GATE.secretStore] && line.includes("SecretValue.")) pushPlacedValues(CDK_PLAIN_SECRET, line, { name: "secret", strength: "password", fileType: context.fileType }, hits);
  if (open[GATE.secretStore] && line.includes("##vso[")) pushPlacedValues(PIPELINE_SECRET_VARIABLE, line, { name: "secret", strength: "password", fileType: "text" }, hits);

  if (open[GATE.clientSecretCredential]) {
    const credential = line.includes("ClientSecretCredential") ? allMatches(CLIENT_SECRET_CREDENTIAL, line) : [];
    const kusto = /aad_?application_?key_?authentication|WithAadApplicationCredentials/i.test(line) ? allMatches(KUSTO_APPLICATION_KEY, line) : [];
    for (const match of [...credential, ...kusto]) {
      const span = group(match, "value")!;
      if (acceptable({ name: "clientSecret", value: line.slice(...span), quoted: true }, "password", context.fileType)) pushUnlessOverlapping(hits, span[0], span[1], "clientSecret");
    }
  }

  // (SETTER_WITH_LITERAL's value is quoted.)
  if (quoted && line.includes(".")) for (const match of allMatches(SETTER_WITH_LITERAL, line)) {
    const setter = match.groups!.name!.replace(/^(?:[Ss]et|[Ww]ith)(?=[A-Z])|^set_/, "");
    const name = setter[0]!.toLowerCase() + setter.slice(1);
    const strength = secretStrength(name);
    const span = group(match, "value")!;
    if (strength && acceptable({ name, value: line.slice(...span), quoted: true }, strength, context.fileType)) pushUnlessOverlapping(hits, span[0], span[1], name);
  }

  // (Every call and conversion there has a bracket: most lines that wake this rule, settings, have none.)
  if (hasParenthesis) pushSigningKeys(line, open, context, hits);

  if (open[GATE.tring] && open[GATE.quotedArgument] && line.includes("tring")) pushNamedValues(STRING_CONSTRUCTION, line, context, hits);
  if (open[GATE.assign] && line.includes("assign(")) pushNamedValues(STRING_ASSIGN, line, context, hits);

  if (open[GATE.secureString]) for (const match of [...allMatches(SECURE_STRING, line).filter(isPlainTextSecureString), ...allMatches(SECURE_STRING_PIPED, line)]) {
    const span = group(match, "value")!;
    if (acceptable({ name: "password", value: line.slice(...span), quoted: true }, "password", context.fileType)) pushUnlessOverlapping(hits, span[0], span[1], "password");
  }

  // A DSN that is a literal of its own (`"host=… password=… dbname=…"`, `"user:…@tcp(…)/db"`) is
  // the credential whole: stored as one secret. (Unquoted, where it ends is not certain.)
  if (open[GATE.libpqPassword] && line.includes("password=")) for (const match of allMatches(LIBPQ_PASSWORD, line)) {
    const span = group(match, "quoted") ?? group(match, "value")!;
    const literal = /["'`]/.test(line[match.index - 1] ?? "") || (context.fileType === "config" && isWholeSettingValue(line, match.index, match.index + match[0].length));
    if (acceptable({ name: "password", value: line.slice(...span), quoted: true }, "password", "text")) pushUnlessOverlapping(hits, span[0], span[1], "password", literal);
    // (A quoted password with blanks, `password='a b c'`, is no password to a string of prose; the
    // assignment reading may have taken it from the code around it, and it is then stored whole.)
    else if (literal && hits.length < LINEAR_OVERLAP_CHECKS) {
      const same = hits.findIndex((hit) => hit.start === span[0] && hit.end === span[1]);
      if (same !== -1) markCompound(hits, same, span[0], span[1]);
    }
  }

  if (open[GATE.goMysql] && (line.includes("@tcp") || line.includes("@unix(") || line.includes("@udp("))) for (const match of allMatches(GO_MYSQL_DSN, line)) {
    const span = group(match, "value")!;
    if (acceptable({ name: "password", value: line.slice(...span), quoted: true }, "password", "text")) pushUnlessOverlapping(hits, span[0], span[1], "password", true);
  }

  if (open[GATE.nginx] && (line.includes("_header") || line.includes("_param"))) for (const match of allMatches(NGINX_NAMED_VALUE, line)) {
    const name = match.groups!.name!;
    const span = group(match, "value")!;
    if (isSecretUnderName(name, line.slice(...span), "config")) pushUnlessOverlapping(hits, span[0], span[1], name);
  }

  if (open[GATE.serverVariable]) for (const match of allMatches(SERVER_VARIABLE, line)) {
    const name = match.groups!.nginx ?? match.groups!.apache!;
    const span = (group(match, "value") ?? group(match, "value2"))!;
    if (isSecretUnderName(name, line.slice(...span), "config")) pushUnlessOverlapping(hits, span[0], span[1], name);
  }

  // (WORDPRESS_SALT's and FRAMEWORK_SALT's values are quoted.)
  if (quoted && open[GATE.define] && line.includes("define")) for (const match of allMatches(WORDPRESS_SALT, line)) {
    const span = group(match, "value")!;
    const value = line.slice(...span);
    // Generated: 64 characters of four classes or more; `put your unique phrase here` is WordPress's placeholder.
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(value)).length;
    if (value.length >= 40 && classes >= 3 && shannonEntropy(value) >= 4 && !isPlaceholder(value)) pushUnlessOverlapping(hits, span[0], span[1], match.groups!.name!);
  }

  if (quoted && open[GATE.salt] && line.includes("alt")) {
    pushPlacedValues(FRAMEWORK_SALT, line, { name: "SECURITY_SALT", strength: "key", fileType: context.fileType, keyName: (match) => match.groups!.drupal ?? "Security.salt" }, hits);
  }

  if (open[GATE.omniauth] && line.includes(" :")) pushPlacedValues(OMNIAUTH_PROVIDER, line, { name: "clientSecret", strength: "token", fileType: context.fileType }, hits);

  pushSecretLists(line, open, context, hits);

  if (open[GATE.netUse] && /net[ \t]+user?\b/i.test(line)) for (const match of [...allMatches(NET_USE_PASSWORD_BEFORE_USER, line), ...allMatches(NET_USE_PASSWORD_AFTER_USER, line), ...allMatches(NET_USER_PASSWORD, line)]) {
    const span = group(match, "value")!;
    if (acceptable({ name: "password", value: line.slice(...span), quoted: true, argument: true }, "password", "text")) pushUnlessOverlapping(hits, span[0], span[1], "password");
  }

  if (open[GATE.userPercentPassword] && (line.includes("%") || line.includes(","))) {
    for (const match of [...allMatches(SAMBA_USER_PASSWORD, line), ...allMatches(LFTP_USER_PASSWORD, line)]) {
      const span = group(match, "value")!;
      if (acceptable({ name: "password", value: line.slice(...span), quoted: true, argument: true }, "password", "text")) pushUnlessOverlapping(hits, span[0], span[1], "password");
    }
  }

  if (open[GATE.poetry] && line.includes("poetry")) pushPlacedValues(POETRY_CREDENTIAL, line, { name: "password", strength: "password", fileType: "text", argument: true, keyName: (match) => (match.groups!.u === undefined && /pypi-token/.test(match[0]) ? "pypi-token" : "password") }, hits);
  if (open[GATE.basicEncoder] && hasParenthesis) for (const match of allMatches(BASIC_PAIR_ENCODED, line)) {
    if (match.groups!.encoder === "Buffer.from" && !line.slice(match.index, match.index + 300).includes("base64")) continue;
    if (match.groups!.encoder === "GetBytes" && (match.groups!.user === "" || !looksRandom(match.groups!.value!) || line.includes("ToBase64String"))) continue;
    if (NOT_A_USER.test(match.groups!.user!)) continue;
    const span = group(match, "value")!;
    const password = line.slice(...span);
    // As a Basic header's literal is judged (isAuthorizationCredential): ASCII, more than letters.
    if (!/[^\x20-\x7e]/.test(password) && !/^[A-Za-z]*$/.test(password) && !isDocumentationPassword(password) && acceptable({ name: "password", value: password, quoted: true }, "password", context.fileType)) pushUnlessOverlapping(hits, span[0], span[1], "password");
  }
  if (open[GATE.accounts] && line.includes("accounts") && HARDHAT_CONFIG.test(context.filePath)) for (const match of allMatches(HARDHAT_ACCOUNTS, line)) {
    const items = match.groups!.items!;
    if (!ONLY_LITERALS.test(items)) continue;
    const offset = group(match, "items")![0];
    for (const item of allMatches(LIST_LITERAL, items)) {
      const [start, end] = group(item, "value")!;
      const value = items.slice(start, end);
      if (HEX_PRIVATE_KEY.test(value) && !isPlaceholder(value)) pushUnlessOverlapping(hits, offset + start, offset + end, "accounts");
    }
  }
  if (open[GATE.htpasswd] && line.includes("htpasswd")) for (const match of allMatches(HTPASSWD_BATCH, line)) {
    if (!/-[A-Za-z]*b/.test(match.groups!.flags!)) continue;
    const span = group(match, "value")!;
    if (acceptable({ name: "password", value: line.slice(...span), quoted: true, argument: true }, "password", "text")) pushUnlessOverlapping(hits, span[0], span[1], "password");
  }

  if (open[GATE.identified]) for (const match of allMatches(SQL_IDENTIFIED_BY, line)) {
    // Prose says "identified by" too ("columns identified by \"aOrderBy\""): in lower case, SQL names the account.
    if (!match[0].startsWith("IDENTIFIED") && !SQL_ACCOUNT_STATEMENT.test(line.slice(0, match.index))) continue;
    const span = group(match, "value") ?? group(match, "bare")!;
    const value = line.slice(...span);
    // An unquoted word is as often a bind variable's or a tutorial's (`IDENTIFIED BY oracle`): only one with a digit or a symbol.
    if ((match.groups!.value !== undefined || /[^A-Za-z]/.test(value)) && acceptable({ name: "password", value, quoted: true }, "password", "text")) pushUnlessOverlapping(hits, span[0], span[1], "password");
  }

  if (open[GATE.sqlPassword]) for (const pattern of [SQL_SET_PASSWORD, SQL_ADD_LOGIN]) pushPlacedValues(pattern, line, { name: "password", strength: "password", fileType: "text" }, hits);
  if (open[GATE.redis]) pushPlacedValues(REDIS_PASSWORD_DIRECTIVE, line, { name: "password", strength: "password", fileType: "config", keyName: (match) => match.groups!.directive!.toLowerCase() }, hits);
  if (open[GATE.passwordStdin]) pushPlacedValues(ECHO_TO_PASSWORD_STDIN, line, { name: "password", strength: "password", fileType: "text", argument: true }, hits);
  if (open[GATE.secretStoreStdin] && line.includes("|")) pushHostVariables(ECHO_TO_SECRET_STORE, line, hits);
  if (open[GATE.secretStoreStdin] && line.includes("<<<")) pushHostVariables(HERE_STRING_TO_SECRET_STORE, line, hits);
  if (open[GATE.secretStoreStdin] && line.includes("env:set")) {
    for (const match of allMatches(NETLIFY_ENV_SET, line)) {
      const name = match.groups!.name!;
      const strength = secretStrength(name);
      const span = group(match, "value")!;
      if (strength && acceptable({ name, value: line.slice(...span), quoted: true, argument: true }, strength, "text")) pushUnlessOverlapping(hits, span[0], span[1], name);
    }
  }
  if (open[GATE.redisCli]) pushPlacedValues(REDIS_CLI_AUTH_FLAG, line, { name: "password", strength: "password", fileType: "text", argument: true }, hits);
  if (open[GATE.haproxy]) pushPlacedValues(HAPROXY_PASSWORD, line, { name: "password", strength: "password", fileType: "config" }, hits);
  if (open[GATE.identityServer] && hasParenthesis) pushPlacedValues(IDENTITY_SERVER_SECRET, line, { name: "clientSecret", strength: "password", fileType: context.fileType }, hits);
  if (open[GATE.jndiCredentials] && line.includes("SECURITY_CREDENTIALS")) pushPlacedValues(JNDI_SECURITY_CREDENTIALS, line, { name: "password", strength: "password", fileType: context.fileType, keyName: () => "SECURITY_CREDENTIALS" }, hits);
  if (open[GATE.plainScheme] && line.includes("{")) pushPlacedValues(PLAIN_SCHEME_PASSWORD, line, { name: "password", strength: "password", fileType: "config" }, hits);

  if (open[GATE.kotlinPair] && KOTLIN.test(context.filePath)) pushNamedValues(KOTLIN_PAIR, line, context, hits);
  if (open[GATE.headerSetValue] && line.includes("forHTTPHeaderField:")) pushNamedValues(HTTP_HEADER_SET_VALUE, line, context, hits);
  if (open[GATE.putEnv] && line.includes("put_env(")) pushNamedValues(PUT_ENV_ATOM, line, context, hits);
  if (open[GATE.stringCopy] && hasParenthesis) for (const match of allMatches(STRING_COPY, line)) {
    const name = match.groups!.dest!.replace(/^.*(?:\.|->)/, "");
    const strength = secretStrength(name);
    const span = group(match, "value")!;
    if (strength && acceptable({ name, value: line.slice(...span), quoted: true }, strength, context.fileType)) pushUnlessOverlapping(hits, span[0], span[1], name);
  }

  // A Dockerfile's ENV value is literal text, as in a configuration file.
  if (open[GATE.environmentWord] && line.includes("ENV") && isDockerfile(context.filePath)) pushNamedValues(DOCKERFILE_ENV_SPACE, line, { ...context, fileType: "config" }, hits);
  // (gpg.conf's `default-key 4952E40301FAB41A` names a public key by its id.)
  if (kinds.directives && (line.includes(" ") || line.includes("\t"))) {
    const directive = /^\s*([\w.-]+)/.exec(line)?.[1] ?? "";
    if (!GPG_KEY_ID_FLAG.test(directive) && !NGINX_PASS_DIRECTIVE.test(directive)) pushNamedValues(DIRECTIVE, line, { ...context, fileType: "config" }, hits);
  }
  return hits;
}

/**
 * The argument at `index` (0-based) of the call whose arguments start at `open` in `line`: its text
 * (trimmed) and where that starts. Commas inside quotes or brackets belong to one argument. Reads
 * at most 400 characters, and stops at the call's closing bracket.
 */
function argumentAt(line: string, open: number, index: number): { text: string; start: number } | undefined {
  let depth = 0;
  let quote = "";
  let count = 0;
  let start = open;
  const limit = Math.min(line.length, open + 400);
  for (let i = open; i < limit; i++) {
    const character = line[i]!;
    if (quote) {
      if (character === "\\") i++;
      else if (character === quote) quote = "";
    } else if (character === '"' || character === "'") quote = character;
    else if (character === "(" || character === "[" || character === "{") depth++;
    else if ((character === ")" || character === "]" || character === "}") && depth > 0) depth--;
    else if ((character === "," && depth === 0) || character === ")" || character === "]" || character === "}") {
      if (count === index) {
        const raw = line.slice(start, i);
        const text = raw.trim();
        return text ? { text, start: start + raw.indexOf(text) } : undefined;
      }
      if (character !== ",") return undefined;
      count++;
      start = i + 1;
    }
  }
  return undefined;
}

/**
 * The password among a credential call's string literals (the last one; the second of three for
 * `NetworkCredential(user, password, domain)`), if the user before it is a literal too (otherwise
 * it is not ours to judge) and it is acceptable as a password: its span in `args`. `callee` is the
 * call as matched, starting with the constructor's or function's name.
 */
function passwordArgument(args: string, fileType: FileType, callee: string): [number, number] | undefined {
  // (An empty user is a literal too: `NetworkCredential("", "…")`, as a PAT is given. An empty
  // last argument is not the password: ftplib's `login(user, password, "")` leaves its account empty.)
  const literals = [...args.matchAll(/(["'])((?:(?!\1)[^\\\n]|\\.){0,300})\1/dg)];
  if (literals.length < 2) return undefined;
  // Ember Simple Auth's `session.authenticate('authenticator:torii', 'facebook-connect')`: a first
  // argument that names an authenticator as a resolver names one (`type:name`) chooses how to log
  // in, and what follows is that authenticator's (a provider's name): a password comes after a
  // user there, as anywhere. (A generated token alone after it is still reported.)
  if (callee.startsWith("authenticate") && literals.length === 2 && RESOLVER_NAME.test(literals[0]![2]!) && /^\s*$/.test(args.slice(0, literals[0]!.index)) && !looksRandom(literals[1]![2]!)) return undefined;
  const filled = literals.filter((literal) => literal[2] !== "");
  // (AWS's Rust `Credentials::new(id, secret, token, expiry, "provider")` ends with a provider's name.)
  const password = (callee.startsWith("NetworkCredential") && literals.length === 3) || callee.startsWith("Credentials::new") ? literals[1]! : filled[filled.length - 1];
  if (!password) return undefined;
  // An argument of the call itself, not of a call inside it (`GetEnvironmentVariable("DB_PASSWORD")`).
  // (`Some(…)`: reqwest's `basic_auth` takes the password as an Option.)
  const before = args.slice(0, password.index).replace(/\bSome\($/, "");
  if (!/(?:^|,)\s*(?:@|\$|[rbuf]{1,2})?$/i.test(before)) return undefined;
  // `authenticate(network=values.get("network", "testnet"))`: the literals belong to the inner call.
  if (before.split("(").length > before.split(")").length) return undefined;
  // Doctrine's `DriverManager::getConnection(['driver' => 'pdo_sqlite', 'memory' => true])`: a
  // literal inside an array or a map given as one argument is that array's key or item, named
  // there (the named-value rules read `'password' => '…'`), not the call's own last argument.
  if (before.split("[").length > before.split("]").length || before.split("{").length > before.split("}").length) return undefined;
  return acceptable({ name: "password", value: password[2]!, quoted: true }, "password", fileType) ? password.indices![2]! : undefined;
}

/**
 * A credential constructor's call, whose arguments may run over several lines; and JDBC's
 * `DriverManager.getConnection(url, user, "…")`, which formatters write one argument a line.
 */
const CREDENTIAL_CONSTRUCTOR = new RegExp(`\\b(?:${[...CREDENTIAL_CONSTRUCTORS, "DriverManager\\.getConnection"].join("|")})[ \\t]*\\(`, "g");
/** A .netrc entry over several lines: `machine host`, then `login user`, then `password value`. */
const NETRC_ENTRY = /machine[ \t]+\S{1,253}(?:\s{1,100}(?:login|account|port)[ \t]+\S{1,200}){0,3}\s{1,100}password[ \t]+(?<value>[^\s"'`]{1,200})/dy;
/** Jenkins prints the initial admin password, 32 hex digits, after this sentence at first start. */
const JENKINS_SETUP = "password to proceed to installation";
const JENKINS_PASSWORD = /[:.\s*]{0,200}(?<value>[0-9a-f]{32})(?![0-9A-Za-z])/dy;
/** A property list's entry: `<key>APIKey</key>`, then (on the next line, as Xcode writes it) `<string>…</string>`. */
const PLIST_ENTRY = /<key>(?<name>[^<\n]{1,100})<\/key>\s{0,200}<string>(?<value>[^<\s]{4,400})<\/string>/dy;

/**
 * Passwords whose name is on another line than the value. The rule sees the whole text, but each
 * match starts on a line holding one of its keywords: it looks only at those lines when told
 * which (on every edit of a long document, a search of the whole text would cost more than the
 * rest of the scan).
 */
function findAcrossLines(text: string, context: RuleContext, wokenAt?: readonly number[]): RuleHit[] {
  const hits: RuleHit[] = [];
  const starts = wokenAt ?? [0];
  for (const start of starts) {
    const newline = wokenAt ? text.indexOf("\n", start) : -1;
    const line = text.slice(start, newline === -1 ? text.length : newline);
    findFromLine(text, start, line, context, hits);
  }
  let commandsReadUntil = 0;
  for (const start of wokenAt ?? lineStartsOf(text)) {
    if (start >= commandsReadUntil && continuesOnNextLine(text, lineEndOf(text, start))) commandsReadUntil = pushContinuedCommand(text, start, commandsReadUntil, context, hits);
  }
  return hits;
}

// --- Values wrapped onto the next line ------------------------------------------------------
// Formatters put a long literal on a line of its own after the `=` (Prettier's `export const apiKey =`
// then `  '…';`, the same in Java, C#, Kotlin, and Python's `DB_PASSWORD = (` then `"…"`), and
// after an object member's or a JSON key's `:` (Prettier's `webhookSigningSecret:` then `  "…",`).
// The literal is read with its name, as the line rule reads `name = "…"` and `name: "…"`.

/** A secret word, then the rest of a name and `=`, `= (` or a hash's `=>` last on its line (the keyword ends where this is tried). */
// (Each run of blanks follows a character it needs: a line of blanks is read once, not in every split.)
const NAME_THEN_ASSIGNMENT_AT_LINE_END = new RegExp(String.raw`[\w.$-]{0,80}["'\]]{0,2}${OPTIONAL_TYPE_ANNOTATION}[ \t]*(?::?=|=>)[ \t]*(?:\([ \t]*)?\r?$`, "my");
/** The same with a member's or key's `:` (`"apiSecret":`, `apiSecret:`), or an XML element's opening tag (`<password>`). */
const NAME_THEN_COLON_OR_TAG_AT_LINE_END = /[\w.$-]{0,80}(?:["']?[ \t]*:[ \t]*(?:\([ \t]*)?|>[ \t]*)$/my;
/** The same with a Kotlin property's getter on the next line (`val apiToken: String`, then `get() = …`). */
const NAME_THEN_GETTER_ON_NEXT_LINE = /[\w.$-]{0,80}(?:[ \t]*:[ \t]*[\w.<>?]{1,60})?[ \t]*\r?\n[ \t]*get\(\)[ \t]*=/y;
function nameEndsLineWithAssignment(text: string, end: number): boolean {
  NAME_THEN_ASSIGNMENT_AT_LINE_END.lastIndex = end;
  if (NAME_THEN_ASSIGNMENT_AT_LINE_END.test(text)) return true;
  NAME_THEN_COLON_OR_TAG_AT_LINE_END.lastIndex = end;
  if (NAME_THEN_COLON_OR_TAG_AT_LINE_END.test(text)) return true;
  NAME_THEN_GETTER_ON_NEXT_LINE.lastIndex = end;
  return NAME_THEN_GETTER_ON_NEXT_LINE.test(text);
}
/** `=` (not `==`, `<=`, `!=`…), maybe with `(`, last on the line; or a PHP, Perl or Ruby hash's `=>` after its key. */
const ASSIGNMENT_AT_LINE_END = /(?<![=!<>])=[ \t]*(?:\([ \t]*)?\r?$|[\w"'][ \t]*=>[ \t]*\r?$/;
/**
 * A name and `:` (not `::`), maybe with `(`, last on the line: an object member's, a JSON or YAML
 * key's. (Python's `if token:` and `else:` end so too, but no literal alone is their next line.)
 */
const MEMBER_NAME_AT_LINE_END = /(?<!:)[\w$"'\]]:[ \t]*(?:\([ \t]*)?$/;
/** A literal alone on its line, maybe with the statement's end: `  '…';`, `"…",`, `"…")`. */
const LITERAL_LINE = /^[ \t]*(?:[rbuf]{1,2}|@)?(["'`])[^"'`\\\n]{1,300}\1[ \t]*(?:[;,)][ \t]*)?\r?$/;
/** A line that goes on with the expression before it: a literal concatenated (Python's `"…"` next to `"…"`, `+ "…"`) or a method called (`.trim()`). */
const CONTINUES_EXPRESSION = /^[ \t]*(?:[rbuf]{1,2}|@)?["'`+.]/;

/** The literal on the line after `line` (which ends in `=` or a name's `:`), judged with the name before it. */
function pushWrappedValue(text: string, lineStart: number, line: string, context: RuleContext, hits: RuleHit[]): void {
  const nextStart = lineStart + line.length + 1;
  if (nextStart >= text.length) return;
  const next = text.slice(nextStart, lineEndOf(text, nextStart));
  if (!LITERAL_LINE.test(next)) return;
  const afterStart = nextStart + next.length + 1;
  // In brackets, the literal must close them, itself or on the line after: `(` then two literals
  // is Python's implicit concatenation, of which this would be one part.
  if (/\([ \t]*\r?$/.test(line) && !/\)[ \t]*\r?$/.test(next)) {
    if (!/^[ \t]*\)/.test(text.slice(afterStart, afterStart + 200))) return;
  }
  // Without an end of its own (`,`, `;`), the literal may be one part of the value: so too when the next line goes on with it.
  if (!/[;,)][ \t]*$/.test(next) && CONTINUES_EXPRESSION.test(text.slice(afterStart, afterStart + 200))) return;
  // One line of the same length, what follows the `=` or `:` blanked (a `(`, the line end): the offsets stay the text's.
  // (A hash's `=>` stays whole.)
  const equals = Math.max(line.lastIndexOf("="), line.lastIndexOf(":"), line.lastIndexOf("=>") + 1);
  const joined = `${line.slice(0, equals + 1)}${" ".repeat(line.length - equals - 1)} ${next}`;
  pushJoinedHits(joined, line.length + 1, lineStart, "password", context, hits);
}

/**
 * What the line rule finds in `joined`, lines read as one whose offsets stay the text's from
 * `lineStart`, that starts at `from` or later (on the line the value is on): named by the rule, else
 * by `name`.
 */
function pushJoinedHits(joined: string, from: number, lineStart: number, name: string, context: RuleContext, hits: RuleHit[]): void {
  for (const hit of findInLine(joined, context)) {
    if (hit.start >= from) pushUnlessOverlapping(hits, lineStart + hit.start, lineStart + hit.end, hit.keyName ?? name);
  }
}

/** A Kotlin property's declaration that ends its line, `val apiToken: String` (its getter below it). */
const PROPERTY_DECLARATION_LINE = /\b(?:val|var)[ \t]+[A-Za-z_]\w{0,80}(?:[ \t]*:[ \t]*[\w.<>?]{1,60})?[ \t]*\r?$/;
/** A getter alone on its line with a literal: `    get() = "…"`. */
const GETTER_LINE = /^[ \t]*get\(\)[ \t]*=[ \t]*"/;

/**
 * A Kotlin property whose getter is on the line below its declaration, as long declarations are
 * written (`val apiToken: String`, then `    get() = "…"`): read as the line rule reads the two
 * joined, the line break blanked so the offsets stay the text's.
 */
function pushGetterOnNextLine(text: string, lineStart: number, line: string, context: RuleContext, hits: RuleHit[]): void {
  const nextStart = lineStart + line.length + 1;
  if (nextStart >= text.length) return;
  const next = text.slice(nextStart, lineEndOf(text, nextStart));
  if (!GETTER_LINE.test(next)) return;
  pushJoinedHits(`${line.replace(/\r$/, " ")} ${next}`, line.length + 1, lineStart, "password", context, hits);
}

/** A line that opens with `??` and a literal: the default of what the line before it ends with. */
const DEFAULT_OPERATOR_LINE = /^[ \t]*\?\?[ \t]*@?["']/;

/** `??` first on its line (the rule's keyword, see DEFAULT_OPERATOR_LINE). */
function opensLine(text: string, end: number): boolean {
  let at = end - "??".length - 1;
  while (at >= 0 && (text[at] === " " || text[at] === "\t")) at--;
  return at < 0 || text[at] === "\n";
}

/**
 * A lookup's default on the line after its read, as a formatter or a long line's author breaks it
 * before the operator (`Environment.GetEnvironmentVariable("DB_PASSWORD")` then `    ?? "…";`):
 * read as the line rule reads the two joined, under the name read.
 */
function pushDefaultOnOwnLine(text: string, lineStart: number, line: string, context: RuleContext, hits: RuleHit[]): void {
  if (lineStart === 0) return;
  const previousStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  // One line of the same length, the line break blanked: the offsets stay the text's.
  const previous = text.slice(previousStart, lineStart - 1).replace(/\r$/, " ");
  const found: RuleHit[] = [];
  pushLookupDefaults(`${previous} ${line}`, context, found);
  for (const hit of found) if (hit.start > previous.length) pushUnlessOverlapping(hits, previousStart + hit.start, previousStart + hit.end, hit.keyName ?? "password");
}

/** An XML element's opening tag last on its line (`<password>`): its text may be the next line. */
const ELEMENT_OPEN_AT_LINE_END = /<(?<name>[A-Za-z_][\w.-]{0,60})>[ \t]*$/;
/** One word alone on its line: an element's text. */
const ELEMENT_TEXT_LINE = /^[ \t]*(?<value>[^<>\s]{1,300})[ \t]*$/;

/**
 * An element whose text is on a line of its own (`<password>`, `    …`, `</password>`, as an
 * App.config or a pretty-printed XML file may have it), read as the line rule reads
 * `<password>…</password>`: the tags moved up to the text, the offsets kept.
 */
function pushElementTextOnOwnLine(text: string, lineStart: number, line: string, context: RuleContext, hits: RuleHit[]): void {
  const open = ELEMENT_OPEN_AT_LINE_END.exec(line);
  if (!open) return;
  const nextStart = lineStart + line.length + 1;
  const next = text.slice(nextStart, lineEndOf(text, nextStart));
  const value = ELEMENT_TEXT_LINE.exec(next);
  if (!value) return;
  const closeStart = nextStart + next.length + 1;
  const closeTag = `</${open.groups!.name!}>`;
  if (!text.slice(closeStart, closeStart + 200).trimStart().startsWith(closeTag)) return;
  const openTag = `<${open.groups!.name!}>`;
  const valueAt = nextStart - lineStart + next.indexOf(value.groups!.value!);
  const joined = `${" ".repeat(valueAt - openTag.length)}${openTag}${value.groups!.value!}${closeTag}`;
  pushJoinedHits(joined, valueAt, lineStart, open.groups!.name!, context, hits);
}

// --- Calls whose arguments run over several lines --------------------------------------------
// Formatters write a long call one argument a line: `mysqli_connect(` then `"host",`, `"user",`,
// `"…",`; `auth=(` then the pair; `new Sequelize(` then the database, user and password. The line
// rule reads such a call joined, each line end blanked so offsets stay the text's, as it reads the
// call on one line. (Credential constructors have their own reader, CREDENTIAL_CONSTRUCTOR's.)

/** Lower-case pieces of the calls whose password is a positional argument (the line rule's). */
// (`add_argument(`, `.option(`, `field(`: an argparse or click option's default and a pydantic
// `Field(` or dataclass `field(` default, which formatters put on a line of their own; `getenv(`,
// `environ.get(`: black's `os.getenv(\n    "API_KEY",\n    "…",\n)`, a read's default.)
const CALL_OVER_LINES_KEYWORDS = [...POSITIONAL_CALL_KEYWORDS, "login(", "authenticate(", "auth=(", "auth = (", "basicauth(", "basic_auth(", "ftp_login(", "ssh2_auth_password(", "credentials.basic(", "credentials::new(", "add_argument(", ".option(", "field(", "getenv(", "environ.get("];
/** A call longer than this (lines, characters) is left to the line rule, line by line. */
const CALL_OVER_LINES_LINES = 12;
const CALL_OVER_LINES_LENGTH = 800;

/** A line that opens a call this much before its end is not one a formatter wrapped. */
const CALL_OPENED_BEFORE_LINE_END = 400;

/** How many more `(` than `)` the line from `start` to its end holds (parentheses in strings count too). */
function openParenthesesToLineEnd(text: string, start: number, limit = Infinity): number | undefined {
  let depth = 0;
  let at = start;
  for (; at < text.length && text[at] !== "\n"; at++) {
    if (at - start >= limit) return undefined;
    if (text[at] === "(") depth++;
    else if (text[at] === ")") depth--;
  }
  return depth;
}
/** A call's keyword wakes the rule only where the call's arguments go on past its line. */
function callGoesOnPastLine(text: string, end: number): boolean {
  // Bounded: a long line of such keywords (minified text) would otherwise be read to its end from each.
  const depth = openParenthesesToLineEnd(text, end, CALL_OPENED_BEFORE_LINE_END);
  return depth !== undefined && (text[end - 1] === "(" ? 1 : 0) + depth > 0;
}

/** The call that `line` opens and does not close, read joined up to its closing parenthesis. */
function pushCallOverLines(text: string, lineStart: number, line: string, context: RuleContext, hits: RuleHit[]): void {
  let depth = openParenthesesToLineEnd(line, 0) ?? 0;
  if (depth <= 0) return;
  const lineEnds = [lineStart + line.length];
  let end = -1;
  const limit = Math.min(text.length, lineStart + CALL_OVER_LINES_LENGTH);
  for (let at = lineStart + line.length + 1; at < limit && end === -1; at++) {
    const char = text[at];
    if (char === "(") depth++;
    else if (char === ")" && --depth === 0) end = at + 1;
    else if (char === "\n" && lineEnds.push(at) > CALL_OVER_LINES_LINES) return;
  }
  if (end === -1) return;
  const joined = text.slice(lineStart, end).replace(/[\r\n]/g, " ");
  // What a line shows alone is the line rule's own finding; the first line's too.
  const lineOf = (offset: number): [number, number] | undefined => {
    const index = lineEnds.findIndex((lineEnd) => offset < lineEnd);
    return index <= 0 ? undefined : [lineEnds[index - 1]! + 1, lineEnds[index]!];
  };
  // (rustfmt writes lettre's `Credentials::new(` with each `"…".to_owned()` on a line of its own.)
  for (const hit of [...findInLine(joined, context), ...findInPlainCalls(joined, context)]) {
    const start = lineStart + hit.start;
    const own = lineOf(start);
    if (!own || lineStart + hit.end > own[1]) continue;
    const alone = findInLine(text.slice(own[0], own[1]), context);
    if (alone.some((other) => own[0] + other.start < lineStart + hit.end && start < own[0] + other.end)) continue;
    pushUnlessOverlapping(hits, start, lineStart + hit.end, hit.keyName ?? "password");
  }
}

// --- A command's flags as YAML list items --------------------------------------------------------
// Compose's and Kubernetes' `command:` or `args:` written one item a line: `- --requirepass` then
// `- "…"`. The pair is read as the command line it stands for: the flag moved up to one blank
// before the value, the rest blanked, offsets kept.

/** `- --requirepass`, `- "--password"`: a list item that is one flag (its keyword ends where this is tried). */
const FLAG_ITEM_LINE = /^([ \t]*)-[ \t]+(["']?)(--?[A-Za-z][\w-]{0,40})\2[ \t]*\r?$/;
const FLAG_ITEM_KEYWORDS = ["- --", '- "--', "- '--", "- -p"];
/** The rest of a flag item's line after its keyword: the flag's name and its quote, and nothing more. */
const FLAG_ITEM_REST = /[\w-]{0,40}["']?[ \t]*\r?$/my;
function endsFlagItem(text: string, end: number): boolean {
  FLAG_ITEM_REST.lastIndex = end;
  return FLAG_ITEM_REST.test(text);
}

/** The value item on the line after a flag item, read with the flag as one command line. */
function pushFlagItemValue(text: string, lineStart: number, line: string, context: RuleContext, hits: RuleHit[]): void {
  const item = FLAG_ITEM_LINE.exec(line);
  if (!item) return;
  const nextStart = lineStart + line.length + 1;
  if (nextStart >= text.length) return;
  const next = text.slice(nextStart, lineEndOf(text, nextStart));
  // The next item of the same list, not a flag itself.
  const value = new RegExp(`^${item[1]}-[ \t]+(?!-)`).exec(next);
  if (!value) return;
  const flag = item[3]!;
  const valueAt = line.length + 1 + value[0].length;
  const joined = `${" ".repeat(valueAt - 1 - flag.length)}${flag} ${next.slice(value[0].length)}`;
  pushJoinedHits(joined, valueAt, lineStart, flag.replace(/^-+/, ""), context, hits);
}

// --- Commands continued over lines ---------------------------------------------------------
// A command continued with a `\` at each line's end is one command: `az keyvault secret set --name
// db \` with `--value "…"` on the next line, `mysql -u app \` with `-p…` below. The line rule reads
// the command joined, each `\` and line end blanked so offsets stay the text's; what it finds on a
// continuation line, or on the first line of `echo "…" | \`, is added unless that line alone shows
// it (then it is the line rule's own finding).

/** A command longer than this (lines, characters) is left to the line rule, line by line. */
const CONTINUED_COMMAND_LINES = 30;
const CONTINUED_COMMAND_LENGTH = 4000;

/** True when the line that ends at `lineEnd` ends in a `\` that continues it (not an escaped `\\`). */
function continuesOnNextLine(text: string, lineEnd: number): boolean {
  const end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
  return lineEnd < text.length && text[end - 1] === "\\" && text[end - 2] !== "\\";
}

/**
 * Reads the command that goes on at `wokenAt`'s line end, from its first line (not before `readUntil`,
 * where the last one read ended: each line is read once); returns where it ends.
 */
function pushContinuedCommand(text: string, wokenAt: number, readUntil: number, context: RuleContext, hits: RuleHit[]): number {
  let first = wokenAt;
  for (let n = 0; n < CONTINUED_COMMAND_LINES && first > readUntil && continuesOnNextLine(text, first - 1); n++) first = text.lastIndexOf("\n", first - 2) + 1;
  const lines: [start: number, end: number][] = [];
  for (let start = first; lines.length < CONTINUED_COMMAND_LINES; ) {
    const end = lineEndOf(text, start);
    lines.push([start, end]);
    if (!continuesOnNextLine(text, end)) break;
    start = end + 1;
  }
  const commandEnd = lines[lines.length - 1]![1];
  if (lines.length < 2 || commandEnd - first > CONTINUED_COMMAND_LENGTH) return commandEnd;
  const joined = lines.map(([start, end], index) => (index === lines.length - 1 ? text.slice(start, end) : `${text.slice(start, end).replace(/\\\r?$/, (mark) => " ".repeat(mark.length))} `)).join("");
  // What each line shows alone, read once per line however many values it holds.
  const alone = new Map<[number, number], RuleHit[]>();
  for (const hit of findInLine(joined, context)) {
    const start = first + hit.start;
    const end = first + hit.end;
    const line = lines.find(([lineStart, lineEnd]) => lineStart <= start && start < lineEnd);
    if (!line || end > line[1]) continue;
    let own = alone.get(line);
    if (!own) alone.set(line, (own = findInLine(text.slice(line[0], line[1]), context)));
    if (own.some((other) => line[0] + other.start < end && start < line[0] + other.end)) continue;
    pushUnlessOverlapping(hits, start, end, hit.keyName ?? "password");
  }
  return commandEnd;
}

/** Matches of {@link findAcrossLines} that start in `line`, which begins at `lineStart` in `text`. */
function findFromLine(text: string, lineStart: number, line: string, context: RuleContext, hits: RuleHit[]): void {
  if (line.includes("(")) for (const match of allMatches(SIGNING_KEY_SINK_OF_VARIABLE, line)) pushSigningKeyOfVariable(text, lineStart + match.index, match.groups!.name!, context, hits);
  CREDENTIAL_CONSTRUCTOR.lastIndex = 0;
  for (let match = CREDENTIAL_CONSTRUCTOR.exec(line); match; match = CREDENTIAL_CONSTRUCTOR.exec(line)) {
    const open = lineStart + match.index + match[0].length;
    // Bounded: a search to the end of the text for each call would cost the square of its length.
    const window = text.slice(open, open + 600);
    const close = window.indexOf(")");
    const args = close === -1 ? window : window.slice(0, close);
    // Each character is read once: the next call is looked for after these arguments.
    CREDENTIAL_CONSTRUCTOR.lastIndex = open + args.length - lineStart;
    // One line is the line rule's: here only calls whose arguments run over several lines.
    if (!args.includes("\n")) continue;
    const password = passwordArgument(args, context.fileType, match[0]);
    if (password) pushUnlessOverlapping(hits, open + password[0], open + password[1], "password");
  }
  // .netrc keywords and Jenkins' message are lower case as written: no need to lower-case the text.
  for (let at = line.indexOf("machine"); at !== -1; at = line.indexOf("machine", at + 7)) {
    if (at > 0 && !/\s/.test(line[at - 1]!)) continue;
    NETRC_ENTRY.lastIndex = lineStart + at;
    const match = NETRC_ENTRY.exec(text);
    if (!match || !match[0].includes("\n")) continue;
    const [start, end] = match.indices!.groups!.value!;
    if (acceptable({ name: "password", value: text.slice(start, end), quoted: true }, "password", "text")) pushUnlessOverlapping(hits, start, end, "password");
  }
  for (let at = line.indexOf("<key>"); at !== -1; at = line.indexOf("<key>", at + 5)) {
    PLIST_ENTRY.lastIndex = lineStart + at;
    const match = PLIST_ENTRY.exec(text);
    if (!match) continue;
    const name = match.groups!.name!;
    const strength = secretStrength(name);
    const [start, end] = match.indices!.groups!.value!;
    // A property list's values are data, as a configuration file's are.
    if (strength && acceptable({ name, value: text.slice(start, end), quoted: true }, strength, "config")) pushUnlessOverlapping(hits, start, end, name);
  }
  if (opensListAtEnd(line)) pushSecretListItems(text, lineStart, line, context, hits);
  if (context.fileType === "code" && line.includes("(")) pushCallOverLines(text, lineStart, line, context, hits);
  if (line.includes("- ")) pushFlagItemValue(text, lineStart, line, context, hits);
  // (A `:` also where values are data: a JSON or YAML key's value on the next line.)
  if (((context.fileType === "code" && ASSIGNMENT_AT_LINE_END.test(line)) || MEMBER_NAME_AT_LINE_END.test(line)) && !isShellScript(context.filePath)) pushWrappedValue(text, lineStart, line, context, hits);
  if (line.includes(">")) pushElementTextOnOwnLine(text, lineStart, line, context, hits);
  if (context.fileType === "code" && DEFAULT_OPERATOR_LINE.test(line)) pushDefaultOnOwnLine(text, lineStart, line, context, hits);
  if (KOTLIN.test(context.filePath) && PROPERTY_DECLARATION_LINE.test(line)) pushGetterOnNextLine(text, lineStart, line, context, hits);
  for (let at = line.indexOf(JENKINS_SETUP); at !== -1; at = line.indexOf(JENKINS_SETUP, at + 1)) {
    JENKINS_PASSWORD.lastIndex = lineStart + at + JENKINS_SETUP.length;
    const match = JENKINS_PASSWORD.exec(text);
    if (!match) continue;
    const [start, end] = match.indices!.groups!.value!;
    if (!isPlaceholder(text.slice(start, end))) pushUnlessOverlapping(hits, start, end, "initialAdminPassword");
  }
}

/**
 * A list of keys opened at the end of `line` and written one item a line, as formatters write a
 * long one: Django's `SECRET_KEY_FALLBACKS = [`, Koa's `app.keys = [`, express-session's `secret: [`.
 * SECRET_LIST reads the same list on one line; its names and judgement apply here.
 */
function pushSecretListItems(text: string, lineStart: number, line: string, context: RuleContext, hits: RuleHit[]): void {
  // (The name and operator are just before the bracket: a long line is not read from its start.)
  const open = SECRET_LIST_OPEN.exec(line.slice(-SECRET_LIST_OPEN_MOST));
  if (!open) return;
  const name = open.groups!.name!;
  const strength = secretListStrength(name);
  if (!strength) return;
  let at = lineStart + line.length + 1;
  for (let item = 0; item < SECRET_LIST_MOST_LINES && at < text.length; item++) {
    const newline = text.indexOf("\n", at);
    const end = newline === -1 ? text.length : newline;
    const itemLine = text.slice(at, end);
    const literal = LIST_ITEM_LINE.exec(itemLine);
    if (literal) {
      const [start, stop] = literal.indices!.groups!.value!;
      if (acceptable({ name, value: itemLine.slice(start, stop), quoted: true }, strength, context.fileType)) pushUnlessOverlapping(hits, at + start, at + stop, name);
    } else if (!/^[ \t]*(?:(?:#|\/\/).*)?\r?$/.test(itemLine) && !LIST_EXPRESSION_ITEM_LINE.test(itemLine)) {
      // The list's end (`]`), or text that is no item of it.
      return;
    }
    at = end + 1;
  }
}

/** Whether the last character of `line` before blanks is `[`: a list whose items follow on the next lines. */
function opensListAtEnd(line: string): boolean {
  let last = line.length - 1;
  while (last >= 0 && (line[last] === " " || line[last] === "\t" || line[last] === "\r")) last--;
  return line[last] === "[";
}

/** How much of a line's end can hold SECRET_LIST_OPEN's name, operator and bracket. */
const SECRET_LIST_OPEN_MOST = 120;
/** SECRET_LIST's name and operator, and the list's opening bracket last on the line. */
const SECRET_LIST_OPEN = /(?<![\w$])(?<name>[A-Za-z_$][\w$.]{0,80})["']?[ \t]*(?:=|:|=>)[ \t]*\[[ \t]*\r?$/;
/** One item on a line of its own: a quoted literal, then maybe a comma and a comment. */
const LIST_ITEM_LINE = /^[ \t]*(?<q>["'`])(?<value>[^"'`\\\n]{1,300})\k<q>[ \t]*,?[ \t]*(?:(?:#|\/\/).*)?\r?$/d;
/** An item that is an expression (`process.env.SESSION_SECRET!,`): the list goes on after it. */
const LIST_EXPRESSION_ITEM_LINE = /^[ \t]*[^\s\]})#/][^\n]{0,300},[ \t]*\r?$/;
/** Lists of keys are short (a current key and the ones before it): the rest of a long list is data. */
const SECRET_LIST_MOST_LINES = 20;

/**
 * A signing key given to SIGNING_KEY_SINK_OF_VARIABLE's call (at `callAt`) by a variable: the
 * literal that the variable's last assignment before the call gives it (literalAssignedBefore),
 * judged as a key given to the call itself is.
 */
function pushSigningKeyOfVariable(text: string, callAt: number, variable: string, context: RuleContext, hits: RuleHit[]): void {
  const literal = literalAssignedBefore(text, callAt, variable, LITERAL_ASSIGNMENT_AT);
  if (literal && isSigningSecret("secret", text.slice(...literal), context.fileType)) pushUnlessOverlapping(hits, literal[0], literal[1], variable);
}

/**
 * A literal (its text from `start` to `end`) in PHP's or Perl's double quotes with `$name` or
 * `{$name}` in it: the language fills the variable in. (`\$` is a dollar sign: `"Kq7\$mTz9"` is
 * how such a password is written.)
 */
function isFilledInWhenRun(line: string, start: number, end: number, filePath: string): boolean {
  return line[start - 1] === '"' && /(?<!\\)\$\{?[A-Za-z_]/.test(line.slice(start, end)) && doubleQuotesInterpolate(filePath);
}

/** A label as a choice shows it: a capitalised word, then words of letters (`Resource owner password-based`). */
const CHOICE_LABEL = /^[A-Z][a-z]+(?:[ ][A-Za-z][a-z]*(?:-[a-z]+)*)+$/;
/**
 * One choice in brackets whose label spells its value (`('implicit', 'Implicit')`, `("client-credentials",
 * "Client credentials")`), as choices are most often written.
 */
const CHOICE_PAIR = /\([ \t]*(["'])(?<value>[a-z][a-z_-]{0,80})\1[ \t]*,[ \t]*(["'])(?<label>[A-Z][a-z]*(?:[ ][A-Za-z][a-z]*)*)\3[ \t]*\)/g;

/**
 * Whether the pair whose name's quote is at `nameQuote` and whose value ends at `valueEnd` is a
 * choice of a model's field: Django's `choices=[('implicit', 'Implicit'), ('password', 'Resource
 * owner password-based')]`, the value stored and the label shown for it. The pair is in brackets
 * of its own, its value reads as a label, and the line says choices or holds a choice whose label
 * spells its value. (A list of settings pairs names with values, `[('user', 'Bob'), ('password',
 * '…')]`: no label there spells its name.)
 */
function isChoiceLabel(line: string, nameQuote: number, valueEnd: number, value: string): boolean {
  if (!CHOICE_LABEL.test(value) || !/\([ \t]*$/.test(line.slice(Math.max(0, nameQuote - 10), nameQuote)) || !/^["'][ \t]*\)/.test(line.slice(valueEnd, valueEnd + 10))) return false;
  if (/\bchoices\b/i.test(line)) return true;
  const spelled = (words: string) => words.toLowerCase().replace(/[ _-]/g, "");
  return allMatches(CHOICE_PAIR, line).some((pair) => spelled(pair.groups!.value!) === spelled(pair.groups!.label!));
}

/** A tuple assignment's literals under names that say secret, each judged as `name = "…"` would be. */
function pushTupleValues(tuple: readonly TupleMember[], line: string, context: RuleContext, hits: RuleHit[]): void {
  for (const member of tuple) {
    if (member.valueStart === undefined) continue;
    const name = member.name.replace(/^[$@]/, "");
    const strength = secretStrength(name);
    const value = line.slice(member.valueStart, member.valueEnd);
    if (isFilledInWhenRun(line, member.valueStart, member.valueEnd!, context.filePath)) continue;
    if (strength && acceptable({ name, value, quoted: true }, strength, context.fileType)) pushUnlessOverlapping(hits, member.valueStart, member.valueEnd!, name);
  }
}

/** Words that every name saying secret holds (lower case): what wakes the rules that read names. */
export const SECRET_NAME_KEYWORDS: readonly string[] = ["pass", "pw", "secret", "token", "key", "auth", "cred", "psk", "mnemonic", "phrase", "pepper", "erlangcookie", "erlang_cookie"];

/** A keyword end test: the keyword ends a word (no letter or digit follows). */
function endsWord(text: string, end: number): boolean {
  return !/[A-Za-z0-9]/.test(text[end] ?? "");
}

/** The secret words that wake the multi-line rule for a value on the next line ("secret" wakes it already, for lists). */
const WRAPPED_VALUE_KEYWORDS = SECRET_NAME_KEYWORDS.filter((keyword) => keyword !== "secret");

export const GENERIC_RULES: readonly ScannerRule[] = [
  {
    id: "generic/named-secret",
    title: "Hardcoded secret",
    kind: "secret",
    evidenceIsName: true,
    docsUrl: DOCS,
    // Command-line tools whose flags carry a password without a secret word (curl -u, mysql -p).
    // (`bearer`, `basic `: a header's value as a literal of its own, `"Bearer …"`, `"Basic " + "…"`, see AUTHORIZATION_LITERAL.)
    // (`@tcp(`, `@unix(`, `@udp(`: the Go MySQL driver's DSN, `user:password@tcp(…)`, names nothing.)
    // (`_salt`: WordPress's `LOGGED_IN_SALT` and `NONCE_SALT`, CakePHP's `SECURITY_SALT`; `security.salt`,
    // `setsalt(`: CakePHP's other ways to it; `htpasswd`: its batch mode, `-b`.)
    // (`login(`: CREDENTIAL_CALL's `server.login("user", "…")`, smtplib's and others', which names no secret;
    // `transport.connect`, `transport.send`: JavaMail's `transport.connect(host, user, "…")` and
    // `Transport.send(message, user, "…")`.)
    // (`provider :`, `omniauth :`: OMNIAUTH_PROVIDER's strategies, a client id and secret without a name.)
    // (`--password-stdin`, `redis-cli`: a password echoed into a registry login, and redis-cli's `-a`.)
    // (`-pw `: PuTTY's plink, pscp and psftp, and kadmin's addprinc, take the password so.)
    // (`hmac`, `signwith`, `cookieparser`, `textencoder`, `jwt…`: SIGNING_KEY_SINK's calls, most of which name no secret.)
    // (`directoryentry`: CREDENTIAL_CALL's `new DirectoryEntry(path, user, "…")`, which names no secret either.)
    // (`{plain}`, `{clear`: PLAIN_SCHEME_PASSWORD's `user:{PLAIN}…` lines.)
    // (`rpcclient`, `smbcacls`, `smbget`, `smbmap`, `lftp`: SAMBA_USER_PASSWORD's and LFTP_USER_PASSWORD's tools.)
    // (`cookie`: SESSION_COOKIE's headers and flags.)
    // (`snmp-server`: Cisco IOS's `snmp-server community …`, see SNMP_COMMUNITY.)
    // (`default_signer`: Joken's (Elixir's) signing secret, a name with no secret word in it.)
    // (`:%s@`, `:{}@`, `:{1}@`: a URL's password put in by a format, see formattedSecretArguments.)
    keywords: [...SECRET_NAME_KEYWORDS, "bearer", "basic ", "cookie", ...POSITIONAL_CALL_KEYWORDS, "identified", "@tcp", "@unix(", "@udp(", "_salt", "security.salt", "setsalt(", "login(", "htpasswd", ...SIGNING_KEY_SINK_KEYWORDS, "getconnection", "transport.connect", "transport.send", "curl", "wget", "--user", "-u ", " -a ", "-pw ", "psexec", "sshpass", "mysql", "mongo", "runas", "net use", "smbclient", "rpcclient", "smbcacls", "smbget", "smbmap", "lftp", "sshclient", "sftpclient", "scpclient", "ftp(", "ftp_tls(", "newstaticv4", "jedispool", "authenticationheadervalue", "curlopt_userpwd", "http-basic.", "pypi-token.", "btoa", "b64encode", "tobase64string", "encodetostring", "encode64", "getbytes(", "tostring(\"base64\")", "tostring('base64')", "accounts:", "ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldappasswd", "ldapwhoami", "ldapcompare", "ldapmodrdn", "ldapexop", "connect-viserver", "sqlcmd", "convertto-securestring", ...REGISTRY_LOGINS, "server create", "server update", "sql mi create", "sql mi update", "provider :", "omniauth :", "--password-stdin", "redis-cli", "directoryentry", "{plain}", "{clear", "env add", "env:set", "pat", "sp_addlogin", "snmp-server", "default_signer", "defaultsigner", ...FORMATTED_URL_PASSWORD_KEYWORDS],
    keywordEnd: isNotKeyOfAnotherWord,
    // (`pat` only where a word ends with it, as `GITHUB_PAT`, `$pat`, `azure_devops_pat` do: `path`
    // and `pattern` are on every other line of code.)
    keywordEnds: new Map([["pat", endsWord]]),
    find: findInLineAndArgumentLists,
  },
  {
    id: "generic/multiline-secret",
    title: "Hardcoded password over several lines",
    kind: "secret",
    evidenceIsName: true,
    docsUrl: DOCS,
    // (`keys`, `secret`, `fallbacks`: the names of lists of keys written one item a line, see pushSecretListItems.)
    // (`\\` at a line's end: a command continued on the next line, see pushContinuedCommand.)
    // (`??` first on its line: a lookup's default below its read, see pushDefaultOnOwnLine.)
    keywords: [...CREDENTIAL_CONSTRUCTORS.map((name) => name.toLowerCase()), "drivermanager.getconnection", "??", "machine", JENKINS_SETUP, "</key>", ...SIGNING_KEY_SINK_OF_VARIABLE_KEYWORDS, "keys", "secret", "fallbacks", "\\", ...WRAPPED_VALUE_KEYWORDS, ...CALL_OVER_LINES_KEYWORDS, ...FLAG_ITEM_KEYWORDS],
    keywordEnd: (text, end) => text[end - 1] !== "\\" || end === text.length || text[end] === "\n" || (text[end] === "\r" && text[end + 1] === "\n"),
    // (A secret word wakes the rule only in a name that ends its line with `=`: see pushWrappedValue.)
    // (A call's keyword, only where the call goes on past its line: see pushCallOverLines. A flag
    // item's, only where the flag is alone on its line: see pushFlagItemValue.)
    keywordEnds: new Map([["??", opensLine] as const, ...WRAPPED_VALUE_KEYWORDS.map((keyword) => [keyword, nameEndsLineWithAssignment] as const), ...CALL_OVER_LINES_KEYWORDS.map((keyword) => [keyword, callGoesOnPastLine] as const), ...FLAG_ITEM_KEYWORDS.map((keyword) => [keyword, endsFlagItem] as const)]),
    scope: "text",
    find: findAcrossLines,
  },
];
