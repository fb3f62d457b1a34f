// streep studio: the page. It holds the sign as the user makes it and asks
// the studio's API for everything else: the reworded text, the preview and
// the print files. No build step; every text it shows comes from the
// studio's Fluent messages.

const $ = (id) => document.getElementById(id);

/** How long the page waits after the last keystroke before it asks. */
const TYPING_PAUSE_MS = 50;

const state = {
  ui: "en",
  texts: {},
  options: null,
  /** The rewrite of the text as typed with every change (for the list of
   *  changes), the rules whose changes the user rejected, and the rewrite
   *  with those rules left out (the wording that prints). */
  rewrite: null,
  kept: new Set(),
  chosen: null,
  /** The wording as the user edited it by hand, if they did. */
  manual: null,
  previewUrl: null,
  requests: new Map(),
};

function t(id, args = {}) {
  let text = state.texts[id] ?? id;
  for (const [name, value] of Object.entries(args)) {
    // Fluent leaves a variable it was not given as "{$name}".
    text = text.replace(new RegExp(`\\{\\s*\\$${name}\\s*\\}`, "g"), () => String(value));
  }
  return text;
}

/** A request to the API; a newer one of the same kind cancels the older. */
async function api(kind, path, options = {}) {
  state.requests.get(kind)?.abort();
  const controller = new AbortController();
  state.requests.set(kind, controller);
  const headers = { "Accept-Language": state.ui, ...(options.headers ?? {}) };
  let body = options.body;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.json);
  }
  let response;
  try {
    response = await fetch(path, {
      method: options.method ?? (body === undefined ? "GET" : "POST"),
      headers,
      body,
      signal: controller.signal,
    });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new Error(t("studio-error-offline"));
  }
  if (!response.ok) {
    let message = response.statusText;
    try {
      message = (await response.json()).error ?? message;
    } catch {
      // Not JSON: the status text says what there is to say.
    }
    throw new Error(message);
  }
  return response;
}

function showError(id, error) {
  if (error?.name === "AbortError") return;
  const box = $(id);
  box.textContent = error ? error.message : "";
  box.hidden = !error;
}

function debounce(action, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), ms);
  };
}

// ---------------------------------------------------------------- texts

async function loadTexts() {
  const reply = await (await api("messages", "/api/messages")).json();
  state.texts = reply.texts;
  state.ui = reply.lang;
  $("house-style").textContent = reply.house_style;
  document.documentElement.lang = reply.lang;
  document.title = t("studio-title");
  for (const element of document.querySelectorAll("[data-t]")) {
    element.textContent = t(element.dataset.t);
  }
  for (const button of document.querySelectorAll("[data-ui-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.uiLang === state.ui));
  }
}

function option(value, text, selected = false) {
  const element = document.createElement("option");
  element.value = value;
  element.textContent = text;
  element.selected = selected;
  return element;
}

/** Fills a select, keeping its choice where it still exists. */
function fill(select, entries) {
  const chosen = select.value;
  select.replaceChildren(...entries.map(([value, text]) => option(value, text)));
  if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
}

function fillChoices() {
  const options = state.options;
  const languages = options.languages.map((code) => [code, t(`studio-lang-${code}`)]);
  fill($("sign-lang"), [["", t("studio-sign-lang-auto")], ...languages]);
  fill($("second-lang"), [["", t("studio-second-none")], ...languages]);
  // The landscape poster is the poster turned: the Landscape box chooses it.
  const kinds = options.templates.filter((tpl) => tpl.name !== "poster-landscape");
  fill($("template"), kinds.map((tpl) => [tpl.name, t(`studio-template-${tpl.name}`)]));
  fill($("size"), [["", t("studio-size-own")], ...options.papers.map((p) => [p, p]), ["custom", t("studio-size-custom")]]);
  fill($("icon"), [
    ["", t("studio-icon-auto")],
    ["none", t("studio-icon-none")],
    ...options.icons.map((name) => [name, t(`studio-icon-${name}`)]),
  ]);
}

async function loadPhrases() {
  const lang = $("sign-lang").value || state.rewrite?.lang || "nl";
  try {
    const phrases = await (await api("phrases", `/api/phrases?lang=${encodeURIComponent(lang)}`)).json();
    state.phrases = phrases;
    const label = (p) => (p.body ? `${p.headline} — ${p.body}` : p.headline);
    fill($("phrase"), [["", t("studio-phrase-none")], ...phrases.map((p) => [p.id, label(p)])]);
  } catch (error) {
    showError("wording-error", error);
  }
}

// ---------------------------------------------------------------- wording

/** The wording that prints: the user's own edit, else streep's wording
 *  without the changes the user rejected. */
function chosenWording() {
  if (state.manual !== null) return state.manual;
  return state.chosen?.output ?? $("text").value;
}

/** The chosen wording, each change's new words marked where they stand. */
function renderMarked() {
  const marked = $("marked");
  const output = state.chosen.output;
  marked.replaceChildren();
  let at = 0;
  let end = 0;
  for (const change of state.chosen.changes) {
    // A change inside one already marked is part of it.
    if (change.start < end || change.after === "") continue;
    end = change.end;
    const found = output.indexOf(change.after, at);
    if (found < 0) continue;
    marked.append(output.slice(at, found));
    const ins = document.createElement("ins");
    ins.textContent = change.after;
    marked.append(ins);
    at = found + change.after.length;
  }
  marked.append(output.slice(at));
  marked.hidden = false;
}

/** Every change streep would make, each to reject or take back. */
function renderChanges() {
  const list = $("changes");
  list.replaceChildren();
  state.rewrite.changes.forEach((change, index) => {
    const kept = state.kept.has(change.rule);
    const item = document.createElement("li");
    item.classList.toggle("kept", kept);
    const kind = document.createElement("strong");
    kind.className = "kind";
    kind.textContent = change.category;
    const what = document.createElement("span");
    what.className = "what";
    const del = document.createElement("del");
    del.textContent = change.before;
    const ins = document.createElement("ins");
    ins.textContent = change.after;
    what.append("“", del, "” → “", ins, "”");
    const reason = document.createElement("span");
    reason.className = "reason";
    reason.textContent = change.explanation;
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "secondary";
    toggle.textContent = kept ? t("studio-change-redo") : t("studio-change-undo");
    toggle.setAttribute("aria-pressed", String(kept));
    toggle.addEventListener("click", async () => {
      if (state.kept.has(change.rule)) state.kept.delete(change.rule);
      else state.kept.add(change.rule);
      state.manual = null;
      await rewriteChosen();
      $("changes").children[index]?.querySelector("button")?.focus();
    });
    item.append(kind, " ", what, reason, toggle);
    if (kept) {
      const note = document.createElement("span");
      note.className = "reason";
      note.textContent = t("studio-change-kept");
      item.append(note);
    }
    list.append(item);
  });
  $("changes-box").hidden = state.rewrite.changes.length === 0;
}

function renderAdvice() {
  const list = $("advice");
  list.replaceChildren();
  for (const finding of state.chosen.advice) {
    const item = document.createElement("li");
    const words = document.createElement("strong");
    words.textContent = `“${finding.words}”`;
    const reason = document.createElement("span");
    reason.className = "reason";
    reason.textContent = finding.message;
    item.append(words, reason);
    if (finding.suggestion) {
      const suggestion = document.createElement("span");
      suggestion.className = "reason";
      suggestion.textContent = t("studio-advice-suggestion", { suggestion: finding.suggestion });
      item.append(suggestion);
    }
    list.append(item);
  }
  $("advice-box").hidden = state.chosen.advice.length === 0;
}

/** Shows the rewrite, the user's choices, and the scores; then the preview. */
function showWording() {
  const rewrite = state.chosen;
  const empty = !rewrite || $("text").value.trim() === "";
  $("wording-empty").textContent = t("studio-wording-empty");
  $("wording-empty").hidden = !empty;
  $("marked").hidden = empty;
  $("scores").hidden = empty;
  if (empty) {
    $("changes-box").hidden = true;
    $("advice-box").hidden = true;
  } else {
    renderMarked();
    renderChanges();
    renderAdvice();
    if (state.rewrite.changes.length === 0) {
      $("wording-empty").textContent = t("studio-wording-same");
      $("wording-empty").hidden = false;
    }
  }
  const final = $("final");
  if (state.manual === null) final.value = chosenWording();
  $("final-reset").hidden = state.manual === null;
  if (!empty) scoreChosen();
  // The wording has settled: no second typing pause before the preview.
  preview();
}

async function scoreChosen() {
  const rewrite = state.rewrite;
  $("score-before").textContent = t("studio-score-before", { score: rewrite.score_before });
  $("meter-before").value = rewrite.score_before;
  let after = state.chosen.score_after;
  if (state.manual !== null) {
    try {
      const reply = await api("check", "/api/check", { json: { text: chosenWording(), lang: rewrite.lang } });
      after = (await reply.json()).score;
    } catch (error) {
      showError("wording-error", error);
      return;
    }
  }
  $("score-after").textContent = t("studio-score-after", { score: after });
  $("meter-after").value = after;
}

/** Rewrites the text as typed: every change, and the wording to print. */
async function rewriteText() {
  const text = $("text").value;
  if (text.trim() === "") {
    state.rewrite = state.chosen = null;
    showWording();
    return;
  }
  try {
    const lang = $("sign-lang").value || null;
    const reply = await api("rewrite", "/api/rewrite", { json: { text, lang } });
    state.rewrite = state.chosen = await reply.json();
    state.kept.clear();
    state.manual = null;
    showError("wording-error", null);
    showWording();
  } catch (error) {
    showError("wording-error", error);
  }
}

/** Rewrites the text again without the rules whose changes were rejected. */
async function rewriteChosen() {
  if (state.kept.size === 0) {
    state.chosen = state.rewrite;
    showWording();
    return;
  }
  try {
    const json = { text: $("text").value, lang: state.rewrite.lang, keep: [...state.kept] };
    state.chosen = await (await api("rewrite", "/api/rewrite", { json })).json();
    showError("wording-error", null);
    showWording();
  } catch (error) {
    showError("wording-error", error);
  }
}

// ---------------------------------------------------------------- design

/** The sign as the studio reads it: the JSON form of a sign file. */
function sign() {
  // The first paragraph is the headline; the rest, where the template has
  // room for it, the body text below it.
  const [headline, ...rest] = chosenWording().split(/\n\s*\n/);
  const text = { headline };
  const slots = state.options.templates.find((tpl) => tpl.name === $("template").value)?.slots ?? [];
  if (rest.length > 0 && slots.includes("body")) text.body = rest.join("\n\n");
  else if (rest.length > 0) text.headline = chosenWording();
  const second = $("second-lang").value;
  let template = $("template").value;
  if (second && $("second").value.trim() !== "") {
    const reworded = state.second && !$("second-keep").checked;
    text.second = reworded ? state.second.output : $("second").value;
    if (template === "poster") template = "bilingual";
  }
  const sizeChoice = $("size").value;
  const size = sizeChoice === "custom" ? $("size-custom").value.trim() : sizeChoice;
  const lang = state.rewrite?.lang ?? ($("sign-lang").value || "nl");
  const result = { template, lang, text, landscape: $("landscape").checked };
  if (size) result.size = size;
  if (second) result.second_lang = second;
  if ($("icon").value) result.icon = $("icon").value;
  // Clear film (a window sticker) needs white ink under the colours.
  if ($("white-ink").checked) result.print = { white_ink: "White" };
  if (!$("own-colours").checked) {
    result.colours = { ink: $("ink").value, background: $("background").value, accent: $("accent").value };
  }
  return result;
}

const schedulePreview = debounce(preview, TYPING_PAUSE_MS);

/** Rewords the second-language text in its own language, as the first. */
async function rewriteSecond() {
  const text = $("second").value;
  const lang = $("second-lang").value;
  state.second = null;
  $("second-wording").textContent = "";
  if (text.trim() === "" || lang === "") {
    preview();
    return;
  }
  try {
    const reply = await (await api("rewrite-second", "/api/rewrite", { json: { text, lang } })).json();
    state.second = reply;
    if (reply.output !== text) {
      $("second-wording").textContent = t("studio-second-wording", { text: reply.output });
    }
    showError("design-error", null);
  } catch (error) {
    showError("design-error", error);
  }
  preview();
}

async function preview() {
  const current = sign();
  if (current.text.headline.trim() === "") {
    $("preview").hidden = true;
    $("preview-empty").hidden = false;
    $("notes").replaceChildren();
    showError("design-error", null);
    return;
  }
  try {
    const reply = await (await api("preview", "/api/preview", { json: { sign: current } })).json();
    const url = URL.createObjectURL(new Blob([reply.svg], { type: "image/svg+xml" }));
    const image = $("preview");
    image.src = url;
    image.alt = t("studio-preview-alt", { text: current.text.headline });
    image.hidden = false;
    $("preview-empty").hidden = true;
    if (state.previewUrl) URL.revokeObjectURL(state.previewUrl);
    state.previewUrl = url;
    renderNotes(reply.notes);
    showError("design-error", null);
  } catch (error) {
    if (error.name === "AbortError") return;
    // A sign that cannot be made has no preview: the last one would lie.
    $("preview").hidden = true;
    $("preview-empty").hidden = true;
    $("notes").replaceChildren();
    showError("design-error", error);
  }
}

function renderNotes(notes) {
  const list = $("notes");
  const items = notes.map((note) => {
    const item = document.createElement("li");
    item.dataset.severity = note.severity;
    item.textContent = note.text;
    return item;
  });
  if (items.length === 0) {
    const fine = document.createElement("li");
    fine.textContent = t("studio-notes-none");
    items.push(fine);
  }
  list.replaceChildren(...items);
}

/** Saves a response under the name the studio gave it. */
async function save(response, fallback) {
  const disposition = response.headers.get("Content-Disposition") ?? "";
  const utf8 = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const plain = /filename="([^"]+)"/.exec(disposition);
  const name = utf8 ? decodeURIComponent(utf8[1]) : plain ? plain[1] : fallback;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

async function download(format) {
  const status = $("status");
  status.textContent = t("studio-working");
  try {
    const response = await api(`download-${format}`, `/api/render/${format}`, { json: { sign: sign() } });
    status.textContent = await save(response, `sign.${format}`);
    showError("design-error", null);
  } catch (error) {
    status.textContent = "";
    showError("design-error", error);
  }
}

async function saveSign() {
  try {
    const response = await api("save-sign", "/api/sign-file/save", { json: { sign: sign() } });
    $("status").textContent = await save(response, "sign.toml");
  } catch (error) {
    showError("design-error", error);
  }
}

async function openSign(file) {
  try {
    const response = await api("open-sign", "/api/sign-file/open", {
      body: await file.text(),
      headers: { "Content-Type": "application/toml" },
    });
    const opened = await response.json();
    $("text").value = opened.text?.headline ?? "";
    const turned = opened.template === "poster-landscape";
    $("template").value = turned ? "poster" : opened.template;
    $("size").value = opened.size ?? "";
    $("landscape").checked = Boolean(opened.landscape) || turned;
    $("icon").value = opened.icon ?? "";
    $("white-ink").checked = Boolean(opened.print?.white_ink);
    $("second-lang").value = opened.second_lang ?? "";
    $("second").value = opened.text?.second ?? "";
    $("second-box").hidden = !opened.second_lang;
    $("second-keep").checked = true;
    state.second = null;
    const colours = opened.colours ?? {};
    $("own-colours").checked = !colours.ink && !colours.background && !colours.accent;
    for (const name of ["ink", "background", "accent"]) {
      if (/^#[0-9a-f]{6}$/i.test(colours[name] ?? "")) $(name).value = colours[name];
      $(name).disabled = $("own-colours").checked;
    }
    await rewriteText();
  } catch (error) {
    showError("design-error", error);
  }
}

// ---------------------------------------------------------------- compare

function compareRequest() {
  const optional = (id) => $(id).value.trim() || null;
  return { signs: $("compare-signs").value, title: optional("compare-title"), client: optional("compare-client") };
}

/** A text file's words: UTF-8, else Windows-1252 (as Notepad and Excel
 *  save on Western-European Windows). */
async function textOf(file) {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

async function compareShow() {
  const status = $("compare-status");
  status.textContent = t("studio-working");
  try {
    const reply = await (await api("compare", "/api/compare/json", { json: compareRequest() })).json();
    renderComparison(reply);
    status.textContent = "";
    showError("compare-error", null);
  } catch (error) {
    status.textContent = "";
    showError("compare-error", error);
  }
}

function renderComparison(reply) {
  const summary = reply.summary;
  $("compare-summary").textContent = t("studio-compare-summary", {
    signs: summary.signs,
    changed: summary.changed,
    before: summary.average_before,
    after: summary.average_after,
  });
  $("compare-summary").hidden = false;
  $("compare-categories").replaceChildren(
    ...summary.by_category.map(([name, count]) => {
      const item = document.createElement("li");
      item.textContent = `${name}: ${count}`;
      return item;
    }),
  );
  $("compare-categories").hidden = summary.by_category.length === 0;
  const rows = reply.pairs.map((pair, index) => {
    const row = document.createElement("tr");
    const cell = (content) => {
      const td = document.createElement("td");
      td.append(content);
      row.append(td);
      return td;
    };
    cell(String(index + 1));
    cell(pair.before);
    cell(pair.after);
    cell(t("studio-compare-score", { before: pair.score_before, after: pair.score_after }));
    const reasons = document.createElement("ol");
    for (const [what, why] of pair.reasons) {
      const item = document.createElement("li");
      const reason = document.createElement("span");
      reason.className = "reason";
      reason.textContent = why;
      item.append(what, reason);
      reasons.append(item);
    }
    cell(reasons);
    return row;
  });
  $("compare-table").querySelector("tbody").replaceChildren(...rows);
  $("compare-table").hidden = false;
}

async function compareDownload(format) {
  const status = $("compare-status");
  status.textContent = t("studio-working");
  try {
    const response = await api(`compare-${format}`, `/api/compare/${format}`, { json: compareRequest() });
    status.textContent = await save(response, `compare.${format}`);
    showError("compare-error", null);
  } catch (error) {
    status.textContent = "";
    showError("compare-error", error);
  }
}

// ---------------------------------------------------------------- batch

function batchPath(kind) {
  const file = state.table;
  const query = new URLSearchParams({ name: file.name, template: $("template").value });
  return `/api/batch/${kind}?${query}`;
}

async function batchCheck() {
  const status = $("batch-status");
  status.textContent = t("studio-working");
  try {
    const response = await api("batch-check", batchPath("check"), { body: state.table });
    renderBatch(await response.json());
    status.textContent = "";
    showError("batch-error", null);
  } catch (error) {
    status.textContent = "";
    showError("batch-error", error);
    for (const button of document.querySelectorAll("[data-batch]")) button.disabled = true;
  }
}

function renderBatch(reply) {
  const good = reply.rows.length - reply.failed;
  $("batch-summary").textContent = t("studio-batch-summary", { rows: reply.rows.length, good, failed: reply.failed });
  $("batch-summary").hidden = false;
  $("batch-notes").replaceChildren(
    ...reply.notes.map((note) => {
      const item = document.createElement("li");
      item.textContent = note;
      return item;
    }),
  );
  $("batch-notes").hidden = reply.notes.length === 0;
  const rows = reply.rows.map((row) => {
    const tr = document.createElement("tr");
    for (const content of [String(row.row), row.after ?? row.headline]) {
      const td = document.createElement("td");
      td.textContent = content;
      tr.append(td);
    }
    const problems = document.createElement("td");
    if (row.error) {
      problems.className = "error";
      problems.textContent = row.error;
    } else if (row.notes.length > 0) {
      const list = document.createElement("ul");
      for (const note of row.notes) {
        const item = document.createElement("li");
        item.dataset.severity = note.severity;
        item.textContent = note.text;
        list.append(item);
      }
      problems.append(list);
    } else {
      problems.textContent = t("studio-batch-fine");
    }
    tr.append(problems);
    return tr;
  });
  $("batch-table").querySelector("tbody").replaceChildren(...rows);
  $("batch-table").hidden = false;
  for (const button of document.querySelectorAll("[data-batch]")) button.disabled = good === 0;
}

async function batchDownload(kind) {
  const status = $("batch-status");
  status.textContent = t("studio-working");
  try {
    const response = await api(`batch-${kind}`, batchPath(kind), { body: state.table });
    status.textContent = await save(response, `signs.${kind}`);
    showError("batch-error", null);
  } catch (error) {
    status.textContent = "";
    showError("batch-error", error);
  }
}

// ---------------------------------------------------------------- wiring

function wire() {
  const rewriteSoon = debounce(rewriteText, TYPING_PAUSE_MS);
  $("text").addEventListener("input", rewriteSoon);
  $("sign-lang").addEventListener("change", () => {
    rewriteText();
    loadPhrases();
  });
  // Browsing the list by keyboard changes nothing; the button takes the text.
  $("phrase-use").addEventListener("click", () => {
    const phrase = state.phrases?.find((p) => p.id === $("phrase").value);
    if (!phrase) return;
    $("text").value = phrase.body ? `${phrase.headline}\n\n${phrase.body}` : phrase.headline;
    if (phrase.icon) $("icon").value = phrase.icon;
    rewriteText();
  });
  $("final").addEventListener("input", () => {
    state.manual = $("final").value;
    $("final-reset").hidden = false;
    if (state.rewrite) scoreChosen();
    schedulePreview();
  });
  $("final-reset").addEventListener("click", () => {
    state.manual = null;
    showWording();
    $("final").focus();
  });
  for (const id of ["template", "icon", "landscape", "white-ink", "ink", "background", "accent"]) {
    $(id).addEventListener("input", schedulePreview);
  }
  $("size").addEventListener("change", () => {
    $("size-custom").hidden = $("size").value !== "custom";
    schedulePreview();
  });
  // A size is previewed once typed, not at every digit of it.
  $("size-custom").addEventListener("change", schedulePreview);
  $("own-colours").addEventListener("change", () => {
    for (const id of ["ink", "background", "accent"]) $(id).disabled = $("own-colours").checked;
    schedulePreview();
  });
  $("second-lang").addEventListener("change", () => {
    $("second-box").hidden = $("second-lang").value === "";
    rewriteSecond();
  });
  $("second").addEventListener("input", debounce(rewriteSecond, TYPING_PAUSE_MS));
  $("second-keep").addEventListener("change", schedulePreview);
  for (const button of document.querySelectorAll("[data-download]")) {
    button.addEventListener("click", () => download(button.dataset.download));
  }
  $("save-sign").addEventListener("click", saveSign);
  $("compare-show").addEventListener("click", compareShow);
  $("compare-file").addEventListener("change", async (event) => {
    const [file] = event.target.files;
    if (!file) return;
    $("compare-signs").value = await textOf(file);
    compareShow();
  });
  $("batch-file").addEventListener("change", (event) => {
    const [file] = event.target.files;
    if (!file) return;
    state.table = file;
    $("batch-file-name").textContent = file.name;
    batchCheck();
  });
  for (const button of document.querySelectorAll("[data-batch]")) {
    button.addEventListener("click", () => batchDownload(button.dataset.batch));
  }
  for (const button of document.querySelectorAll("[data-compare]")) {
    button.addEventListener("click", () => compareDownload(button.dataset.compare));
  }
  $("open-sign").addEventListener("change", (event) => {
    const [file] = event.target.files;
    if (file) openSign(file);
    event.target.value = "";
  });
  for (const button of document.querySelectorAll("[data-ui-lang]")) {
    button.addEventListener("click", async () => {
      state.ui = button.dataset.uiLang;
      localStorage.setItem("streep-ui", state.ui);
      await start();
    });
  }
}

/** The page's language: the one chosen before, else the browser's. */
function firstLanguage() {
  const chosen = localStorage.getItem("streep-ui");
  if (chosen) return chosen;
  const browser = (navigator.language || "en").slice(0, 2);
  return browser === "nl" ? "nl" : "en";
}

/** The wording again in the page's new language, keeping the user's
 *  choices: the changes they rejected and their own edit. */
async function refreshWording() {
  const kept = new Set(state.kept);
  const manual = state.manual;
  await rewriteText();
  state.kept = kept;
  state.manual = manual;
  if (kept.size > 0) await rewriteChosen();
  else showWording();
  if ($("second").value.trim() !== "") await rewriteSecond();
}

async function start() {
  await loadTexts();
  state.options ??= await (await api("options", "/api/options")).json();
  fillChoices();
  await loadPhrases();
  if (state.rewrite) await refreshWording();
  else showWording();
}

state.ui = firstLanguage();
wire();
start().catch((error) => showError("wording-error", error));
