import type { FileType } from "./types";

/**
 * Translation files: under `locales/`, `i18n/`, `lang/`… or named by a locale (`de.json`,
 * `messages_fr.properties`, `Strings.de-DE.resx`, Android's `values-es/strings.xml`). Their values
 * are what the user interface says, `"password": "Kennwort"` among them.
 */
/** Folders that hold translations by their name. */
// (`msgs`: ejabberd's `priv/msgs/es.msg`, one file of `{"Password","Contraseña"}.` pairs a language.)
const TRANSLATION_FOLDER_NAMES = "locales?|i18n|l10n|lang|langs|languages|locali[sz]ations?|translations?|msgs";
// (Apple's `Danish.lproj/`, `de.lproj/`: a bundle's localized resources, Localizable.strings among them.)
const TRANSLATION_FOLDER = new RegExp(`(?:^|[/\\\\])(?:${TRANSLATION_FOLDER_NAMES}|values-[a-z]{2}(?:-r[A-Z]{2})?|[\\w-]+\\.lproj)[/\\\\]`, "i");
const LOCALE = "(?:en|de|fr|es|it|pt|nl|sv|da|fi|nb|nn|pl|cs|sk|hu|ro|bg|el|tr|ru|uk|ja|ko|zh|ar|he|hi|th|vi|id|ms|ca|et|lv|lt|sl|hr|sr|fa|bn|ta)";
/**
 * A file named by a locale with a region (`en-US.json`, `pt_BR.yml`), or by a locale after a name
 * that says translations (`messages_fr.properties`, `Strings.de-DE.resx`). A bare `es.yml` or
 * `application-it.yml` (a Spring profile) says nothing.
 */
const LOCALE_FILE_NAME = new RegExp(
  `(?:^|[/\\\\])(?:${LOCALE}[-_][A-Z]{2}|(?:messages|strings|resources|translations?|texts|labels|locale|i18n)[._-]${LOCALE}(?:[-_][A-Z]{2})?)\\.(?:json|ya?ml|properties|resx|strings|xlf|xliff|arb|toml|po)$`,
  "i",
);
/**
 * Java's resource bundles: a base name, then a language and maybe a country
 * (`LocalStrings_zh_CN.properties`, `Messages_cs.properties`), which ResourceBundle looks up by
 * the user's locale. Also as H2 names its console's (`_text_pt_br.prop`): a `_` before the base
 * name, the `.prop` extension, the country in lower case, and Java's own older codes for
 * Indonesian, Hebrew and Yiddish (`in`, `iw`, `ji`), which `Locale` still gives.
 */
const JAVA_LOCALE = `(?:${LOCALE}|in|iw|ji)`;
const RESOURCE_BUNDLE_NAME = new RegExp(`(?:^|[/\\\\])_?[A-Za-z][A-Za-z0-9]*_${JAVA_LOCALE}(?:_(?:[A-Z]{2}|[a-z]{2}))?\\.prop(?:erties)?$`);
/**
 * …and their base bundles, the default language's text, named for what they hold
 * (`ValidationMessages.properties`, `XMLSchemaMessages.properties`, `LocalStrings.properties`).
 */
const BASE_BUNDLE_NAME = /(?:^|[/\\])(?:[A-Za-z0-9]*(?:Messages|Strings|Labels|Texts)|messages|strings|labels)\.properties$/;

/**
 * VS Code's localization files: an extension's `package.nls.json` and its translations
 * (`package.nls.de.json`), and the built workbench's `nls.keys.json`, `nls.messages.json` and
 * `nls.metadata.json`. They hold the interface's messages or the keys that look them up
 * (`chat.memory.local`, `agents.voice.language.de`: dotted words that read as host names).
 */
const VSCODE_NLS_FILE = /(?:^|[/\\])(?:package\.)?nls(?:\.[\w-]+){0,2}\.json$/;

/** Translation files are data: `lang/db.py` is code, whatever its folder. */
export function isTranslationFile(filePath: string, fileType: FileType): boolean {
  // Asked for every line of a file: the path's verdict is kept until another file is asked about.
  if (lastTranslationVerdict?.filePath === filePath && lastTranslationVerdict.fileType === fileType) return lastTranslationVerdict.translations;
  const translations = fileType === "code" ? LOCALE_FOLDER_IN_TRANSLATIONS.test(filePath) : TRANSLATION_FOLDER.test(filePath) || LOCALE_FILE_NAME.test(filePath) || VSCODE_NLS_FILE.test(filePath) || LANGUAGE_NAMED_STRINGS.test(filePath) || RESOURCE_BUNDLE_NAME.test(filePath) || BASE_BUNDLE_NAME.test(filePath);
  lastTranslationVerdict = { filePath, fileType, translations };
  return translations;
}
let lastTranslationVerdict: { readonly filePath: string; readonly fileType: FileType; readonly translations: boolean } | undefined;
/** The two-letter language codes (ISO 639-1): a folder so named is a locale's, `src/` or `api/` is not. */
const ISO_639_1 = "(?:aa|ab|ae|af|ak|am|an|ar|as|av|ay|az|ba|be|bg|bh|bi|bm|bn|bo|br|bs|ca|ce|ch|co|cr|cs|cu|cv|cy|da|de|dv|dz|ee|el|en|eo|es|et|eu|fa|ff|fi|fj|fo|fr|fy|ga|gd|gl|gn|gu|gv|ha|he|hi|ho|hr|ht|hu|hy|hz|ia|id|ie|ig|ii|ik|io|is|it|iu|ja|jv|ka|kg|ki|kj|kk|kl|km|kn|ko|kr|ks|ku|kv|kw|ky|la|lb|lg|li|ln|lo|lt|lu|lv|mg|mh|mi|mk|ml|mn|mr|ms|mt|my|na|nb|nd|ne|ng|nl|nn|no|nr|nv|ny|oc|oj|om|or|os|pa|pi|pl|ps|pt|qu|rm|rn|ro|ru|rw|sa|sc|sd|se|sg|si|sk|sl|sm|sn|so|sq|sr|ss|st|su|sv|sw|ta|te|tg|th|ti|tk|tl|tn|to|tr|ts|tt|tw|ty|ug|uk|ur|uz|ve|vi|vo|wa|wo|xh|yi|yo|za|zh|zu)";
/**
 * Languages with no two-letter code whose translations projects ship (Asturian, Filipino, Sorani,
 * Kabyle, Cantonese…): a three-letter folder is a locale's only if it is one of these, since
 * `lang/api/` and `lang/src/` are not.
 */
const THREE_LETTER_LOCALES = "(?:ast|ckb|dsb|fil|fur|gsw|haw|hsb|kab|ksh|lij|mai|nds|sah|sco|szl|tzl|vec|yue|zgh)";
/**
 * Code that holds translations, one folder or file per locale: DokuWiki's `lang/de/lang.php`
 * (`$lang['pass'] = 'Passwort';`), Roundcube's `localization/es_419/labels.inc`,
 * `localization/ast/labels.inc` and `localization/ja_JP.inc`, Adminer's `lang/bs.inc.php`. A
 * folder named `lang` alone says nothing in code (Java's `java/lang/`).
 */
const LOCALE_FOLDER_IN_TRANSLATIONS = new RegExp(
  `(?:^|[/\\\\])(?:${TRANSLATION_FOLDER_NAMES})[/\\\\](?:(?:${ISO_639_1}|${THREE_LETTER_LOCALES})(?:[-_][A-Za-z0-9]{2,8})?[/\\\\]|${ISO_639_1}(?:[-_][A-Za-z]{2})?(?:\\.\\w+){1,2}$)`,
);
/**
 * A strings file named by a bare language, maybe with a region or script and a variant
 * (`af-ZA.strings`, `eo.strings`, `sr@latin.strings`), as GNUstep's and AbiWord's `NAME="text"`
 * files are: `.strings` is a localisation format, and a file of it named for a language holds that
 * language's interface text. (LOCALE_FILE_NAME asks for a region or a translation word beside the
 * locale, since a bare `es.yml` says nothing; the `.strings` extension says it here.)
 */
const LANGUAGE_NAMED_STRINGS = new RegExp(`(?:^|[/\\\\])(?:${ISO_639_1}|${THREE_LETTER_LOCALES})(?:[-_][A-Za-z]{2,4})?(?:@[a-z]+)?\\.strings$`);
/**
 * A label: words of letters in any script, with spaces and a sentence's punctuation (full-width
 * too), and no digit (`¿Olvidaste la contraseña?`, `Mizmak：`).
 */
const TRANSLATED_LABEL = /^[¿¡«"(]?[\p{L}][\p{L}\p{M} '’.:,;!?¿¡()«»"/：，。！？、-]*$/u;
/**
 * …or text with a letter of a script other than Latin (`上記データベースに接続するパスワード（…）`,
 * Thai, Khmer, Cyrillic): no generator writes it. Or a message with its parameters and line breaks
 * (`\n%s`, `$1`, `{0}`): what the code fills in.
 */
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const MESSAGE_PARAMETER = /\\n|%\d?\$?[sd]|\$\d|\{\d+\}/;

/**
 * Whether a value is a label with a word in an East Asian script (`携带Cookie`, `API 비밀번호`):
 * letters and a sentence's punctuation, no digit. Anywhere, not only in a translation file: Han,
 * kana and Hangul are typed through an input method, which password fields turn off, and a
 * generator draws digits and symbols; such a word beside a borrowed Latin one is what an interface
 * says (a locale's messages kept in code, `locales/Upload.js`). (A Cyrillic or Greek word is typed
 * as Latin is: `proxy-пароль` may be a password.)
 */
export function isEastAsianLabel(value: string): boolean {
  return EAST_ASIAN_LETTER.test(value) && TRANSLATED_LABEL.test(value);
}
const EAST_ASIAN_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Java's `.properties` files write letters outside Latin-1 as escapes: `Has\u0142o:` is `Hasło:`. */
const UNICODE_ESCAPE = /\\u([0-9A-Fa-f]{4})/g;

/** Whether a value in a translation file is what the interface says (see TRANSLATED_LABEL). */
export function isTranslatedText(value: string): boolean {
  // (A `#` before the text marks it as not translated yet, the default language's words kept: H2's
  // `tools.decryptionPassword=#Decryption password`.)
  const unmarked = value.startsWith("#") ? value.slice(1) : value;
  const text = unmarked.includes("\\u") ? unmarked.replace(UNICODE_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : unmarked;
  return TRANSLATED_LABEL.test(text) || NON_LATIN_LETTER.test(text) || MESSAGE_PARAMETER.test(text);
}
