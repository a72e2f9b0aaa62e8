// ConfigurationStore over the real, unmodified AppConfigurationClient of @azure/app-configuration,
// authenticated with a token credential (never an access key: keys in settings or files leak).
import { AppConfigurationClient, type ConfigurationSetting as SdkSetting } from "@azure/app-configuration";
import {
  describeSetting,
  isKeyVaultReferenceContentType,
  KEY_VAULT_REFERENCE_CONTENT_TYPE,
  type ConfigurationSetting,
  type ConfigurationStore,
  type SettingFilter,
  type DeleteOptions,
  type SettingInput,
  type ReferenceWriteOptions,
  type WriteOptions,
} from "./configuration-store";
import { clientSetup, type AzureConnection } from "./connection";
import { requireEndpoint, type EndpointPolicy } from "./endpoints";
import { toAzureError, type AccessNeeded, type AzureOperation } from "./errors";
import type { Cancellable } from "./secret-store";
import { parseSecretUri } from "./secret-uri";

/** The `uri` of a Key Vault reference's value, or undefined for anything else. */
export function keyVaultReferenceUri(contentType: string | undefined, value: string | undefined): string | undefined {
  if (!isKeyVaultReferenceContentType(contentType) || value === undefined) return undefined;
  try {
    const uri = (JSON.parse(value) as { uri?: unknown }).uri;
    return typeof uri === "string" ? uri : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A key or label as it must reach the URL. The SDK (1.12) puts both into it unencoded, so `&`, `#`,
 * `?`, `+` and `%` are read as URL syntax (label `R&D` reaches the service as `R`) and `.`/`..`
 * segments of a key are resolved away (`a/../Orders` becomes `Orders`). Encoded, as the .NET SDK
 * sends them, the service decodes them back; the SDK leaves `%XX` as it is.
 * package.json pins the SDK: 1.13 encodes keys itself, and encoding twice would name other keys.
 * The contract suite's special-character test fails if the two disagree.
 */
function onTheWire(text: string): string;
function onTheWire(text: string | undefined): string | undefined;
function onTheWire(text: string | undefined): string | undefined {
  return text === undefined ? undefined : encodeURIComponent(text);
}

/** `null` (only settings without a label) is NUL on the wire; `*`, `,` and `\` keep their filter meaning. */
export function labelFilterOf(filter: SettingFilter): string | undefined {
  return filter.label === null ? "\0" : onTheWire(filter.label);
}

function toSetting(setting: SdkSetting): ConfigurationSetting {
  return {
    key: setting.key,
    label: setting.label ?? undefined,
    value: setting.value ?? undefined,
    contentType: setting.contentType ?? undefined,
    tags: { ...setting.tags },
    etag: setting.etag,
    lastModified: setting.lastModified,
    readOnly: setting.isReadOnly ?? false,
    keyVaultSecretUri: keyVaultReferenceUri(setting.contentType ?? undefined, setting.value ?? undefined),
  };
}

export class AppConfigurationStore implements ConfigurationStore {
  constructor(
    private readonly client: AppConfigurationClient,
    readonly endpoint: string,
    readonly storeName: string,
    private readonly policy: EndpointPolicy,
  ) {}

  static open(endpointUrl: string, connection: AzureConnection): AppConfigurationStore {
    const policy: EndpointPolicy = { allowLoopback: connection.localEmulator !== undefined };
    const endpoint = requireEndpoint(endpointUrl, "appConfiguration", policy);
    const { credential, options } = clientSetup(endpoint, connection);
    return new AppConfigurationStore(new AppConfigurationClient(endpoint.url, credential, options), endpoint.url, endpoint.name, policy);
  }

  async getSetting(key: string, label?: string, options: Cancellable = {}): Promise<ConfigurationSetting | undefined> {
    try {
      return toSetting(await this.client.getConfigurationSetting({ key: onTheWire(key), label: onTheWire(label) }, { abortSignal: options.signal }));
    } catch (error) {
      const translated = toAzureError(error, this.operation("read", describeSetting(key, label)));
      if (translated.kind === "notFound") return undefined;
      throw translated;
    }
  }

  setSetting(setting: SettingInput, options: WriteOptions = {}): Promise<ConfigurationSetting> {
    return this.call("write", describeSetting(setting.key, setting.label), async () => {
      const { value, contentType } = setting;
      const key = onTheWire(setting.key);
      const label = onTheWire(setting.label);
      const tags = setting.tags && { ...setting.tags };
      const { onlyIf, signal: abortSignal } = options;
      // add sends If-None-Match: *; onlyIfUnchanged sends If-Match with the etag. Either answers 412.
      if (onlyIf === "absent") return toSetting(await this.client.addConfigurationSetting({ key, label, value, contentType, tags }, { abortSignal }));
      if (onlyIf) return toSetting(await this.client.setConfigurationSetting({ key, label, value, contentType, tags, etag: onlyIf.etag }, { abortSignal, onlyIfUnchanged: true }));
      return toSetting(await this.client.setConfigurationSetting({ key, label, value, contentType, tags }, { abortSignal }));
    });
  }

  async *listSettings(filter: SettingFilter = {}, options: Cancellable = {}): AsyncIterable<ConfigurationSetting> {
    try {
      const settings = this.client.listConfigurationSettings({ keyFilter: onTheWire(filter.key), labelFilter: labelFilterOf(filter), abortSignal: options.signal });
      for await (const setting of settings) yield toSetting(setting);
    } catch (error) {
      throw toAzureError(error, this.operation("read", "the list of settings"));
    }
  }

  async *listLabels(options: Cancellable = {}): AsyncIterable<string | undefined> {
    try {
      // The null label arrives as `name: null`.
      for await (const label of this.client.listLabels({ abortSignal: options.signal })) yield label.name ?? undefined;
    } catch (error) {
      throw toAzureError(error, this.operation("read", "the list of labels"));
    }
  }

  deleteSetting(key: string, label?: string, options: DeleteOptions = {}): Promise<boolean> {
    return this.call("write", describeSetting(key, label), async () => {
      const { onlyIf, signal: abortSignal } = options;
      const id = { key: onTheWire(key), label: onTheWire(label) };
      const response = onlyIf
        ? await this.client.deleteConfigurationSetting({ ...id, etag: onlyIf.etag }, { abortSignal, onlyIfUnchanged: true })
        : await this.client.deleteConfigurationSetting(id, { abortSignal });
      return response.statusCode === 200;
    });
  }

  async setKeyVaultReference(key: string, label: string | undefined, secretUri: string, options: ReferenceWriteOptions = {}): Promise<ConfigurationSetting> {
    // The reference's vault passes the same endpoint rules as any vault URL.
    parseSecretUri(secretUri, this.policy);
    const { tags, ...write } = options;
    return this.setSetting({ key, label, value: JSON.stringify({ uri: secretUri }), contentType: KEY_VAULT_REFERENCE_CONTENT_TYPE, tags }, write);
  }

  private operation(access: AccessNeeded, subject: string): AzureOperation {
    return { service: "appConfiguration", resource: this.storeName, subject, access };
  }

  private async call<T>(access: AccessNeeded, subject: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw toAzureError(error, this.operation(access, subject));
    }
  }
}
