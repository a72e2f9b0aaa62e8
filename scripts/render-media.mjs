// Renders the README and marketplace images from the real UI (not part of the build):
//   media/icon.png        from media/icon.svg
//   media/screenshot.png  the sample workspace in VS Code (code-server) with the extension loaded:
//                         squiggles on a secret, its hover, and the Problems panel.
// Needs the offline VS Code (scripts/setup-code-server.sh) and a prior `npm run build`.
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath, projectRoot, startCodeServer } from "./code-server.mjs";

const media = path.join(projectRoot, "media");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
try {
  const iconPage = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await iconPage.setContent(`<body style="margin:0;background:transparent">${fs.readFileSync(path.join(media, "icon.svg"), "utf8")}</body>`);
  await iconPage.screenshot({ path: path.join(media, "icon.png"), omitBackground: true });
  console.log("wrote media/icon.png");

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
} finally {
  await browser.close();
}
