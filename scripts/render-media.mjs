// Renders the README and marketplace images from the real UI (not part of the build):
//   media/icon.png            from media/icon.svg
//   media/screenshot.png      the sample workspace in VS Code (code-server) with the extension loaded:
//                             squiggles on a secret, its hover, and the Problems panel.
//   media/vault-explorer.png  the Vaults view on the sample workspace mapped to the local emulator,
//                             whose secrets are seeded with past dates: badges and health warnings.
//   media/quick-fix.png       the quick fixes on a connection string's password in appsettings.json,
//                             the sample workspace mapped to the emulator's vaults.
// Needs the offline VS Code (scripts/setup-code-server.sh) and a prior `npm run build`.
//   node scripts/render-media.mjs [icon] [screenshot] [vault-explorer] [quick-fix]   (default: all)
import * as fs from "node:fs";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath, projectRoot, startCodeServer } from "./code-server.mjs";
import { startEmulatorProcess } from "./emulator-process.mjs";

const media = path.join(projectRoot, "media");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const wanted = process.argv.slice(2);
const renders = (name) => wanted.length === 0 || wanted.includes(name);
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
try {
  if (renders("icon")) await renderIcon();
  if (renders("screenshot")) await renderScreenshot();
  if (renders("vault-explorer")) await renderVaultExplorer();
  if (renders("quick-fix")) await renderQuickFix();
} finally {
  await browser.close();
}

async function renderIcon() {
  const iconPage = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await iconPage.setContent(`<body style="margin:0;background:transparent">${fs.readFileSync(path.join(media, "icon.svg"), "utf8")}</body>`);
  await iconPage.screenshot({ path: path.join(media, "icon.png"), omitBackground: true });
  console.log("wrote media/icon.png");
}

async function renderScreenshot() {
  const server = await startCodeServer({ extraSettings: { "workbench.colorTheme": "Default Dark Modern", "editor.minimap.enabled": false } });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
    await page.goto(server.workbenchUrl({ folder: path.join(projectRoot, "samples"), extensionDevelopmentPaths: [projectRoot] }));
    await page.waitForSelector(".monaco-workbench .explorer-folders-view", { timeout: 60_000 });
    await sleep(3000);
    await page.keyboard.press("Control+P");
    await sleep(600);
    await page.keyboard.type("appsettings.json");
    await sleep(600);
    await page.keyboard.press("Enter");
    await page.waitForSelector(".monaco-editor .squiggly-warning", { timeout: 30_000 });
    await page.keyboard.press("Control+Shift+M");
    await page.waitForSelector(".markers-panel .monaco-list-row", { timeout: 15_000 });
    const rows = await page.$$eval(".markers-panel .monaco-list-row", (elements) => elements.map((element) => element.textContent));
    console.log(`problems panel rows: ${rows.length}`);
    // Hover the SendGrid key so the diagnostic's message and rule link show.
    const squiggles = await page.$$(".monaco-editor .squiggly-warning");
    const target = squiggles[squiggles.length - 1];
    const box = await target?.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await sleep(2000);
    await page.screenshot({ path: path.join(media, "screenshot.png") });
    console.log("wrote media/screenshot.png");
  } finally {
    server.stop();
    fs.rmSync(server.tmp, { recursive: true, force: true });
  }
}

/** The emulator's admin endpoint: seeds secrets with past dates and sets vault properties. */
function admin(info, method, route, body) {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = https.request(new URL(route, info.arm), { method, ca: fs.readFileSync(info.caCertPath), headers: { "content-type": "application/json", "content-length": Buffer.byteLength(text) } }, (response) => {
      response.resume();
      response.on("end", () => (response.statusCode < 300 ? resolve() : reject(new Error(`admin ${route}: ${response.statusCode}`))));
    });
    request.on("error", reject);
    request.end(text);
  });
}

/**
 * The sample workspace copied to a temporary folder and mapped to a fresh emulator (shop-dev,
 * shop-prod, shop-config), opened in code-server with the extension loaded; `seed` runs first.
 */
async function withMappedSample(seed, render) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "shmedia-"));
  const emulator = await startEmulatorProcess({ dir: path.join(tmp, "emulator"), vaults: ["shop-dev", "shop-prod"], stores: ["shop-config"] });
  try {
    const { info } = emulator;
    await seed(info);
    const workspace = path.join(tmp, "shop");
    fs.cpSync(path.join(projectRoot, "samples"), workspace, { recursive: true });
    const store = info.appConfig["shop-config"].endpoint;
    const mapping = {
      apps: [
        {
          name: "shop",
          environments: {
            development: { keyVault: info.vaults["shop-dev"], appConfiguration: { endpoint: store, label: "development" } },
            production: { keyVault: info.vaults["shop-prod"], appConfiguration: { endpoint: store, label: "production" } },
          },
        },
      ],
    };
    fs.writeFileSync(path.join(workspace, ".secrethygiene-vaults.json"), `${JSON.stringify(mapping, null, 2)}\n`);
    // The extension host inherits this from code-server: the emulator is enabled for this VS Code only.
    process.env.SECRET_HYGIENE_EMULATOR_INFO = emulator.infoFile;
    const server = await startCodeServer({ extraSettings: { "workbench.colorTheme": "Default Dark Modern", "editor.minimap.enabled": false } });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 820 } });
      await page.goto(server.workbenchUrl({ folder: workspace, extensionDevelopmentPaths: [projectRoot] }));
      await page.waitForSelector(".monaco-workbench .explorer-folders-view", { timeout: 60_000 });
      await sleep(3000);
      await render(page);
    } finally {
      server.stop();
      fs.rmSync(server.tmp, { recursive: true, force: true });
    }
  } finally {
    emulator.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function renderQuickFix() {
  await withMappedSample(
    () => Promise.resolve(),
    async (page) => {
      await page.keyboard.press("Control+P");
      await sleep(600);
      await page.keyboard.type("appsettings.json");
      await sleep(600);
      await page.keyboard.press("Enter");
      await page.waitForSelector(".monaco-editor .squiggly-warning", { timeout: 30_000 });
      await sleep(1500);
      // The first squiggle is the Orders connection string's password: put the cursor on it.
      const squiggle = (await page.$$(".monaco-editor .squiggly-warning"))[0];
      const box = await squiggle?.boundingBox();
      if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await sleep(500);
      await page.keyboard.press("Control+.");
      await page.waitForSelector(".action-widget", { timeout: 15_000 });
      await sleep(1200);
      await page.screenshot({ path: path.join(media, "quick-fix.png") });
      console.log("wrote media/quick-fix.png");
    },
  );
}

async function renderVaultExplorer() {
  const day = 86_400_000;
  const ago = (days) => new Date(Date.now() - days * day).toISOString();
  const ahead = (days) => new Date(Date.now() + days * day).toISOString();
  const seed = async (info) => {
    // Made-up values; the picture shows names and dates only.
    const seeds = [
      { name: "ConnectionStrings--Orders", createdOn: ago(140), expiresOn: ahead(20), contentType: "text/plain" },
      { name: "Jwt--SigningKey", createdOn: ago(9), expiresOn: ahead(51) },
      { name: "Legacy--FtpPassword", createdOn: ago(30), expiresOn: ahead(200), enabled: false },
      { name: "Redis--Password", createdOn: ago(20) },
      { name: "SendGrid--ApiKey", createdOn: ago(54), expiresOn: ahead(6) },
      { name: "Stripe--SecretKey", createdOn: ago(72), expiresOn: ago(12) },
    ];
    for (const entry of seeds) await admin(info, "POST", "/_emulator/vaults/shop-dev/secrets", { value: `media-${entry.name}`, ...entry });
    for (const name of ["ConnectionStrings--Orders", "Jwt--SigningKey"]) {
      await admin(info, "POST", "/_emulator/vaults/shop-prod/secrets", { name, value: `media-${name}`, createdOn: ago(3), expiresOn: ahead(57) });
    }
  };
  await withMappedSample(seed, async (page) => {
    await page.click('.activitybar .action-item a[aria-label^="Secret Hygiene"]');
    const row = (label) => page.locator(".part.sidebar .monaco-list-row", { hasText: label }).first();
    await row("shop-dev").waitFor({ timeout: 30_000 });
    await row("shop-dev").click();
    await row("Stripe--SecretKey").waitFor({ timeout: 30_000 });
    // A wider side bar, so the badges are not cut off: drag the sash at its right edge.
    const sidebar = await page.locator(".part.sidebar").boundingBox();
    for (const sash of await page.$$(".monaco-sash.vertical")) {
      const box = await sash.boundingBox();
      if (!sidebar || !box || Math.abs(box.x + box.width / 2 - (sidebar.x + sidebar.width)) > 8) continue;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 230, box.y + box.height / 2, { steps: 10 });
      await page.mouse.up();
      break;
    }
    // The health report of the workspace's vaults, in the editor.
    await page.click('.part.sidebar .actions-container a[aria-label^="Export Vault Health Report"]');
    await page.waitForSelector(".monaco-editor .view-lines", { timeout: 30_000 });
    await sleep(1500);
    await row("Stripe--SecretKey").hover();
    await sleep(2500);
    await page.screenshot({ path: path.join(media, "vault-explorer.png") });
    console.log("wrote media/vault-explorer.png");
  });
}
