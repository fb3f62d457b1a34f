// streep studio in a real browser, as a member of staff uses it: type an
// organisation-centred sign, see it reworded and previewed, reject one
// change and see the preview follow, download the PDF; by keyboard alone;
// and an axe-core audit of each state. Screenshots go to the output folder.
//
// node flow.mjs URL OUTPUT_FOLDER   (tests/browser.rs runs it)

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { chromium } from "playwright-core";

const [url, out] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const TIMEOUT = 15_000;

function check(condition, what) {
  if (!condition) throw new Error(`failed: ${what}`);
  console.log(`ok: ${what}`);
}

/** The page's violations that axe-core rates serious or critical. */
async function audit(page, state) {
  // Evaluated through the DevTools protocol, which the page's CSP allows.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () =>
    window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }),
  );
  const bad = result.violations.filter((v) => ["serious", "critical"].includes(v.impact));
  for (const violation of bad) {
    console.log(`${state}: ${violation.id} (${violation.impact}): ${violation.help}`);
    for (const node of violation.nodes.slice(0, 3)) console.log(`  ${node.target.join(" ")}`);
  }
  check(bad.length === 0, `no serious or critical accessibility violation ${state}`);
}

/** The SVG of the last preview the page received. */
let lastPreview = "";

/** Waits until the last preview satisfies `test`. */
async function previewWhere(test, what) {
  const until = Date.now() + TIMEOUT;
  while (Date.now() < until) {
    if (test(lastPreview)) {
      check(true, what);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  check(false, `${what} (last preview: ${lastPreview.slice(0, 300)})`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  const context = await browser.newContext({
    acceptDownloads: true,
    locale: "en-GB",
    viewport: { width: 1400, height: 1000 },
  });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("response", async (response) => {
    if (response.url().endsWith("/api/preview") && response.ok()) {
      // A preview the page has already replaced may be gone before its body
      // is read: only a body that arrives counts.
      try {
        lastPreview = (await response.json()).svg;
      } catch {
        // superseded
      }
    }
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(url);
  await page.getByRole("heading", { name: "Your sign" }).waitFor({ timeout: TIMEOUT });
  await audit(page, "on an empty page");
  await page.screenshot({ path: join(out, "empty.png"), fullPage: true });

  // Type an organisation-centred sign: the wording and the preview follow.
  await page.getByLabel("What should the sign say?").fill("Gelieve achter de streep te wachten");
  const typed = Date.now();
  const marked = page.locator("#marked");
  await page.waitForFunction(
    () => document.getElementById("marked").textContent === "Wilt u vóór de streep wachten?",
    null,
    { timeout: TIMEOUT },
  );
  check(true, "the sign is reworded as typed");
  await page.waitForFunction(
    () => !document.getElementById("preview").hidden,
    null,
    { timeout: TIMEOUT },
  );
  await previewWhere((svg) => svg.includes("<title>Wilt u vóór de streep wachten?</title>"), "the preview shows the new wording");
  console.log(`preview after the last keystroke: ${Date.now() - typed} ms (measured, not a limit)`);
  check((await page.locator("#changes li").count()) >= 2, "every change is listed with its reason");
  check((await page.locator("#score-after").textContent()).includes(": 100 / 100"), "the score after is shown");
  await audit(page, "with a reworded sign");
  await page.screenshot({ path: join(out, "reworded.png"), fullPage: true });

  // Reject the request rule: "Gelieve" stays, the line stays on the customer's side.
  const gelieve = page.locator("#changes li", { hasText: "officialese" });
  await gelieve.getByRole("button", { name: "Keep the original" }).click();
  await page.waitForFunction(
    () => document.getElementById("marked").textContent === "Gelieve vóór de streep te wachten",
    null,
    { timeout: TIMEOUT },
  );
  check(true, "a rejected change keeps the original words");
  await previewWhere((svg) => svg.includes("<title>Gelieve vóór de streep te wachten</title>"), "the preview follows the rejected change");
  check(await marked.isVisible(), "the chosen wording is shown");

  // A second language, reworded in its own language.
  await page.locator("#second-lang").selectOption("en");
  await page.locator("#second").fill("Please wait behind the line");
  await page.waitForFunction(
    () => document.getElementById("second-wording").textContent.includes("in front of the line"),
    null,
    { timeout: TIMEOUT },
  );
  await previewWhere((svg) => svg.includes("<title>Gelieve vóór de streep te wachten</title>") && svg.length > 0, "the bilingual preview follows");
  await page.locator("#second-lang").selectOption("");

  // Download the PDF.
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: TIMEOUT }),
    page.getByRole("button", { name: "PDF for the printer" }).click(),
  ]);
  const pdf = join(out, download.suggestedFilename());
  await download.saveAs(pdf);
  check(download.suggestedFilename().endsWith(".pdf"), `the PDF is downloaded as ${download.suggestedFilename()}`);
  console.log(`pdf: ${pdf}`);

  // A floor sticker, in Dutch, by keyboard alone.
  await page.getByRole("button", { name: "Nederlands" }).click();
  await page.getByRole("heading", { name: "Uw bord" }).waitFor({ timeout: TIMEOUT });
  await page.locator("#text").focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Verboden toegang voor onbevoegden");
  await page.waitForFunction(
    () => document.getElementById("marked").textContent !== "" &&
      !document.getElementById("marked").textContent.startsWith("Gelieve"),
    null,
    { timeout: TIMEOUT },
  );
  // Tab from the text to the kind of sign, choose a round floor sticker.
  let reached = false;
  for (let step = 0; step < 40 && !reached; step += 1) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.id === "template");
  }
  check(reached, "the kind of sign is reached with Tab");
  await page.keyboard.press("End");
  await page.locator("#template").selectOption("round");
  await previewWhere((svg) => svg.includes("<svg") && !svg.includes('width="210mm"'), "the preview follows the kind of sign");
  let onDownload = false;
  for (let step = 0; step < 60 && !onDownload; step += 1) {
    await page.keyboard.press("Tab");
    onDownload = await page.evaluate(() => document.activeElement?.dataset?.download === "pdf");
  }
  check(onDownload, "the download button is reached with Tab");
  const [sticker] = await Promise.all([
    page.waitForEvent("download", { timeout: TIMEOUT }),
    page.keyboard.press("Enter"),
  ]);
  await sticker.saveAs(join(out, sticker.suggestedFilename()));
  check(true, `the sticker is downloaded by keyboard as ${sticker.suggestedFilename()}`);
  await audit(page, "in Dutch with a sticker");
  await page.screenshot({ path: join(out, "sticker-nl.png"), fullPage: true });

  // A consultant compares a client's signs, and downloads the sheet.
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { name: "Your sign" }).waitFor({ timeout: TIMEOUT });
  await page.getByLabel("The signs, one a line").fill(
    "Gelieve achter de streep te wachten\nVerboden toegang voor onbevoegden\nWelkom!",
  );
  await page.getByLabel("Client (optional)").fill("Apotheek De Linde");
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  await page.locator("#compare-table tbody tr").nth(2).waitFor({ timeout: TIMEOUT });
  check((await page.locator("#compare-summary").textContent()).startsWith("3 signs, 2 reworded"), "the comparison is shown in the page");
  await audit(page, "with a comparison");
  const [sheet] = await Promise.all([
    page.waitForEvent("download", { timeout: TIMEOUT }),
    page.getByRole("button", { name: "Sheet as PDF" }).click(),
  ]);
  await sheet.saveAs(join(out, "compare.pdf"));
  check(sheet.suggestedFilename() === "compare.pdf", "the sheet is downloaded as a PDF");
  // A list saved by Notepad in Windows-1252 reads as it was meant.
  await page.locator("#compare-file").setInputFiles({
    name: "borden.txt",
    mimeType: "text/plain",
    buffer: Buffer.from([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" gesloten\nWacht hier\n")]),
  });
  await page.waitForFunction(() => document.getElementById("compare-signs").value.startsWith("Café gesloten"), null, {
    timeout: TIMEOUT,
  });
  // The table still shows the last comparison until the new one is back.
  await page.waitForFunction(
    () => document.getElementById("compare-summary").textContent.startsWith("2 signs"),
    null,
    { timeout: TIMEOUT },
  );
  check(true, "a chosen file of signs is compared");
  await page.locator("#compare-heading").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, "compare.png"), fullPage: true });

  // A chain uploads its branch list, sees the bad row named, gets the signs.
  await page.locator("#batch-file").setInputFiles({
    name: "branches.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "branch;headline;footer\nUtrecht;Gelieve hier te wachten;Apotheek Utrecht\n" +
        "Zeist;Wacht hier ☕;Apotheek Zeist\nBunnik;Verboden toegang;Apotheek Bunnik\n",
    ),
  });
  await page.locator("#batch-table tbody tr").nth(2).waitFor({ timeout: TIMEOUT });
  const badRow = await page.locator("#batch-table tbody tr").nth(1).textContent();
  check(badRow.includes("U+2615"), "the bad row is named with its problem");
  check((await page.locator("#batch-summary").textContent()).startsWith("3 rows: 2 ready, 1 with a problem"), "the rows are counted");
  await audit(page, "with a branch list");
  const [signs] = await Promise.all([
    page.waitForEvent("download", { timeout: TIMEOUT }),
    page.getByRole("button", { name: "All signs as one PDF" }).click(),
  ]);
  await signs.saveAs(join(out, "signs.pdf"));
  check(signs.suggestedFilename() === "signs.pdf", "the branch signs are downloaded as one PDF");
  console.log(`signs: ${join(out, "signs.pdf")}`);
  await page.locator("#batch-heading").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(out, "batch.png"), fullPage: true });

  check(problems.length === 0, `no script errors (${problems.join("; ")})`);
} finally {
  await browser.close();
}
